package org.opennrm.matching;

/** The outcome of comparing two records: a score between 0 and 1, the decision, and the reasons. */
public record MatchResult(double score, MatchDecision decision, Explanation explanation) {
}
