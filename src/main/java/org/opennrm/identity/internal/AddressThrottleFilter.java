package org.opennrm.identity.internal;

import java.io.IOException;

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
 * throttled address back to the sign-in page before its password is checked. The attempt is given back after the
 * sign-in, unless it was refused ({@link #REFUSED}, set by the sign-in's failure handler).
 */
final class AddressThrottleFilter extends OncePerRequestFilter {

	/**
	 * The request attribute that says a sign-in was refused: a wrong password, an unknown user name, or a locked or
	 * deactivated account, which all count alike so that the address's count tells nothing of the accounts tried.
	 */
	static final String REFUSED = AddressThrottleFilter.class.getName() + ".REFUSED";

	private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");

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
			if (request.getAttribute(REFUSED) == null) {
				throttle.giveBack(address);
			}
		}
	}

}
