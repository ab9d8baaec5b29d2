package org.opennrm.identity.internal;

import java.io.IOException;
import java.util.stream.Stream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import org.opennrm.shared.StaticFiles;

/**
 * A person who signed in with a password an administrator set must choose their own before anything else: every page
 * but the change form, signing out, what pages load (styles, scripts, images) and the form's "stay signed in"
 * ({@link SessionClock}) sends them to the form, and the API
 * refuses their session's calls with a problem that says why. API clients, which have no password, are not concerned.
 */
final class PasswordChangeFilter extends OncePerRequestFilter {

	static final String FORM = "/account/password";

	/** The request attribute that tells the pages' layout the person must change their password first. */
	static final String PAGE_FLAG = "passwordChangeRequired";

	private static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

	private static final RequestMatcher ALLOWED = new OrRequestMatcher(Stream.concat(
			Stream.of(FORM, "/logout", "/login", "/session", "/error", "/error/**")
				.<RequestMatcher>map(PathPatternRequestMatcher.withDefaults()::matcher),
			Stream.<RequestMatcher>of(StaticFiles::asked))
		.toList());

	private final SecurityConfiguration.ProblemResponses problems;

	PasswordChangeFilter(SecurityConfiguration.ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean required = SignedInSessions.signedIn().map(SignedInUser::passwordChangeRequired).orElse(false);
		if (required) {
			// the page header then offers no links that would only lead back to the form
			request.setAttribute(PAGE_FLAG, Boolean.TRUE);
		}
		if (!required || ALLOWED.matches(request)) {
			chain.doFilter(request, response);
		}
		else if (API.matches(request) && !SecurityConfiguration.API_DOCS_PAGE.matches(request)) {
			problems.passwordChangeRequired(request, response);
		}
		else if (SignInPage.fromHtmx(request)) {
			// the whole page to the form, not the form swapped into a part of a page
			SignInPage.wholePage(response, HttpServletResponse.SC_FORBIDDEN, request.getContextPath() + FORM);
		}
		else {
			response.sendRedirect(request.getContextPath() + FORM);
		}
	}

}
