package org.opennrm.shared.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

import org.opennrm.shared.SafeErrors;
import org.opennrm.shared.TemporarilyUnavailable;
import org.opennrm.shared.database.OneWaitPerRequest;

/**
 * Answers 503 to a request that failed because the service cannot serve it just now ({@link TemporarilyUnavailable}:
 * its database out of reach, above all), wherever the failure came from: the session read before anything else, an
 * API token, the sign-in, a controller, the session written after the answer. It stands before Spring Session's
 * filter, so that its answer reads and writes no session: the error page without the menu of someone signed in, or
 * problem details for a program, in the language of the browser (its cookie, else {@code Accept-Language}), neither of
 * which needs the database. Without it, the servlet container sent the failure through every filter again to its
 * error page, which waited for the database as long again, and failed in its turn to the container's own page. The
 * request's span is the one in which the database is waited for once ({@link OneWaitPerRequest}).
 */
final class TemporarilyUnavailableFilter extends OncePerRequestFilter {

	/**
	 * This page's content security policy, outside Spring Security's which the other pages get: it loads only its own
	 * styles, scripts and images, and is shown in no frame.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	private static final Logger log = LoggerFactory.getLogger(TemporarilyUnavailableFilter.class);

	/** Before Spring Session's filter, whose session the answer must not wait for. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication
	static class Registration {

		@Bean
		FilterRegistrationBean<TemporarilyUnavailableFilter> temporarilyUnavailable(ThymeleafViewResolver views,
				LocaleResolver locales, MessageSource messages, JsonMapper json, ResourceUrlProvider mvcResourceUrlProvider) {
			FilterRegistrationBean<TemporarilyUnavailableFilter> registration = new FilterRegistrationBean<>(
					new TemporarilyUnavailableFilter(views, locales, messages, json, mvcResourceUrlProvider));
			registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 2);
			return registration;
		}

	}

	private final ThymeleafViewResolver views;
	private final LocaleResolver locales;
	private final MessageSource messages;
	private final JsonMapper json;
	private final ResourceUrlProvider resourceUrls;
	private final AtomicLong lastWarned = new AtomicLong(System.nanoTime() - 120_000_000_000L);
	private final AtomicLong answeredSinceWarned = new AtomicLong();

	TemporarilyUnavailableFilter(ThymeleafViewResolver views, LocaleResolver locales, MessageSource messages,
			JsonMapper json, ResourceUrlProvider resourceUrls) {
		this.views = views;
		this.locales = locales;
		this.messages = messages;
		this.json = json;
		this.resourceUrls = resourceUrls;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try (var once = OneWaitPerRequest.request()) {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException failure) {
			var why = TemporarilyUnavailable.why(failure);
			if (why.isEmpty() || response.isCommitted()) {
				throw failure;
			}
			warn(failure, why.get());
			answer(request, response, why.get());
		}
	}

	private void answer(HttpServletRequest request, HttpServletResponse response, TemporarilyUnavailable.Why why)
			throws ServletException, IOException {
		// whatever the failed request had begun to answer (its headers, a page half written) is not sent
		response.reset();
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, why.retryAfter());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		Locale locale = locales.resolveLocale(request);
		if (asksForHtml(request)) {
			page(request, response, why, locale);
		}
		else {
			problem(request, response, why, locale);
		}
	}

	/**
	 * The error page, as the screens' error handling shows it, without the request's CSRF token: reading it would read
	 * the session.
	 */
	private void page(HttpServletRequest request, HttpServletResponse response, TemporarilyUnavailable.Why why,
			Locale locale) throws ServletException, IOException {
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		request.removeAttribute("_csrf");
		request.removeAttribute("org.springframework.security.web.csrf.CsrfToken");
		// what the page's parts ask of a request that the dispatcher servlet would have set up (its address, its
		// language)
		request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, locales);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, response));
		try {
			// the style sheet's and script's addresses with their content's hash, as every page has them
			// (VersionedResourceUrls): the filter that writes them so, and the dispatcher servlet that tells it them,
			// come after this one
			new ResourceUrlEncodingFilter().doFilter(request, response, (versioned, versionedResponse) -> {
				versioned.setAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR, resourceUrls);
				try {
					views.resolveViewName("error", locale)
						.render(Map.of("status", HttpStatus.SERVICE_UNAVAILABLE.value(), "texts", why.texts(), "formSent",
								PageErrorHandling.formSent(request)), (HttpServletRequest) versioned,
								(HttpServletResponse) versionedResponse);
				}
				catch (Exception ex) {
					throw new ServletException("the page of a request answered 503 could not be shown", ex);
				}
			});
		}
		finally {
			RequestContextHolder.resetRequestAttributes();
		}
	}

	private void problem(HttpServletRequest request, HttpServletResponse response, TemporarilyUnavailable.Why why,
			Locale locale) throws IOException {
		String texts = "error." + why.texts();
		ProblemDetail problem = ErrorPages.problem(messages, HttpStatus.SERVICE_UNAVAILABLE, texts + ".title",
				texts + ".detail", locale);
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getWriter(), problem);
	}

	/** As the error pages are chosen ({@link ErrorPages}): a page for those who ask for HTML, problem details else. */
	private static boolean asksForHtml(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
	}

	/**
	 * Once a minute at most, with how many requests were answered so: while the database is away, every request fails
	 * alike, and a line for each would bury the rest of the log. The exception's classes only, as for any error.
	 */
	private void warn(Throwable failure, TemporarilyUnavailable.Why why) {
		if (why.logged()) {
			CancelledStatements.warnIf(why, "A request", failure);
			return;
		}
		long answered = answeredSinceWarned.incrementAndGet();
		long now = System.nanoTime();
		long last = lastWarned.get();
		if (now - last > 60_000_000_000L && lastWarned.compareAndSet(last, now)) {
			answeredSinceWarned.addAndGet(-answered);
			log.warn("Requests answered 503: {} since the last such line; the latest, {}, failed with {}", answered,
					why.inTheLog(), SafeErrors.describe(failure));
		}
	}

}
