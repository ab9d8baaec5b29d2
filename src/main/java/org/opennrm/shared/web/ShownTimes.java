package org.opennrm.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one place that decides how the screens write a day and a time, in the reader's language and OpenNRM's time zone
 * ({@code opennrm.time-zone}): in Turkish as Türkiye writes them, {@code 07.12.2026 08:21}; in English with the month's
 * name, {@code 7 Dec 2026 08:21}, which no reader takes for the 12th of July. The audit trail keeps its seconds
 * ({@link #second}), one entry its milliseconds. Where each page wrote its own pattern, English pages showed the Turkish
 * form and the audit trail ISO's in both languages. For templates: {@code @times.minute(…)}, {@code @times.day(…)}.
 */
@Component("times")
public class ShownTimes {

	private static final Locale TURKISH = Locale.forLanguageTag("tr");

	/** A day: {@code 07.12.2026}, {@code 7 Dec 2026}. */
	public String day(LocalDate day) {
		return day == null ? "" : format(day, "dd.MM.uuuu", "d MMM uuuu");
	}

	/** A moment to the minute: {@code 07.12.2026 08:21}, {@code 7 Dec 2026 08:21}. */
	public String minute(TemporalAccessor moment) {
		return moment == null ? "" : format(zoned(moment), "dd.MM.uuuu HH:mm", "d MMM uuuu HH:mm");
	}

	/** A moment to the second, as the audit trail lists its entries: {@code 07.12.2026 08:31:17}. */
	public String second(TemporalAccessor moment) {
		return moment == null ? "" : format(zoned(moment), "dd.MM.uuuu HH:mm:ss", "d MMM uuuu HH:mm:ss");
	}

	/** A moment to the millisecond, as one audit entry shows it: {@code 07.12.2026 08:31:17.042}. */
	public String millisecond(TemporalAccessor moment) {
		return moment == null ? "" : format(zoned(moment), "dd.MM.uuuu HH:mm:ss.SSS", "d MMM uuuu HH:mm:ss.SSS");
	}

	private static String format(TemporalAccessor value, String turkish, String english) {
		boolean inTurkish = TURKISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
		return DateTimeFormatter.ofPattern(inTurkish ? turkish : english, inTurkish ? TURKISH : Locale.ENGLISH)
			.format(value);
	}

	/** The moment in OpenNRM's time zone, the JVM's ({@code TimeZoneSetting}); a local one is taken as in it already. */
	private static TemporalAccessor zoned(TemporalAccessor moment) {
		ZoneId zone = ZoneId.systemDefault();
		if (moment instanceof Instant instant) {
			return instant.atZone(zone);
		}
		if (moment instanceof OffsetDateTime offset) {
			return offset.atZoneSameInstant(zone);
		}
		if (moment instanceof ZonedDateTime zoned) {
			return zoned.withZoneSameInstant(zone);
		}
		if (moment instanceof LocalDateTime local) {
			return local.atZone(zone);
		}
		throw new IllegalArgumentException("not a moment: " + moment.getClass().getName());
	}

}
