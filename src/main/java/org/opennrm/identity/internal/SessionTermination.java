package org.opennrm.identity.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends an account's sessions on every node, so that a deactivated account or a replaced password takes
 * effect at once rather than when the session times out.
 */
@Component
public class SessionTermination {

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	SessionTermination(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
		this.sessions = sessions;
	}

	public void endSessionsOf(String username) {
		FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
		if (repository != null) {
			repository.findByPrincipalName(username).keySet().forEach(repository::deleteById);
		}
	}

}
