package org.opennrm.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.TimeZone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;

/** One way of writing days and times per language, in OpenNRM's time zone. */
class ShownTimesTests {

	private final ShownTimes times = new ShownTimes();
	private final TimeZone zone = TimeZone.getDefault();

	/** 08:31:17.042 on 7 December 2026 in Türkiye, 05:31 in UTC. */
	private final Instant moment = Instant.parse("2026-12-07T05:31:17.042Z");

	@BeforeEach
	void inTurkeysZone() {
		TimeZone.setDefault(TimeZone.getTimeZone(ZoneId.of("Europe/Istanbul")));
	}

	@AfterEach
	void restore() {
		TimeZone.setDefault(zone);
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void turkishAsTurkeyWritesThem() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("tr"));
		assertThat(times.minute(moment)).isEqualTo("07.12.2026 08:31");
		assertThat(times.second(moment)).isEqualTo("07.12.2026 08:31:17");
		assertThat(times.millisecond(moment)).isEqualTo("07.12.2026 08:31:17.042");
		assertThat(times.day(LocalDate.of(2026, 12, 7))).isEqualTo("07.12.2026");
	}

	@Test
	void englishWithTheMonthsName() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(times.minute(moment)).isEqualTo("7 Dec 2026 08:31");
		assertThat(times.second(moment)).isEqualTo("7 Dec 2026 08:31:17");
		assertThat(times.day(LocalDate.of(2027, 9, 30))).isEqualTo("30 Sep 2027");
		// a moment with another offset is shown in OpenNRM's zone
		assertThat(times.minute(OffsetDateTime.parse("2026-12-07T05:31:00Z"))).isEqualTo("7 Dec 2026 08:31");
		assertThat(times.minute(null)).isEmpty();
	}

}
