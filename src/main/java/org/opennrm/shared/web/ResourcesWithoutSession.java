package org.opennrm.shared.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import org.opennrm.shared.StaticFiles;

/**
 * A style sheet, script or image ({@link StaticFiles}) is asked for without the session's cookie: it needs no session,
 * and with the cookie every such request read the session from the database and wrote it back (the sign-in's filters
 * look at it on every request). Without it the request touches the database not at all, so that a page still has its
 * styles while the database is out of reach (the page saying so among them). So is the error page of one not found,
 * which is told in the language chosen in this browser: that cookie alone is kept. Nothing there creates a session
 * either (the CSRF token is kept in none, {@code SecurityConfiguration}): a new one's cookie signed the person out.
 */
final class ResourcesWithoutSession extends OncePerRequestFilter {

	private final String languageCookie;

	ResourcesWithoutSession(String languageCookie) {
		this.languageCookie = languageCookie;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !StaticFiles.asked(request);
	}

	/** The error page of a file not found goes without the session as the file did. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Cookie[] kept = request.getCookies() == null ? new Cookie[0]
				: Arrays.stream(request.getCookies()).filter(c -> c.getName().equals(languageCookie))
					.toArray(Cookie[]::new);
		String header = kept.length == 0 ? null
				: Arrays.stream(kept).map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
		chain.doFilter(new HttpServletRequestWrapper(request) {

			@Override
			public Cookie[] getCookies() {
				return kept.length == 0 ? null : kept.clone();
			}

			@Override
			public String getHeader(String name) {
				return HttpHeaders.COOKIE.equalsIgnoreCase(name) ? header : super.getHeader(name);
			}

			@Override
			public Enumeration<String> getHeaders(String name) {
				if (!HttpHeaders.COOKIE.equalsIgnoreCase(name)) {
					return super.getHeaders(name);
				}
				return header == null ? Collections.emptyEnumeration() : Collections.enumeration(List.of(header));
			}

			@Override
			public String getRequestedSessionId() {
				return null;
			}

		}, response);
	}

}
