package org.opennrm.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that has lasted {@code opennrm.session.max-lifetime} since it began, however active it has been, and
 * sends the person to the sign-in page, which says the session has ended ({@link SignInPage#sessionEnded}: a form sent
 * then was not saved). The idle timeout alone lets a session that
 * is used now and then (a shared office computer, a stolen session cookie) last for ever. Runs before the security
 * context is read from the session, so the request that finds the session too old is already not signed in.
 * <p>
 * A page asked for with a session that has ended otherwise (idle too long, ended by an administrator) is sent to
 * the same page, so that the person knows why they must sign in again; when the session was ended for a reason the
 * person should know ({@link EndedSessions}), the request carries it ({@link SignInPage#ENDED_BECAUSE}) to whichever
 * way to the sign-in page it then takes.
 */
final class SessionLifetimeFilter extends OncePerRequestFilter {

	/** Addresses that programs and the pages' scripts ask for: answered as themselves answer an ended session. */
	private static final RequestMatcher API = new OrRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher("/api/**"), SecurityConfiguration.SESSION_CLOCK);

	private static final RequestMatcher SIGN_IN_PAGE = PathPatternRequestMatcher.withDefaults().matcher("/login");

	private final Duration maxLifetime;
	private final Clock clock;
	private final EndedSessions reasons;

	SessionLifetimeFilter(Duration maxLifetime, Clock clock, EndedSessions reasons) {
		if (maxLifetime.isNegative() || maxLifetime.isZero()) {
			throw new IllegalStateException("opennrm.session.max-lifetime must be longer than zero; it is " + maxLifetime);
		}
		this.maxLifetime = maxLifetime;
		this.clock = clock;
		this.reasons = reasons;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && tooOld(session)) {
			session.invalidate();
			if (!API.matches(request)) {
				SignInPage.sessionEnded(request, response, reasons);
				return;
			}
		}
		else if (session == null && ended(request)) {
			reasons.why(request.getRequestedSessionId())
				.ifPresent(why -> request.setAttribute(SignInPage.ENDED_BECAUSE, why));
			if (page(request)) {
				SignInPage.sessionEnded(request, response, reasons);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	/** A request of the screens (not of the API) with a session that has ended. */
	private static boolean ended(HttpServletRequest request) {
		return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid() && !API.matches(request);
	}

	/** A page (not the sign-in page, not a style sheet or script) asked for. */
	private static boolean page(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) && !SIGN_IN_PAGE.matches(request)
				&& request.getHeader("Accept") != null && request.getHeader("Accept").contains("text/html");
	}

	private boolean tooOld(HttpSession session) {
		try {
			return clock.millis() - session.getCreationTime() > maxLifetime.toMillis();
		}
		catch (IllegalStateException alreadyInvalidated) {
			return false;
		}
	}

}
