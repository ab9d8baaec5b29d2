package org.opennrm.matching;

import java.util.UUID;

import org.opennrm.shared.AuditableEvent;

/** A registered person was shown to a user as a possible match: a read of victim data. */
public record CandidateShown(UUID personId, String purpose) implements AuditableEvent {

	@Override
	public String action() {
		return "MATCH_CANDIDATE_SHOWN";
	}

	@Override
	public String entityType() {
		return "person";
	}

	@Override
	public String entityId() {
		return personId.toString();
	}

}
