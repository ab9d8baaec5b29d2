package org.opennrm.matching;

import java.util.Locale;
import java.util.UUID;

import org.opennrm.shared.AuditableEvent;

/**
 * A person filed again under the active index key ({@code reencrypt}): their encrypted record was read by the system to
 * make their keys under it. One audit entry per person, written a batch at a time.
 */
record IndexKeyRekeyed(UUID personId, String fromKey, String toKey, int keyScheme) implements AuditableEvent {

	@Override
	public String action() {
		return "INDEX_KEYED_VALUE_REKEYED";
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
		return String.format(Locale.ROOT, "matching_key.key_hash keyed again from index key %s to index key %s"
				+ " (record read, filed under key scheme %d)", fromKey, toKey, keyScheme);
	}

}
