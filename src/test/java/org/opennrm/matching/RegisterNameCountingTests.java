package org.opennrm.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegisterNameCountingTests {

	private static final long MINUTE = 60_000_000_000L;

	@Test
	void namesAreCountedAtStartAfterAGrowthOrShrinkingOfFivePercentAndDaily() {
		assertThat(RegisterNameCounting.due(-1, 0, 0)).as("never counted").isTrue();
		assertThat(RegisterNameCounting.due(0, 0, MINUTE)).isFalse();
		assertThat(RegisterNameCounting.due(0, 1, MINUTE)).as("the first person").isTrue();
		assertThat(RegisterNameCounting.due(100_000, 104_999, MINUTE)).isFalse();
		assertThat(RegisterNameCounting.due(100_000, 105_000, MINUTE)).isTrue();
		assertThat(RegisterNameCounting.due(100_000, 95_000, MINUTE)).isTrue();
		assertThat(RegisterNameCounting.due(100_000, 100_000, 24 * 60 * MINUTE - 1)).isFalse();
		assertThat(RegisterNameCounting.due(100_000, 100_000, 24 * 60 * MINUTE + 1)).as("a day later").isTrue();
	}

}
