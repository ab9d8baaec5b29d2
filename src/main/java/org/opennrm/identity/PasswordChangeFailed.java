package org.opennrm.identity;

import java.util.UUID;

import org.opennrm.shared.AuditableEvent;

/**
 * A signed-in person tried to change their password and the password they gave as their current one was refused. It
 * counts against the account as a wrong password at sign-in does.
 *
 * @param why {@code WRONG_PASSWORD}; {@code ACCOUNT_LOCKED_NOW} when this wrong password used up the account's
 *        attempts and locked it; {@code ACCOUNT_LOCKED} when the account was locked already, so that the password was
 *        not looked at
 */
public record PasswordChangeFailed(UUID userId, Why why) implements AuditableEvent {

	public enum Why {
		WRONG_PASSWORD, ACCOUNT_LOCKED_NOW, ACCOUNT_LOCKED
	}

	@Override
	public String action() {
		return switch (why) {
			case WRONG_PASSWORD -> "USER_PASSWORD_CHANGE_FAILED";
			case ACCOUNT_LOCKED_NOW -> "USER_PASSWORD_CHANGE_FAILED_ACCOUNT_LOCKED";
			case ACCOUNT_LOCKED -> "USER_PASSWORD_CHANGE_REFUSED_ACCOUNT_LOCKED";
		};
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
