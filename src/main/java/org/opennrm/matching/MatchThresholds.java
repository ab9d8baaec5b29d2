package org.opennrm.matching;

/**
 * Score limits, between 0 and 1, from which a pair is a MATCH or POSSIBLE.
 */
public record MatchThresholds(double match, double possible) {

	public static final MatchThresholds DEFAULT = new MatchThresholds(0.90, 0.50);

	public MatchThresholds {
		if (!(possible >= 0 && possible <= match && match <= 1)) {
			throw new IllegalArgumentException("thresholds must satisfy 0 <= possible <= match <= 1");
		}
	}

	MatchDecision decide(double score) {
		return score >= match ? MatchDecision.MATCH : score >= possible ? MatchDecision.POSSIBLE : MatchDecision.NO_MATCH;
	}

}
