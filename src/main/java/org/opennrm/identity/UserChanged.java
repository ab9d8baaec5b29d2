package org.opennrm.identity;

import java.util.UUID;

import org.opennrm.shared.AuditableEvent;

/**
 * An account changed: by an administrator, or by its own person (the audit entry's actor tells which). Names what
 * changed, never the values: no names, contact details or passwords reach the audit trail.
 *
 * @param change what changed: {@code DEACTIVATED}, {@code ACTIVATED}, {@code UNLOCKED}, {@code PASSWORD_RESET} (by an
 *        administrator: a temporary password), {@code PASSWORD_CHANGED} (by the person), or one field of the account
 *        as {@code <FIELD>_CHANGED}: {@code FULL_NAME_CHANGED}, {@code EMAIL_CHANGED}, {@code PHONE_CHANGED},
 *        {@code ROLE_CHANGED}, {@code SCOPE_CHANGED}, {@code PREFERRED_LANGUAGE_CHANGED}
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
