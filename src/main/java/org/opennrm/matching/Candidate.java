package org.opennrm.matching;

import java.util.UUID;

/** A registered person who may be the same as the one asked about, with the reasons. */
public record Candidate(UUID personId, double score, MatchDecision decision, Explanation explanation) {
}
