package org.opennrm.identity.internal;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

import org.opennrm.shared.OutOfService;

/**
 * {@code GET /session/remaining}: what is left of this browser's session, read without extending it. A page's script
 * asks before it warns that the session will end, or says that it has: the person may have been busy in another tab
 * since, which extended the session for every tab. Any request that reads the session through Spring Session's
 * filter extends it (the filter marks it accessed and writes it back), so this one is answered before that filter,
 * from the stored session: its cookie checked as that filter checks it ({@link SignedSessionCookies}), nothing
 * written. It tells only whether the session is signed in and when it ends, to the browser that holds its cookie, with
 * the security headers of every other answer ({@link #securityHeaders}).
 */
final class SessionPeek extends OncePerRequestFilter {

	static final String PATH = "/session/remaining";

	private static final String CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

	/** Before Spring Session's filter, and after the one that answers 503 when the database is out of reach. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication
	static class Registration {

		@Bean
		FilterRegistrationBean<SessionPeek> sessionPeek(CookieSerializer cookies,
				ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions, SessionClock clock,
				OutOfService outOfService, ObjectProvider<SecurityFilterChain> securityChains) {
			FilterRegistrationBean<SessionPeek> registration = new FilterRegistrationBean<>(
					new SessionPeek(cookies, sessions, clock, outOfService, securityChains));
			registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
			return registration;
		}

	}

	private final CookieSerializer cookies;
	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;
	private final SessionClock clock;
	private final OutOfService outOfService;
	private final ObjectProvider<SecurityFilterChain> securityChains;

	SessionPeek(CookieSerializer cookies, ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions,
			SessionClock clock, OutOfService outOfService, ObjectProvider<SecurityFilterChain> securityChains) {
		this.cookies = cookies;
		this.sessions = sessions;
		this.clock = clock;
		this.outOfService = outOfService;
		this.securityChains = securityChains;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod())
				|| !(request.getContextPath() + PATH).equals(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (outOfService.declared()) {
			// refused as every request is (OutOfServiceFilter), before any session is read
			chain.doFilter(request, response);
			return;
		}
		Optional<SessionClock.TimeLeft> left = cookies.readCookieValues(request).stream()
			.map(id -> sessions.getObject().findById(id))
			.filter(Objects::nonNull)
			.filter(SessionPeek::signedIn)
			.findFirst()
			.flatMap(clock::of);
		String answer = left.map(time -> "{\"signedIn\":true,\"idleSeconds\":" + time.idleSeconds()
				+ ",\"lifetimeSeconds\":" + time.lifetimeSeconds() + "}").orElse("{\"signedIn\":false}");
		FilterChain write = (req, res) -> {
			res.setContentType(MediaType.APPLICATION_JSON_VALUE);
			res.setCharacterEncoding("UTF-8");
			res.getWriter().write(answer);
		};
		securityHeaders(request).doFilter(request, response, write);
	}

	/**
	 * The filter that writes Spring Security's headers (no caching, {@code nosniff}, the content security policy, …) in
	 * the security filter chain that serves this address: answered before that chain, this answer gets the same headers
	 * from the same writers as every other answer, the application's header configuration in one place
	 * ({@code SecurityConfiguration}).
	 */
	private HeaderWriterFilter securityHeaders(HttpServletRequest request) {
		return securityChains.orderedStream()
			.filter(chain -> chain.matches(request))
			.findFirst()
			.flatMap(chain -> chain.getFilters().stream()
				.filter(HeaderWriterFilter.class::isInstance)
				.map(HeaderWriterFilter.class::cast)
				.findFirst())
			// never an answer without them
			.orElseThrow(() -> new IllegalStateException("No security filter chain writes the headers of " + PATH));
	}

	private static boolean signedIn(Session session) {
		return session.getAttribute(CONTEXT) instanceof SecurityContext context && context.getAuthentication() != null
				&& context.getAuthentication().isAuthenticated();
	}

}
