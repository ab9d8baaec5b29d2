package org.opennrm.identity.internal;

import java.util.Objects;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import org.opennrm.organisation.OrganisationChanged;

/**
 * A session keeps what sign-in read of the organisation: that it was active, and its province, which the scope of
 * province-wide accounts follows. When the organisation is deactivated or moved to another province, its users'
 * sessions end, on every node, once the change is committed; they sign in again under what holds now (or cannot).
 * A renamed organisation ends no session.
 */
@Component
class OrganisationSessions {

	private final Users users;
	private final SessionTermination sessions;

	OrganisationSessions(Users users, SessionTermination sessions) {
		this.users = users;
		this.sessions = sessions;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void onChanged(OrganisationChanged event) {
		for (Users.Credentials account : users.credentialsOf(event.organisationId())) {
			boolean mayWork = account.active() && account.organisationActive();
			sessions.endSessionsOf(account.username(), SessionTermination.Why.ACCOUNT,
					user -> !mayWork || !Objects.equals(user.provinceCode(), account.provinceCode()));
		}
	}

}
