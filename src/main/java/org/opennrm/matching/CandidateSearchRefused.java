package org.opennrm.matching;

import org.opennrm.shared.AuditableEvent;

/**
 * A caller was refused candidate searches, being over its allowance of a minute (429): written for the first refusal of
 * each minute a caller is refused, not for every one, so that a caller cannot flood the trail; with what that search
 * asked, as a search's own entry has it ({@link CandidateSearchMade}).
 */
public record CandidateSearchRefused(String purpose, Asked asked) implements AuditableEvent {

	@Override
	public String action() {
		return "MATCH_SEARCH_REFUSED";
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
	public String outcome() {
		return "FAILURE";
	}

}
