package org.opennrm.matching;

import java.util.List;

/**
 * A candidate search's answer: the candidates, best first, and how many possible candidates could not be compared
 * because their record could not be read back (their data key is not configured on this server, or their bytes are
 * damaged): when that is not 0, the person may be registered all the same.
 */
public record CandidateSearch(List<Candidate> candidates, int unreadable) {

	public CandidateSearch {
		candidates = List.copyOf(candidates);
	}

}
