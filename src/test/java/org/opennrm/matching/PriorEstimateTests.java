package org.opennrm.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PriorEstimateTests {

	@Test
	void aRegisterRepeatingPeopleAsOftenAsTheFittingDataKeepsThePrior() {
		assertThat(PriorEstimate.shift(27_700, 100_000)).isZero();
		// within the generated registers' own spread (0.269 to 0.284 per record)
		assertThat(PriorEstimate.shift(26_900, 100_000)).isZero();
		assertThat(PriorEstimate.shift(28_400, 100_000)).isZero();
	}

	@Test
	void halfAsManyNearCertainPairsHalveThePriorOdds() {
		assertThat(PriorEstimate.shift(138_500, 1_000_000)).isCloseTo(-1, within(0.01));
		assertThat(PriorEstimate.shift(69_250, 1_000_000)).isCloseTo(-2, within(0.01));
	}

	@Test
	void neverRaisedAndNeverLoweredBeyondFourBits() {
		assertThat(PriorEstimate.shift(90_000, 100_000)).isZero();
		assertThat(PriorEstimate.shift(0, 10_000_000)).isEqualTo(-4);
	}

	@Test
	void aSmallFileSaysLittle() {
		// ten records, none near-certain: the thousand records at the reference rate outweigh them
		assertThat(PriorEstimate.shift(0, 10)).isZero();
		assertThat(PriorEstimate.rate(0, 10)).isCloseTo(0.274, within(0.001));
	}

}
