package org.opennrm.identity.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * A form's CSRF token is read from its body, or from the {@code X-CSRF-TOKEN} header that htmx and Swagger UI send,
 * never from the address: Spring Security reads the {@code _csrf} parameter wherever it stands, so a token put in a
 * link's address was accepted. An address is written to the server's and proxies' access logs, kept in the browser's
 * history and, to another site, sent as the {@code Referer}; a token there is a token given away. The application
 * never writes one into an address, so a request that carries it there is treated as carrying none (and answered as
 * any form without its token: refused).
 */
final class NoCsrfTokenInAddress implements CsrfTokenRequestHandler {

	/** Spring Security's own: the token masked anew on each page (BREACH), read from the header or the parameter. */
	private final CsrfTokenRequestHandler tokens = new XorCsrfTokenRequestAttributeHandler();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
		tokens.handle(request, response, token);
	}

	@Override
	public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
		if (request.getHeader(token.getHeaderName()) == null
				&& inQueryString(request.getQueryString(), token.getParameterName())) {
			return null;
		}
		return tokens.resolveCsrfTokenValue(request, token);
	}

	/** Whether the query string names the parameter, written as it is or percent-encoded ({@code %5Fcsrf}). */
	static boolean inQueryString(String query, String parameter) {
		if (query == null || query.isEmpty()) {
			return false;
		}
		return Arrays.stream(query.split("&")).map(pair -> pair.split("=", 2)[0])
			.anyMatch(name -> parameter.equals(decoded(name)));
	}

	private static String decoded(String name) {
		try {
			return URLDecoder.decode(name, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException malformed) {
			// a malformed escape: the servlet container reads no such parameter either
			return name;
		}
	}

}
