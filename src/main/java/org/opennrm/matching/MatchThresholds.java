package org.opennrm.matching;

/**
 * Score limits, between 0 and 1, from which a pair is a MATCH or POSSIBLE. The score follows the odds that two
 * records are of one person, its midpoint set where MATCH F1 peaks (a little below where one person becomes more
 * likely than not; see {@link PersonMatcher}), so the default MATCH limit is 0.5; pairs from 0.25 go to a reviewer as
 * POSSIBLE. On generated registers of 10,000 to 1,000,000 records these limits gave the best MATCH F1 and kept the
 * review queue no longer than the MATCH list (docs/benchmarks.md); the bulk command moves its POSSIBLE limit so that
 * its queue is as long as the MATCH list, no longer (see {@code bulk.ReviewQueue}).
 */
public record MatchThresholds(double match, double possible) {

	public static final MatchThresholds DEFAULT = new MatchThresholds(0.50, 0.25);

	/**
	 * The register-wide candidate search's limits: MATCH as {@link #DEFAULT}, POSSIBLE from 0.10. A search returns a
	 * few candidates for one person being registered, not a queue of a whole file, and a person missed there is
	 * registered twice: on 1,000,000 indexed people with the register's name counts, 0.10 found the query's own
	 * person among the candidates in 1,358 of 2,000 queries, 0.25 in 1,227, for 2.5 candidates per query that were
	 * someone else instead of 1.1, nearly all POSSIBLE (docs/benchmarks.md, "Candidate query latency").
	 */
	public static final MatchThresholds SEARCH = new MatchThresholds(0.50, 0.10);

	public MatchThresholds {
		if (!(possible >= 0 && possible <= match && match <= 1)) {
			throw new IllegalArgumentException("thresholds must satisfy 0 <= possible <= match <= 1");
		}
	}

	MatchDecision decide(double score) {
		return score >= match ? MatchDecision.MATCH : score >= possible ? MatchDecision.POSSIBLE : MatchDecision.NO_MATCH;
	}

}
