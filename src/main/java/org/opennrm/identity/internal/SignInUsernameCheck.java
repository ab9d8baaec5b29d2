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
 * address's attempt is taken, and nothing is audited. The spaces at either end are no part of the name; a control
 * character there is refused as one in its middle: Spring Security's sign-in takes away, with {@code trim()}, every
 * control character at either end, and {@code admin} followed by a NUL, an ESC or a tab signed in as admin.
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
		if (username != null && !PlainText.Check.allowed(withoutSpacesAround(username), false)) {
			SignInPage.refused(request, response, "error=username");
			return;
		}
		chain.doFilter(request, response);
	}

	/** The user name typed without the spaces at either end (U+0020), and nothing else taken away. */
	static String withoutSpacesAround(String username) {
		int start = 0;
		int end = username.length();
		while (start < end && username.charAt(start) == ' ') {
			start++;
		}
		while (end > start && username.charAt(end - 1) == ' ') {
			end--;
		}
		return username.substring(start, end);
	}

}
