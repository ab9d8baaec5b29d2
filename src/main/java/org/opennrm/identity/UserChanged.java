package org.opennrm.identity;

import java.util.UUID;

import org.opennrm.shared.AuditableEvent;

/**
 * An administrator changed an account.
 *
 * @param change what changed: {@code DEACTIVATED}, {@code ACTIVATED}, {@code UNLOCKED} or {@code PASSWORD_RESET}
 */
public record UserChanged(UUID userId, String change) implements AuditableEvent {

	@Override
	public String action() {
		return "USER_" + change;
	}

	@Override
	public String entityType() {
		return "user";
	}

	@Override
	public String entityId() {
		return userId.toString();
	}

}
