package org.opennrm.matching;

import java.util.Locale;

import org.opennrm.shared.AuditableEvent;

/**
 * A batch of people was filed again under a new key scheme: their encrypted records were read by the system to
 * make their keys. One audit entry per batch.
 */
public record IndexRekeyed(int people, int keyScheme) implements AuditableEvent {

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
		return null;
	}

	@Override
	public String purpose() {
		return String.format(Locale.ROOT, "%d people filed under key scheme %d", people, keyScheme);
	}

}
