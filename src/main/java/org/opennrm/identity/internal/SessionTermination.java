package org.opennrm.identity.internal;

import java.util.function.Predicate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

import org.opennrm.identity.CurrentUser;

/**
 * Ends an account's sessions on every node, so that a deactivated account or organisation, a replaced password, a
 * changed role or scope, or an organisation moved to another province takes effect at once rather than when the
 * session times out. Each is ended for a reason ({@link Why}), which the sign-in page the person is sent to next
 * tells them ({@link EndedSessions}).
 */
@Component
public class SessionTermination {

	/**
	 * Why a session was ended, as the sign-in page tells whoever is at its browser: enough for the person to know what
	 * to do, nothing of what changed (no role, no password, not whether the account is still active).
	 */
	public enum Why {
		/** The person changed their password in another session. */
		PASSWORD,
		/** An administrator set a new password. */
		RESET,
		/**
		 * An administrator changed the account (its role or scope, or deactivated it) or its organisation (deactivated
		 * it, or moved it to another province).
		 */
		ACCOUNT,
		/**
		 * Signed out, in this browser: told to a page of the session that is still open (another tab), which is known
		 * by the CSRF token it sends ({@link EndedSessions#signedOut}). Signing out ends no other session.
		 */
		SIGNED_OUT;

		/** The value of the sign-in page's {@code ended} parameter. */
		String parameter() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;
	private final EndedSessions reasons;

	SessionTermination(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions,
			EndedSessions reasons) {
		this.sessions = sessions;
		this.reasons = reasons;
	}

	public void endSessionsOf(String username, Why why) {
		endSessionsOf(username, why, user -> true);
	}

	/**
	 * Ends those of the account's sessions whose signed-in user, as the session keeps it since sign-in, {@code ended}
	 * accepts; a session whose user cannot be read is ended too.
	 */
	public void endSessionsOf(String username, Why why, Predicate<CurrentUser> ended) {
		FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
		if (repository != null) {
			repository.findByPrincipalName(username).forEach((id, session) -> {
				CurrentUser user = userOf(session);
				if (user == null || ended.test(user)) {
					end(repository, id, why);
				}
			});
		}
	}

	/**
	 * Ends the account's sessions but {@code keptSessionId}, the one in which the person has just replaced their
	 * password: whoever else holds one of them (another computer, a stolen cookie) must sign in with the new one.
	 */
	public void endOtherSessionsOf(String username, String keptSessionId) {
		FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
		if (repository != null) {
			repository.findByPrincipalName(username).keySet().stream()
				.filter(id -> !id.equals(keptSessionId))
				.toList()
				.forEach(id -> end(repository, id, Why.PASSWORD));
		}
	}

	private void end(FindByIndexNameSessionRepository<? extends Session> repository, String id, Why why) {
		reasons.record(id, why);
		repository.deleteById(id);
	}

	private static CurrentUser userOf(Session session) {
		Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		if (context instanceof SecurityContext security && security.getAuthentication() != null
				&& security.getAuthentication().getPrincipal() instanceof SignedInUser signedIn) {
			return signedIn.currentUser();
		}
		return null;
	}

}
