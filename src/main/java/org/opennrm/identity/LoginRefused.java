package org.opennrm.identity;

import java.util.UUID;

import org.opennrm.shared.AuditableEvent;

/**
 * A sign-in to an existing account refused whatever the password: the account is locked after wrong passwords, or it
 * (or its organisation) is deactivated. The password is checked all the same, so that the answer takes as long as
 * any other, but counts for nothing. Audited so that a dismissed employee trying an old account,
 * or someone trying a locked one, leaves a trace.
 *
 * @param userId   the account
 * @param inactive true when the account or its organisation is deactivated, false when it is locked
 */
public record LoginRefused(UUID userId, boolean inactive) implements AuditableEvent {

	@Override
	public String action() {
		return inactive ? "LOGIN_REFUSED_ACCOUNT_INACTIVE" : "LOGIN_REFUSED_ACCOUNT_LOCKED";
	}

	@Override
	public String entityType() {
		return "user";
	}

	@Override
	public String entityId() {
		return userId.toString();
	}

	@Override
	public String outcome() {
		return "FAILURE";
	}

}
