package org.opennrm.shared.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A style sheet, script or image is asked for without its cookies: it needs no session, and with the session's cookie
 * every such request read the session from the database and wrote it back (the sign-in's filters look at it on every
 * request). Without them it touches the database not at all, so that a page still has its styles while the database is
 * out of reach (the page saying so among them).
 */
final class ResourcesWithoutSession extends OncePerRequestFilter {

	/** The application's own files, which anyone may have (SecurityConfiguration lets them through unsigned in). */
	static final List<String> PATHS = List.of("/css/", "/js/", "/img/", "/webjars/", "/favicon.ico");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return PATHS.stream().noneMatch(path::startsWith);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new HttpServletRequestWrapper(request) {

			@Override
			public Cookie[] getCookies() {
				return null;
			}

			@Override
			public String getHeader(String name) {
				return HttpHeaders.COOKIE.equalsIgnoreCase(name) ? null : super.getHeader(name);
			}

			@Override
			public Enumeration<String> getHeaders(String name) {
				return HttpHeaders.COOKIE.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
			}

			@Override
			public String getRequestedSessionId() {
				return null;
			}

		}, response);
	}

}
