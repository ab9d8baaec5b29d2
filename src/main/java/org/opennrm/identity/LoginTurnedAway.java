package org.opennrm.identity;

import java.util.Locale;

import org.opennrm.shared.AuditableEvent;

/**
 * A sign-in refused before its password was looked at, so it counts against no account. The audit entry carries the
 * address; the attempted user name is not recorded, and nothing is looked up for it.
 *
 * @param why {@link Why#ADDRESS_THROTTLED}: the address has sent too many wrong passwords lately; {@link Why#BUSY}:
 *            the sign-in found no turn at a password check within the wait, as in a crowd of sign-ins (an attack, or a
 *            morning's rush on too small a setting)
 */
public record LoginTurnedAway(Why why) implements AuditableEvent {

	public enum Why {
		ADDRESS_THROTTLED, BUSY
	}

	@Override
	public String action() {
		return "LOGIN_REFUSED_" + why.name().toUpperCase(Locale.ROOT);
	}

	@Override
	public String entityType() {
		return "user";
	}

	@Override
	public String entityId() {
		return null;
	}

	@Override
	public String outcome() {
		return "FAILURE";
	}

}
