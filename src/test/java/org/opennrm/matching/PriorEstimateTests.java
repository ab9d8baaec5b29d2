package org.opennrm.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PriorEstimateTests {

	@Test
	void aRegisterRepeatingPeopleAsOftenAsTheFittingDataKeepsThePrior() {
		// the generated register of 100,000 records, 0.321 per record, and its kin with more siblings and name twins (0.300)
		assertThat(PriorEstimate.shift(32_100, 100_000)).isZero();
		assertThat(PriorEstimate.shift(30_000, 100_000)).isZero();
		assertThat(PriorEstimate.shift(28_400, 100_000)).isZero();
	}

	@Test
	void halfAsManyNearCertainPairsHalveThePriorOdds() {
		assertThat(PriorEstimate.shift(174_000, 1_000_000)).isCloseTo(-1, within(0.01));
		assertThat(PriorEstimate.shift(87_000, 1_000_000)).isCloseTo(-2, within(0.01));
	}

	@Test
	void moreNearCertainPairsRaiseThePriorOdds() {
		// the second independent register: 0.456 per record against 0.321, +0.5 bit
		assertThat(PriorEstimate.shift(45_600, 100_000)).isCloseTo(0.502, within(0.01));
		// 0.380 per record: under a quarter of a bit, left alone
		assertThat(PriorEstimate.shift(38_000, 100_000)).isZero();
	}

	@Test
	void neverRaisedBeyondOneBitNorLoweredBeyondFour() {
		assertThat(PriorEstimate.shift(90_000, 100_000)).isEqualTo(1);
		assertThat(PriorEstimate.shift(0, 10_000_000)).isEqualTo(-4);
	}

	@Test
	void aSmallFileSaysLittle() {
		// ten records, none near-certain: the thousand records at the reference rate outweigh them
		assertThat(PriorEstimate.shift(0, 10)).isZero();
		assertThat(PriorEstimate.rate(0, 10)).isCloseTo(0.288, within(0.001));
	}

	@Test
	void aLargerRegisterIsExpectedToHoldMoreNearCertainPairsByChance() {
		assertThat(PriorEstimate.reference(10_000)).isEqualTo(0.291);
		assertThat(PriorEstimate.reference(100_000)).isCloseTo(0.321, within(1e-9));
		assertThat(PriorEstimate.reference(1_000_000)).isCloseTo(0.348, within(1e-9));
		assertThat(PriorEstimate.reference(316_228)).isCloseTo(0.3345, within(0.001));
		// the generated register of 1,000,000 records, 0.348 per record: left alone
		assertThat(PriorEstimate.shift(348_000, 1_000_000)).isZero();
	}

}
