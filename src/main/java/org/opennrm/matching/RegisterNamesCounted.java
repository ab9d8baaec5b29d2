package org.opennrm.matching;

import java.util.Locale;

import org.opennrm.shared.AuditableEvent;

/**
 * The names of every person in the index were counted: their encrypted records were read by the system, twice, and
 * only counts kept (see {@link RegisterNameCounts}). One audit entry per count.
 */
public record RegisterNamesCounted(long people) implements AuditableEvent {

	@Override
	public String action() {
		return "MATCHING_NAMES_COUNTED";
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
		return String.format(Locale.ROOT, "names of %d people counted, so that common names weigh less", people);
	}

}
