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

import org.opennrm.identity.LoginThrottled;

/** Sends a sign-in from a throttled address ({@link AddressThrottle}) back to the sign-in page before its password is checked. */
final class AddressThrottleFilter extends OncePerRequestFilter {

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
		if (throttle.isThrottled(request.getRemoteAddr())) {
			events.publishEvent(new LoginThrottled());
			response.sendRedirect(request.getContextPath() + "/login?error=address");
			return;
		}
		chain.doFilter(request, response);
	}

}
