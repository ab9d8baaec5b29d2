package org.opennrm.identity;

import java.util.UUID;

import org.opennrm.shared.AuditableEvent;

/**
 * A failed sign-in. The attempted user name is not recorded when it matches no account: people type
 * their password into the user name field.
 *
 * @param userId the account, when the name matched one
 * @param locked whether this failure locked the account
 */
public record LoginFailed(UUID userId, boolean locked) implements AuditableEvent {

	@Override
	public String action() {
		return locked ? "LOGIN_FAILED_ACCOUNT_LOCKED" : "LOGIN_FAILED";
	}

	@Override
	public String entityType() {
		return "user";
	}

	@Override
	public String entityId() {
		return userId == null ? null : userId.toString();
	}

	@Override
	public String outcome() {
		return "FAILURE";
	}

}
