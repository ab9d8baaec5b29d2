package org.opennrm.matching;

import java.util.Locale;
import java.util.UUID;

import org.opennrm.shared.AuditableEvent;

/**
 * A person filed again under a new key scheme: their encrypted record was read by the system to make their keys.
 * One audit entry per person, written a batch at a time.
 */
public record IndexRekeyed(UUID personId, int keyScheme) implements AuditableEvent {

	@Override
	public String action() {
		return "MATCHING_INDEX_REKEYED";
	}

	@Override
	public String entityType() {
		return "person";
	}

	@Override
	public String entityId() {
		return personId.toString();
	}

	@Override
	public String purpose() {
		return String.format(Locale.ROOT, "record read to be filed under key scheme %d", keyScheme);
	}

}
