package org.opennrm.matching;

import org.opennrm.shared.AuditableEvent;

/**
 * A user searched the register for a person, whatever it found: "nobody like this is registered" is itself an
 * answer about victim data. The query's values are not recorded, but what it asked is: the fields it gave and a keyed
 * digest of its names ({@link SearchAsked}), so that the searches of one name show together. Each candidate shown gets
 * its own entry ({@link CandidateShown}).
 */
public record CandidateSearchMade(String purpose, Asked asked) implements AuditableEvent {

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
