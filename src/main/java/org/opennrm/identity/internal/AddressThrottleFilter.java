package org.opennrm.identity.internal;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import org.opennrm.identity.LoginTurnedAway;

/**
 * Takes one of the client address's attempts for each sign-in ({@link AddressThrottle}), and sends a sign-in from a
 * throttled address back to the sign-in page before its password is checked. After the sign-in, the attempt stays
 * counted if it was refused ({@link #REFUSED}, set by the sign-in's failure handler), against the account named if
 * there is one; one that signed someone in ({@link #SIGNED_IN}, set by the success handler) is given back with that
 * account's earlier refusals from the address; any other (busy: its password was not checked) is given back.
 */
final class AddressThrottleFilter extends OncePerRequestFilter {

	/**
	 * The request attribute that says a sign-in was refused: a wrong password, an unknown user name, or a locked or
	 * deactivated account, which all count alike so that the address's count tells nothing of the accounts tried.
	 */
	static final String REFUSED = AddressThrottleFilter.class.getName() + ".REFUSED";

	/** The request attribute with the id of the account a sign-in has just signed in. */
	static final String SIGNED_IN = AddressThrottleFilter.class.getName() + ".SIGNED_IN";

	/** A sign-in: the sign-in form sent. */
	static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");

	private final AddressThrottle throttle;
	private final ApplicationEventPublisher events;

	AddressThrottleFilter(AddressThrottle throttle, ApplicationEventPublisher events) {
		this.throttle = throttle;
		this.events = events;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !SIGN_IN.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String address = request.getRemoteAddr();
		if (!throttle.take(address)) {
			events.publishEvent(new LoginTurnedAway(LoginTurnedAway.Why.ADDRESS_THROTTLED));
			SignInPage.refused(request, response, "error=address");
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (request.getAttribute(REFUSED) != null) {
				// trimmed as the sign-in trims it
				String username = request.getParameter("username");
				throttle.refused(address, username == null ? null : username.trim());
			}
			else if (request.getAttribute(SIGNED_IN) instanceof UUID account) {
				throttle.succeeded(address, account);
			}
			else {
				throttle.giveBack(address);
			}
		}
	}

}
