package org.opennrm.shared;

import java.util.List;

/**
 * An event that belongs in the audit trail. Modules publish their own past-tense events implementing
 * this; the audit module records them in the publishing transaction, with the acting user and the
 * request's origin. Implementations must carry no personal data of victims: ids, not names.
 */
public interface AuditableEvent {

	/** What happened, e.g. {@code VICTIM_RECORD_READ}. */
	String action();

	/** The kind of record, e.g. {@code person}. */
	String entityType();

	/** The record's id, or null. */
	String entityId();

	/** Why the data was accessed, when the user gave a purpose. */
	default String purpose() {
		return null;
	}

	/**
	 * The system job that did this where no one acts and no job is named on the thread (a check at start-up, which
	 * runs before anyone can): recorded as {@code system:<job>}, so that no entry of the system goes unnamed. Null for
	 * events of a person's, a client's or a named job's work, which the acting identity names.
	 */
	default String systemJob() {
		return null;
	}

	/** {@code SUCCESS} unless the event reports a refusal or a failure. */
	default String outcome() {
		return "SUCCESS";
	}

	/** What a search asked ({@link Asked}); null for an event that is no search of victim data. */
	default Asked asked() {
		return null;
	}

	/**
	 * What a search of victim data asked, without any of its values: which fields it gave, and a short keyed digest of
	 * the names it asked for, which is the same for one name however it is written, so that an auditor sees the searches
	 * of one person together (docs/audit.md, "What a search asked").
	 *
	 * @param fields the fields the search gave, by their codes ({@code names}, {@code birthDate}, …), in a fixed order
	 * @param names the digest of the names, in hexadecimal, under the index key the entry is hashed under; null when no
	 *     name was given
	 */
	record Asked(List<String> fields, String names) {

		public Asked {
			fields = List.copyOf(fields);
		}

	}

}
