package org.opennrm.matching.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import org.opennrm.matching.MatchThresholds;

class ReviewQueueTests {

	private static final MatchThresholds USUAL = MatchThresholds.DEFAULT;

	@Test
	void theQueueReachesBelowTheUsualLimitOnlyAsFarAsTheMatchListIsLong() {
		// three MATCH pairs, one POSSIBLE from 0.25: room for two more, the best two below 0.25
		double[] scores = { 0.9, 0.8, 0.6, 0.3, 0.2, 0.07, 0.12, 0.06 };
		assertThat(limit(scores, USUAL, 0)).isEqualTo(0.12);
	}

	@Test
	void allThePairsDownToTheFloorWhenThereIsRoomForThem() {
		double[] scores = { 0.9, 0.8, 0.7, 0.6, 0.2, 0.06, 0.049, 0.01 };
		assertThat(limit(scores, USUAL, 0)).isEqualTo(0.06);
	}

	@Test
	void aQueueAsLongAsTheMatchListKeepsTheUsualLimit() {
		assertThat(limit(new double[] { 0.9, 0.3, 0.2, 0.1 }, USUAL, 0)).isEqualTo(0.25);
		assertThat(limit(new double[] { 0.9, 0.8, 0.04 }, USUAL, 0)).isEqualTo(0.25);
		assertThat(limit(new double[] { 0.9, 0.8, 0.7 }, USUAL, 0)).isEqualTo(0.25);
		assertThat(limit(new double[0], USUAL, 0)).isEqualTo(0.25);
	}

	@Test
	void aQueueLongerThanTheMatchListFromTheUsualLimitIsShortenedToItsBestPairs() {
		// one MATCH, two pairs from 0.25: the better one
		assertThat(limit(new double[] { 0.9, 0.3, 0.26, 0.2 }, USUAL, 0)).isEqualTo(0.3);
		// two MATCH, four from 0.25 (one at 0.49): the best two, from 0.4
		assertThat(limit(new double[] { 0.95, 0.5, 0.49, 0.4, 0.3, 0.26, 0.1 }, USUAL, 0)).isEqualTo(0.4);
		// no MATCH at all: no queue
		assertThat(limit(new double[] { 0.3, 0.2 }, USUAL, 0)).isGreaterThan(0.3);
	}

	@Test
	void aShortQueueIsNeverCut() {
		// 1 MATCH, 150 pairs from 0.26 to 0.41: the best 100 of them, as many as a queue is never cut below
		double[] scores = new double[151];
		scores[0] = 0.9;
		for (int i = 1; i <= 150; i++) {
			scores[i] = 0.26 + i / 1000.0;
		}
		double limit = limit(scores, USUAL);
		assertThat(Arrays.stream(scores).filter(s -> s >= limit && s < 0.5).count()).isEqualTo(ReviewQueue.SHORTEST);
		// 3 pairs from 0.25 and 1 MATCH: all of them, and the next best below 0.25
		assertThat(limit(new double[] { 0.9, 0.3, 0.26, 0.25, 0.2, 0.01 }, USUAL)).isEqualTo(0.2);
	}

	@Test
	void pairsOfOneScoreAreAllInOrAllOut() {
		// room for two; three pairs tie at 0.1: none of them, the queue stays within the MATCH list
		assertThat(limit(new double[] { 0.9, 0.8, 0.15, 0.1, 0.1, 0.1 }, USUAL, 0)).isEqualTo(0.15);
		assertThat(limit(new double[] { 0.9, 0.8, 0.1, 0.1, 0.1 }, USUAL, 0)).isEqualTo(0.25);
		// room for one above the usual limit; two tie at 0.3: neither
		assertThat(limit(new double[] { 0.9, 0.3, 0.3, 0.2 }, USUAL, 0)).isGreaterThan(0.3).isLessThan(0.31);
		// room for three: all three
		assertThat(limit(new double[] { 0.9, 0.8, 0.7, 0.1, 0.1, 0.1, 0.09 }, USUAL, 0)).isEqualTo(0.1);
	}

	@Test
	void theUsersMatchLimitDecidesWhatCountsAsAMatch() {
		MatchThresholds strict = new MatchThresholds(0.85, 0.25);
		// one MATCH from 0.85; of 0.6 and 0.3, room for one
		assertThat(limit(new double[] { 0.9, 0.6, 0.3, 0.2 }, strict, 0)).isEqualTo(0.6);
	}

	@Test
	void pairsScoredMatchThatTheClustersKeepApartTakeTheRoomFirstAndAreCutLikeTheOthers() {
		// likelihoods as the bulk command gives them: two pairs scored MATCH but queued, then pairs below MATCH
		assertThat(ReviewQueue.limitFor(new double[] { 0.95, 0.7, 0.4, 0.3, 0.2 }, USUAL, 3)).isEqualTo(0.4);
		// more such pairs than room: the likeliest of them stay, nothing below MATCH gets in
		assertThat(ReviewQueue.limitFor(new double[] { 0.99, 0.95, 0.9, 0.7, 0.4 }, USUAL, 2)).isEqualTo(0.95);
	}

	/**
	 * A queue as long as the MATCH list, never shorter than {@code shortest}, over pairs below MATCH only (the bulk
	 * command passes its likelihoods, MATCH-scored pairs kept apart by their clusters among them: tested above).
	 */
	private static double limit(double[] scores, MatchThresholds thresholds, int shortest) {
		long matches = Arrays.stream(scores).filter(s -> s >= thresholds.match()).count();
		return ReviewQueue.limitFor(Arrays.stream(scores).filter(s -> s < thresholds.match()).toArray(), thresholds,
				Math.max(shortest, matches));
	}

	private static double limit(double[] scores, MatchThresholds thresholds) {
		return limit(scores, thresholds, ReviewQueue.SHORTEST);
	}

}
