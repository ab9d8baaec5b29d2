package org.opennrm.encryption;

import org.opennrm.shared.AuditableEvent;

/**
 * A change of the keys that a start found ({@link KeyCheck}), for the audit trail: the record is the key, by its id
 * ({@code index:} and the id for an index key), never anything of its bytes.
 *
 * @param keyName the key as {@code encryption_key_check} names it: {@code index:} or {@code data:}, and the id
 */
record KeyChanged(Change change, String keyName) implements AuditableEvent {

	enum Change {
		/** Recorded for the first time: the keys at the first start, a key added for a rotation. */
		ADDED("ENCRYPTION_KEY_ADDED"),
		/** A key that new values are encrypted, or keyed, under from this start. */
		ACTIVATED("ENCRYPTION_KEY_ACTIVATED"),
		/** A key no longer configured, with no value left under it. */
		RETIRED("ENCRYPTION_KEY_RETIRED"),
		/** An index key replaced for good: nothing is keyed by it any more, nor may any later audit entry be. */
		SUPERSEDED("ENCRYPTION_KEY_SUPERSEDED");

		private final String action;

		Change(String action) {
			this.action = action;
		}
	}

	@Override
	public String action() {
		return change.action;
	}

	@Override
	public String entityType() {
		return "encryption_key";
	}

	@Override
	public String entityId() {
		return keyName.startsWith("data:") ? keyName.substring(5) : keyName;
	}

	/** The keys' check at each start, before anyone can act. */
	@Override
	public String systemJob() {
		return "key-check";
	}

	@Override
	public String purpose() {
		return switch (change) {
			case ADDED -> keyName.startsWith("data:") ? "data key configured for the first time"
					: "index key configured for the first time";
			case ACTIVATED -> keyName.startsWith("data:") ? "new values are encrypted under it"
					: "new look-ups, matching keys, audit entries and session cookies are keyed by it";
			case RETIRED -> "no longer configured, no value under it left";
			case SUPERSEDED -> "replaced by the active index key: nothing is keyed by it any more, no later audit entry may be";
		};
	}

}
