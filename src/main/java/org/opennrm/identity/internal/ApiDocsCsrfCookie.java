package org.opennrm.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives Swagger UI ({@code /api/v1/docs}) the session's CSRF token, so that "Try it out" works for a signed-in
 * person: the page is springdoc's, with no place for the token our pages carry in a meta tag, but springdoc's
 * {@code springdoc.swagger-ui.csrf} reads a cookie and sends its value in {@code X-CSRF-TOKEN} with every call to this
 * server. The token stays kept in the session, as for every page; the cookie only carries a copy to that page's script
 * (so not HttpOnly), is sent to the API's addresses only, never to another site (SameSite=Strict), and is set only
 * for a signed-in session: no cookie, and no session, for anyone else.
 */
class ApiDocsCsrfCookie extends OncePerRequestFilter {

	static final String COOKIE = "XSRF-TOKEN";

	private static final RequestMatcher DOCS_PAGE = new OrRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher("/api/v1/docs"),
			PathPatternRequestMatcher.withDefaults().matcher("/api/v1/swagger-ui/index.html"));

	private static final AuthenticationTrustResolver SIGNED_IN = new AuthenticationTrustResolverImpl();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !DOCS_PAGE.matches(request) || request.getSession(false) == null
				|| ApiTokenAuthenticationFilter.hasBearerToken(request)
				|| !SIGNED_IN.isAuthenticated(SecurityContextHolder.getContext().getAuthentication());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
			response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, token.getToken())
				.path(request.getContextPath() + "/api/v1").sameSite("Strict").secure(request.isSecure()).httpOnly(false)
				.build().toString());
		}
		chain.doFilter(request, response);
	}

}
