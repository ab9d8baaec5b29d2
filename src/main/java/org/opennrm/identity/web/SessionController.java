package org.opennrm.identity.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import org.opennrm.identity.internal.SessionClock;

/**
 * {@code GET /session}: "stay signed in", asked by a page's script when the person answers the warning that their
 * session will end. Like any request, it extends the session; it answers when the session now ends, and what the page
 * needs to go on with it: the session's CSRF token (a page whose session ended, and whose person signed in again in
 * another tab, sends its forms with the new session's) and the account's key for the forms' values kept in the tab
 * ({@link SessionClock#draftKey}), by which the page tells that the same person signed in. It reads nothing but the
 * session, and is not audited; what is left of a session without extending it is {@code GET /session/remaining}.
 */
@RestController
class SessionController {

	/** What the page is told: the session's time left and what it goes on with. */
	record SessionExtended(long idleSeconds, long lifetimeSeconds, String csrfToken, String draftKey) {
	}

	private final SessionClock clock;

	SessionController(SessionClock clock) {
		this.clock = clock;
	}

	@PreAuthorize("isAuthenticated()")
	@GetMapping(path = "/session", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<SessionExtended> extend(HttpServletRequest request, CsrfToken csrf) {
		SessionClock.TimeLeft left = clock.ofRequest(request).orElseThrow(
				() -> new AccessDeniedException("no session"));
		// not cached, as no answer is: Spring Security's headers say so for all of them (SecurityConfiguration)
		return ResponseEntity.ok()
			.body(new SessionExtended(left.idleSeconds(), left.lifetimeSeconds(), csrf.getToken(), clock.draftKey()));
	}

}
