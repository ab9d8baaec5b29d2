package org.opennrm.matching;

/**
 * Score limits, between 0 and 1, from which a pair is a MATCH or POSSIBLE. The score estimates the probability that
 * two records are of one person, so the default MATCH limit is where that becomes more likely than not (0.5); pairs
 * from 0.25 go to a reviewer as POSSIBLE. On generated registers of 10,000 and 100,000 records these limits gave the
 * best MATCH F1 and kept the review queue no longer than the MATCH list (docs/benchmarks.md).
 */
public record MatchThresholds(double match, double possible) {

	public static final MatchThresholds DEFAULT = new MatchThresholds(0.50, 0.25);

	public MatchThresholds {
		if (!(possible >= 0 && possible <= match && match <= 1)) {
			throw new IllegalArgumentException("thresholds must satisfy 0 <= possible <= match <= 1");
		}
	}

	MatchDecision decide(double score) {
		return score >= match ? MatchDecision.MATCH : score >= possible ? MatchDecision.POSSIBLE : MatchDecision.NO_MATCH;
	}

}
