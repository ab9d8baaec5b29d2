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
 * session times out.
 */
@Component
public class SessionTermination {

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	SessionTermination(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
		this.sessions = sessions;
	}

	public void endSessionsOf(String username) {
		endSessionsOf(username, user -> true);
	}

	/**
	 * Ends those of the account's sessions whose signed-in user, as the session keeps it since sign-in, {@code ended}
	 * accepts; a session whose user cannot be read is ended too.
	 */
	public void endSessionsOf(String username, Predicate<CurrentUser> ended) {
		FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
		if (repository != null) {
			repository.findByPrincipalName(username).forEach((id, session) -> {
				CurrentUser user = userOf(session);
				if (user == null || ended.test(user)) {
					repository.deleteById(id);
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
				.forEach(repository::deleteById);
		}
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
