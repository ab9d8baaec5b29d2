package org.opennrm.identity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.opennrm.shared.SafeErrors;

/**
 * At each start, one warning when accounts or API clients hold a role that their organisation's type may not hold
 * ({@link RoleMisfits}): how many, and where an administrator finds them; counts only, no one named.
 */
@Component
@Profile("!command")
class RoleMisfitsReport {

	private static final Logger log = LoggerFactory.getLogger(RoleMisfitsReport.class);

	private final RoleMisfits misfits;

	RoleMisfitsReport(RoleMisfits misfits) {
		this.misfits = misfits;
	}

	@EventListener(ApplicationReadyEvent.class)
	void report() {
		try {
			RoleMisfits.Count count = misfits.count();
			if (count.accounts() + count.apiClients() > 0) {
				log.warn("{} and {} hold a role that their organisation's type may not hold "
						+ "(opennrm.roles.<role>.organisation-types, README \"Roles and organisations\"). They keep "
						+ "working. An administrator finds them marked \"Role does not fit the organisation\" under "
						+ "Users (filter \"Role and organisation\") and API clients, and changes the account's role or "
						+ "revokes the client.", counted(count.accounts(), "account"),
						counted(count.apiClients(), "API client"));
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not count the accounts and API clients whose role does not fit their organisation: {}",
					SafeErrors.describe(ex));
		}
	}

	private static String counted(long count, String what) {
		return count + " " + what + (count == 1 ? "" : "s");
	}

}
