package org.opennrm.matching;

import org.opennrm.shared.AuditableEvent;

/**
 * A user searched the register for a person, whatever it found: "nobody like this is registered" is itself an
 * answer about victim data. The query's fields are not recorded; each candidate shown gets its own entry
 * ({@link CandidateShown}).
 */
public record CandidateSearchMade(String purpose) implements AuditableEvent {

	@Override
	public String action() {
		return "MATCH_SEARCH";
	}

	@Override
	public String entityType() {
		return "person";
	}

	@Override
	public String entityId() {
		return null;
	}

}
