package org.opennrm.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The warning before a session ends leaves the person time to answer (WCAG 2.2.1), and comes before the end. */
class SessionClockSettingsTests {

	@Test
	void aWarningOfLessThanTwentySecondsOrNoShorterThanTheTimeoutStopsTheStart() {
		assertThatIllegalStateException().isThrownBy(() -> clock("30m", "19s"))
			.withMessageContaining("opennrm.session.warning must be 20 seconds at least");
		assertThatIllegalStateException().isThrownBy(() -> clock("2m", "2m"))
			.withMessageContaining("shorter than spring.session.timeout (PT2M)");
		assertThat(clock("30m", "2m").warningSeconds()).isEqualTo(120);
		assertThat(clock("40s", "20s").warningSeconds()).isEqualTo(20);
	}

	private static SessionClock clock(String timeout, String warning) {
		return new SessionClock(duration(timeout), Duration.ofHours(12), duration(warning), null);
	}

	private static Duration duration(String text) {
		return Duration.parse("PT" + text.toUpperCase());
	}

}
