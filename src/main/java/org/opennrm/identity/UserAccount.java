package org.opennrm.identity;

import java.time.Instant;
import java.util.UUID;

/** An account as screens and the API show it. Contact details are decrypted only on request. */
public record UserAccount(UUID id, String username, String fullName, Role role, Scope scope, UUID organisationId,
		boolean active, Instant lockedUntil, Instant lastLoginAt) {

	public boolean locked() {
		return lockedUntil != null && lockedUntil.isAfter(Instant.now());
	}

}
