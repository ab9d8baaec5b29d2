package org.opennrm.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import org.opennrm.shared.PlainText;

/**
 * Refuses a sign-in whose user name holds a character that no one types ({@link PlainText}): a control character (a
 * NUL, which the database refuses: looking the name up ended in an error, logged with its stack) or a direction
 * override (shown back in the form, it reversed what followed it). The sign-in page says so, as a form says it of its
 * fields, and shows the name typed with each such character as �. No account has such a name: no account's or
 * address's attempt is taken, and nothing is audited. The name is read as the sign-in reads it, spaces (and controls)
 * at either end left out.
 */
final class SignInUsernameCheck extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !AddressThrottleFilter.SIGN_IN.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String username = request.getParameter("username");
		if (username != null && !PlainText.Check.allowed(username.trim(), false)) {
			SignInPage.refused(request, response, "error=username");
			return;
		}
		chain.doFilter(request, response);
	}

}
