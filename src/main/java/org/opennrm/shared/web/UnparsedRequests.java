package org.opennrm.shared.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.Container;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.net.ApplicationBufferHandler;
import org.apache.tomcat.util.res.StringManager;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.util.HtmlUtils;

/**
 * The answer to a request refused before the application sees it: one Tomcat cannot parse (a space or a letter beyond
 * ASCII unencoded in its address, as {@code curl 'http://…/api/v1/organisations?text=Kadın'} sends it; percent signs
 * that encode nothing; a header it cannot read). Tomcat's own page said "HTTP Status 400 – Bad Request" in English and
 * in HTML, to an API caller too. This one answers as the application answers a 400: problem details for the API and the
 * actuator, a page otherwise, in the caller's language (its {@code Accept-Language}, else the default: no session is
 * read, none being known yet), without a trace and without anything of the request. It takes the place of the
 * {@link ErrorReportValve} Spring Boot puts in Tomcat's host; Tomcat's note of such a request stays out of the log
 * ({@code logging.level.org.apache.coyote.http11.Http11Processor=WARN}).
 * <p>
 * A request longer than Tomcat reads ({@code server.max-http-request-header-size}, 8 KB for its first line and headers)
 * is told as such, not as a character that could not be read: an address too long (a search of 1,500 ş, each
 * {@code %C5%9F}) is answered 414 to the API; a browser is sent to the page that says so ({@code /error/414}), which the
 * application answers with the person's session, so with the menu and in their language (this request's own headers,
 * after the address, were not read). Headers too long (cookies grown too large) are answered 431, here, since the
 * browser would send them again to any page.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class UnparsedRequests {

	/** After Spring Boot's own customizer, whose context customizer adds the valve replaced here. */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> unparsedRequestsAnswered(MessageSource messages,
			@Value("${opennrm.default-language:tr}") String defaultLanguage, ObjectProvider<JsonMapper> json,
			ObjectProvider<ResourceUrlProvider> resourceUrls) {
		Locale fallback = WebConfiguration.defaultLanguage(defaultLanguage);
		return factory -> factory.addContextCustomizers(context -> {
			Answer answer = new Answer(messages, fallback, json, resourceUrls, context.getPath());
			Container host = context.getParent();
			Pipeline pipeline = host.getPipeline();
			for (Valve valve : pipeline.getValves()) {
				if (valve instanceof ErrorReportValve) {
					pipeline.removeValve(valve);
				}
			}
			pipeline.addValve(answer);
			if (host instanceof StandardHost standard) {
				standard.setErrorReportValveClass(Answer.class.getName()); // else the host adds Tomcat's again
			}
		});
	}

	/** Tomcat's error report, in the application's words. */
	static final class Answer extends ErrorReportValve {

		private final MessageSource messages;
		private final Locale fallback;
		private final ObjectProvider<JsonMapper> json;
		private final ObjectProvider<ResourceUrlProvider> resourceUrls;
		private final String contextPath;

		Answer(MessageSource messages, Locale fallback, ObjectProvider<JsonMapper> json,
				ObjectProvider<ResourceUrlProvider> resourceUrls, String contextPath) {
			this.messages = messages;
			this.fallback = fallback;
			this.json = json;
			this.resourceUrls = resourceUrls;
			this.contextPath = contextPath;
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			AtomicBoolean ioAllowed = new AtomicBoolean(true);
			response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
			if (!ioAllowed.get()) {
				return;
			}
			Asked asked = Asked.of(request);
			if (status == 400 && TooLong.in(throwable)) {
				if (request.getCoyoteRequest().requestURI().isNull()) {
					if (!asked.wantsProblem()) {
						tooLongAddressPage(response);
						return;
					}
					status = 414;
				}
				else {
					status = 431;
				}
				response.setStatus(status);
			}
			Locale locale = WebConfiguration.acceptedLanguage(asked.acceptLanguage(), fallback);
			String family = status == 400 ? "400.unparsed"
					: ErrorPages.textFamily(messages, status, status < 500 ? "400" : "500", locale);
			String title = messages.getMessage("error." + family + ".title", null, locale);
			String detail = messages.getMessage("error." + family + ".detail", null, locale);
			try {
				response.setHeader("Content-Language", locale.toLanguageTag());
				response.setHeader("Cache-Control", "no-store");
				response.setHeader("X-Content-Type-Options", "nosniff");
				String body;
				if (asked.wantsProblem()) {
					response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
					ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
					problem.setTitle(title);
					body = json.getObject().writeValueAsString(problem);
				}
				else {
					response.setContentType(MediaType.TEXT_HTML_VALUE);
					response.setHeader("Content-Security-Policy", TemporarilyUnavailableFilter.CONTENT_SECURITY_POLICY);
					response.setHeader("X-Frame-Options", "DENY");
					body = page(locale, title, detail);
				}
				response.setCharacterEncoding("UTF-8");
				PrintWriter writer = response.getReporter();
				if (writer != null) {
					writer.write(body);
					response.finishResponse();
				}
			}
			catch (IOException | RuntimeException ex) {
				// the connection is closed after this answer anyway: there is nothing more to tell the caller
			}
		}

		/** To the page that says the address was too long, which a browser asks for with its cookies. */
		private void tooLongAddressPage(Response response) {
			try {
				response.setStatus(HttpStatus.SEE_OTHER.value());
				response.setHeader("Location", contextPath + "/error/414");
				response.setHeader("Cache-Control", "no-store");
				response.setContentLength(0);
				response.finishResponse();
			}
			catch (IOException | RuntimeException ex) {
				// the connection is closed after this answer anyway: there is nothing more to tell the caller
			}
		}

		/** The error page's parts, without the layout's, which need a request the application has read. */
		private String page(Locale locale, String title, String detail) {
			String app = messages.getMessage("app.name", null, locale);
			String home = messages.getMessage("error.backHome", null, locale);
			ResourceUrlProvider urls = resourceUrls.getIfAvailable();
			String versioned = urls == null ? null : urls.getForLookupPath("/css/opennrm.css");
			String styles = versioned == null ? "/css/opennrm.css" : versioned;
			return "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\" dir=\"ltr\">\n<head>\n"
					+ "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
					+ "<title>" + html(title) + " · " + html(app) + "</title>\n"
					+ "<link rel=\"stylesheet\" href=\"" + html(styles) + "\">\n</head>\n<body>\n"
					+ "<header class=\"topbar\"><a class=\"brand\" href=\"/\">" + html(app) + "</a></header>\n"
					+ "<main id=\"main\">\n<section class=\"card\">\n<h1>" + html(title) + "</h1>\n<p>" + html(detail)
					+ "</p>\n<p><a href=\"/\">" + html(home) + "</a></p>\n</section>\n</main>\n</body>\n</html>\n";
		}

		private static String html(String text) {
			return HtmlUtils.htmlEscape(text, "UTF-8");
		}

	}

	/**
	 * A request Tomcat refused as longer than it reads: its first line (the address) or its headers did not fit in
	 * {@code server.max-http-request-header-size}. Told by the exception Tomcat reports, whose message is Tomcat's own
	 * text for it (in the server's language, which both read).
	 */
	static final class TooLong {

		private static final String MESSAGE = StringManager.getManager("org.apache.coyote.http11")
			.getString("iib.requestheadertoolarge.error");

		private TooLong() {
		}

		static boolean in(Throwable thrown) {
			return thrown instanceof IllegalArgumentException && MESSAGE.equals(thrown.getMessage());
		}

	}

	/**
	 * What is known of the request: its path and the two headers that choose the answer, as Tomcat read them. A request
	 * whose first line Tomcat could not parse has neither path nor headers: they are read from the bytes Tomcat
	 * received, still in its input buffer.
	 */
	record Asked(String path, String acceptLanguage, String accept) {

		static Asked of(Request request) {
			org.apache.coyote.Request coyote = request.getCoyoteRequest();
			Asked received = coyote.getInputBuffer() instanceof ApplicationBufferHandler buffer
					? read(buffer.getByteBuffer()) : new Asked(null, null, null);
			String path = coyote.requestURI().isNull() ? received.path() : coyote.requestURI().toString();
			String language = coyote.getHeader("Accept-Language");
			String accept = coyote.getHeader("Accept");
			return new Asked(path, language != null ? language : received.acceptLanguage(),
					accept != null ? accept : received.accept());
		}

		/** The request's first line and headers, from the start of the bytes received (ASCII is all that is looked for). */
		static Asked read(ByteBuffer received) {
			if (received == null || !received.hasArray()) {
				return new Asked(null, null, null);
			}
			String text = new String(received.array(), received.arrayOffset(), received.limit(),
					StandardCharsets.ISO_8859_1).stripLeading();
			String[] lines = text.split("\r?\n", -1);
			String path = null;
			String[] first = lines[0].split(" ", 2);
			if (first.length == 2) {
				String target = first[1];
				int version = target.lastIndexOf(" HTTP/");
				target = version < 0 ? target : target.substring(0, version);
				int query = target.indexOf('?');
				path = query < 0 ? target : target.substring(0, query);
			}
			String language = null;
			String accept = null;
			for (int i = 1; i < lines.length && !lines[i].isEmpty(); i++) {
				int colon = lines[i].indexOf(':');
				if (colon > 0) {
					String name = lines[i].substring(0, colon).strip();
					String value = lines[i].substring(colon + 1).strip();
					if (name.equalsIgnoreCase("Accept-Language")) {
						language = value;
					}
					else if (name.equalsIgnoreCase("Accept")) {
						accept = value;
					}
				}
			}
			return new Asked(path, language, accept);
		}

		/**
		 * Problem details for the API and the actuator; a page for any other address. When not even the address could be
		 * read, a page for a caller that asks for HTML (a browser), problem details for any other.
		 */
		boolean wantsProblem() {
			if (path != null && path.startsWith("/")) {
				return path.equals("/api") || path.startsWith("/api/") || path.equals("/actuator")
						|| path.startsWith("/actuator/");
			}
			return accept == null || !accept.contains(MediaType.TEXT_HTML_VALUE);
		}

	}

}
