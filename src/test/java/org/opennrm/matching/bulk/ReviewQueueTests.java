package org.opennrm.matching.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.opennrm.matching.MatchThresholds;

class ReviewQueueTests {

	private static final MatchThresholds USUAL = MatchThresholds.DEFAULT;

	@Test
	void theQueueReachesBelowTheUsualLimitOnlyAsFarAsTheMatchListIsLong() {
		// three MATCH pairs, one POSSIBLE from 0.25: room for two more, the best two below 0.25
		double[] scores = { 0.9, 0.8, 0.6, 0.3, 0.2, 0.07, 0.12, 0.06 };
		assertThat(ReviewQueue.limit(scores, USUAL)).isEqualTo(0.12);
	}

	@Test
	void allThePairsDownToTheFloorWhenThereIsRoomForThem() {
		double[] scores = { 0.9, 0.8, 0.7, 0.6, 0.2, 0.06, 0.049, 0.01 };
		assertThat(ReviewQueue.limit(scores, USUAL)).isEqualTo(0.06);
	}

	@Test
	void aQueueAlreadyAsLongAsTheMatchListKeepsTheUsualLimit() {
		assertThat(ReviewQueue.limit(new double[] { 0.9, 0.3, 0.2, 0.1 }, USUAL)).isEqualTo(0.25);
		assertThat(ReviewQueue.limit(new double[] { 0.9, 0.3, 0.26, 0.2 }, USUAL)).isEqualTo(0.25);
		assertThat(ReviewQueue.limit(new double[] { 0.3, 0.2 }, USUAL)).isEqualTo(0.25);
		assertThat(ReviewQueue.limit(new double[] { 0.9, 0.8, 0.04 }, USUAL)).isEqualTo(0.25);
		assertThat(ReviewQueue.limit(new double[0], USUAL)).isEqualTo(0.25);
	}

	@Test
	void pairsOfOneScoreAreAllInOrAllOut() {
		// room for two; three pairs tie at 0.1: none of them, the queue stays within the MATCH list
		assertThat(ReviewQueue.limit(new double[] { 0.9, 0.8, 0.15, 0.1, 0.1, 0.1 }, USUAL)).isEqualTo(0.15);
		assertThat(ReviewQueue.limit(new double[] { 0.9, 0.8, 0.1, 0.1, 0.1 }, USUAL)).isEqualTo(0.25);
		// room for three: all three
		assertThat(ReviewQueue.limit(new double[] { 0.9, 0.8, 0.7, 0.1, 0.1, 0.1, 0.09 }, USUAL)).isEqualTo(0.1);
	}

	@Test
	void theUsersMatchLimitDecidesWhatCountsAsAMatch() {
		MatchThresholds strict = new MatchThresholds(0.85, 0.25);
		// one MATCH from 0.85; 0.6 and 0.3 are already two POSSIBLE: no room
		assertThat(ReviewQueue.limit(new double[] { 0.9, 0.6, 0.3, 0.2 }, strict)).isEqualTo(0.25);
	}

}
