package org.opennrm.matching.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Birth dates as a file holds them: Gregorian, or Solar Hijri for Afghan and Iranian citizens. */
class BirthDatesTests {

	private final BirthDates dates = new BirthDates(LocalDate.of(2026, 12, 5));

	@ParameterizedTest(name = "Solar Hijri {0}-{1}-{2} is {3}")
	@CsvSource(textBlock = """
			1373, 5, 12, 1994-08-03
			1373, 1,  1, 1994-03-21
			1403, 1,  1, 2024-03-20
			1399, 12, 30, 2021-03-20
			1370, 10, 11, 1992-01-01
			1279, 1,  1, 1900-03-21
			1405, 9, 14, 2026-12-05
			""")
	void solarHijriDatesAreTheDaysIranAndAfghanistanReckon(int year, int month, int day, LocalDate gregorian) {
		assertThat(org.opennrm.matching.internal.Calendars.solarHijriDate(year, month, day)).isEqualTo(gregorian);
	}

	@ParameterizedTest(name = "Solar Hijri {0}-{1}-{2} is no day")
	@CsvSource({ "1400, 12, 30", "1373, 7, 31", "1373, 13, 1", "1373, 0, 10", "1373, 5, 0" })
	void daysTheCalendarDoesNotHaveAreNone(int year, int month, int day) {
		assertThat(org.opennrm.matching.internal.Calendars.solarHijriDate(year, month, day)).isNull();
	}

	@Test
	void gregorianDatesAndYearsAreReadAsTheyAre() {
		BirthDates.Reading reading = dates.read("1994-08-03", "1994", List.of("AFG"));
		assertThat(reading.problem()).isNull();
		assertThat(reading.date()).isEqualTo(LocalDate.of(1994, 8, 3));
		assertThat(reading.year()).isEqualTo(1994);
		assertThat(reading.notices()).isEmpty();
		assertThat(dates.read("", "", List.of()).problem()).isNull();
		assertThat(dates.read("2026-12-05", "2026", List.of()).problem()).isNull();
	}

	@Test
	void solarHijriIsReadOnlyForTheCountriesThatUseIt() {
		BirthDates.Reading afghan = dates.read("1373-05-12", "1373", List.of("PAK", "AFG"));
		assertThat(afghan.problem()).isNull();
		assertThat(afghan.date()).isEqualTo(LocalDate.of(1994, 8, 3));
		assertThat(afghan.year()).isEqualTo(1994);
		assertThat(afghan.notices()).extracting(RowMessage::key)
			.containsExactly("matching.cli.row.solarHijriDate", "matching.cli.row.solarHijriYear");
		assertThat(afghan.notices().get(0).args()).containsExactly("1373-05-12", "AFG", "1994-08-03");
		BirthDates.Reading syrian = dates.read("1373-05-12", "1373", List.of("SYR"));
		assertThat(syrian.problem()).isNull();
		assertThat(syrian.date()).isNull();
		assertThat(syrian.year()).isNull();
		assertThat(syrian.notices()).extracting(RowMessage::key)
			.containsExactly("matching.cli.row.dateOutOfRange", "matching.cli.row.yearOutOfRange");
		// tomorrow in the Solar Hijri calendar
		assertThat(dates.read("1405-09-15", "", List.of("IRN")).notices()).extracting(RowMessage::key)
			.containsExactly("matching.cli.row.solarHijriDate", "matching.cli.row.dateOutOfRange");
	}

	@ParameterizedTest(name = "{0} / {1} ({2}) is left out")
	@CsvSource({ "2026-12-06, , ", "1899-12-31, , ", ", 2027, ", ", 1899, ", ", 1406, AFG", ", 0000, " })
	void datesAndYearsNobodyIsBornOnAreLeftOutAndReported(String date, String year, String country) {
		BirthDates.Reading reading = dates.read(date == null ? "" : date, year == null ? "" : year,
				country == null ? List.of() : List.of(country));
		assertThat(reading.problem()).isNull();
		assertThat(reading.date()).isNull();
		assertThat(reading.year()).isNull();
		assertThat(reading.notices()).extracting(RowMessage::key)
			.containsExactly(date != null ? "matching.cli.row.dateOutOfRange" : "matching.cli.row.yearOutOfRange");
	}

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource({ "1994-08-03, 1994-08-03", "1994-8-3, 1994-08-03", "1994-08-3, 1994-08-03", "03.08.1994, 1994-08-03",
			"3.8.1994, 1994-08-03", "31.12.1990, 1990-12-31", "١٩٩٤-٠٨-٠٣, 1994-08-03", "۰۳.۰۸.۱۹۹۴, 1994-08-03" })
	void aDateIsWrittenYearFirstWithDashesOrDayFirstWithDotsInAnyDigits(String written, LocalDate date) {
		BirthDates.Reading reading = dates.read(written, "", List.of("TUR"));
		assertThat(reading.problem()).isNull();
		assertThat(reading.date()).isEqualTo(date);
		assertThat(reading.notices()).isEmpty();
	}

	@Test
	void aYearInArabicIndicOrPersianDigitsIsTheYearItWrites() {
		assertThat(dates.read("", "١٩٩٠", List.of()).year()).isEqualTo(1990);
		assertThat(dates.read("", "۱۹۹۰", List.of()).problem()).isNull();
		// a Solar Hijri year in Persian digits, as a tazkira writes it: converted for an Afghan, left out for anyone else
		BirthDates.Reading afghan = dates.read("", "۱۳۷۳", List.of("AFG"));
		assertThat(afghan.year()).isEqualTo(1994);
		assertThat(afghan.notices()).extracting(RowMessage::key).containsExactly("matching.cli.row.solarHijriYear");
		assertThat(afghan.notices().get(0).args()[0]).isEqualTo("۱۳۷۳");
		BirthDates.Reading syrian = dates.read("", "۱۳۷۳", List.of("SYR"));
		assertThat(syrian.problem()).isNull();
		assertThat(syrian.year()).isNull();
		assertThat(syrian.notices()).extracting(RowMessage::key).containsExactly("matching.cli.row.yearOutOfRange");
		assertThat(dates.read("۱۳۷۳-۰۵-۱۲", "", List.of("IRN")).date()).isEqualTo(LocalDate.of(1994, 8, 3));
		assertThat(dates.read("12.05.1373", "", List.of("IRN")).date()).isEqualTo(LocalDate.of(1994, 8, 3));
		assertThat(BirthDates.asciiDigits("A-١٢٣")).isEqualTo("A-123");
	}

	@Test
	void whatIsNoDateAtAllCostsTheRow() {
		assertThat(dates.read("1994-02-30", "", List.of()).problem().key()).isEqualTo("matching.cli.row.noSuchDay");
		assertThat(dates.read("30.02.1994", "", List.of()).problem().key()).isEqualTo("matching.cli.row.noSuchDay");
		assertThat(dates.read("1994.08.03", "", List.of()).problem().key()).isEqualTo("matching.cli.row.badDate");
		assertThat(dates.read("1994-123-1", "", List.of()).problem().key()).isEqualTo("matching.cli.row.badDate");
		assertThat(dates.read("1400-12-30", "", List.of("IRN")).problem().key()).isEqualTo("matching.cli.row.badSolarHijriDate");
		assertThat(dates.read("", "19x0", List.of()).problem().key()).isEqualTo("matching.cli.row.badYear");
		assertThat(dates.read("", "94", List.of()).problem().key()).isEqualTo("matching.cli.row.badYear");
		assertThat(dates.read("", "1994.5", List.of()).problem().key()).isEqualTo("matching.cli.row.badYear");
	}

	/** What a date that is none was seen to be: the reason its message gives, or none. */
	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(textBlock = """
			03/08/1994,            matching.cli.row.badDate.slashes
			1994/08/03,            matching.cli.row.badDate.slashes
			03-08-1994,            matching.cli.row.badDate.dayFirstDashes
			03.08.94,              matching.cli.row.badDate.twoDigitYear
			15.3.94,               matching.cli.row.badDate.twoDigitYear
			15 Mart 1994,          matching.cli.row.badDate.letters
			15-Mar-1994,           matching.cli.row.badDate.letters
			15.03.1994 25:00,      matching.cli.row.badDate.time
			1994-03-15T00:00:00+3, matching.cli.row.badDate.time
			32947,                 matching.cli.row.badDate.spreadsheetDay
			32947.5,               matching.cli.row.badDate.spreadsheetDay
			""")
	void aDateThatIsNoneSaysWhatItWasSeenToBe(String written, String reason) {
		RowMessage problem = dates.read(written, "", List.of("TUR")).problem();
		assertThat(problem.key()).isEqualTo("matching.cli.row.badDateSeen");
		assertThat(problem.args()[0]).isEqualTo(written);
		assertThat(((RowMessage) problem.args()[1]).key()).isEqualTo(reason);
	}

	@Test
	void aSpreadsheetsDayNumberIsToldTheDayItWouldBe() {
		RowMessage problem = dates.read("32947", "", List.of()).problem();
		assertThat(((RowMessage) problem.args()[1]).args()).containsExactly("1990-03-15");
		// a number beyond today's day is no date of either kind
		assertThat(dates.read("99999", "", List.of()).problem().key()).isEqualTo("matching.cli.row.badDate");
	}

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource({ "15.03.1994 00:00, 1994-03-15", "15.03.1994 00:00:00, 1994-03-15", "1994-03-15T00:00:00, 1994-03-15",
			"1994-03-15 00:00:00, 1994-03-15", "1994-03-15T00:00, 1994-03-15", "1994-03-15T00:00:00.000Z, 1994-03-15",
			"1994-03-15T00:00:00+03:00, 1994-03-15", "۱۵.۰۳.۱۹۹۴ ۰۰:۰۰, 1994-03-15" })
	void aDateWithATimeOfMidnightIsTheDate(String written, LocalDate date) {
		BirthDates.Reading reading = dates.read(written, "", List.of("TUR"));
		assertThat(reading.problem()).isNull();
		assertThat(reading.date()).isEqualTo(date);
		assertThat(reading.year()).isNull();
		assertThat(reading.notices()).isEmpty();
	}

	@ParameterizedTest(name = "{0} gives the year alone")
	@CsvSource({ "15.03.1994 13:45", "1994-03-14T21:00:00", "1994-03-15 00:00:01", "1994-03-15T00:00:00.5" })
	void aDateWithAnotherTimeOfDayGivesItsYearAlone(String written) {
		BirthDates.Reading reading = dates.read(written, "", List.of("TUR"));
		assertThat(reading.problem()).isNull();
		assertThat(reading.date()).isNull();
		assertThat(reading.year()).isEqualTo(1994);
		assertThat(reading.notices()).extracting(RowMessage::key).containsExactly("matching.cli.row.dateWithTime");
	}

	@ParameterizedTest(name = "birth_date {0}, birth_year {1}: {2}")
	@CsvSource({ "1994, , 1994", "۱۹۹۴, , 1994", "1994.0, , 1994", ", 1.994, 1994", ", '1994,0', 1994", ", 1994.0, 1994",
			", 1994.00, 1994", ", '1,994', 1994", "1994, 1994, 1994", "1994, 1.994, 1994" })
	void aYearIsReadAsANumberCellExportsItAndAloneInTheDateColumn(String date, String year, int read) {
		BirthDates.Reading reading = dates.read(date == null ? "" : date, year == null ? "" : year, List.of("TUR"));
		assertThat(reading.problem()).isNull();
		assertThat(reading.date()).isNull();
		assertThat(reading.year()).isEqualTo(read);
		assertThat(reading.notices()).isEmpty();
	}

	@Test
	void aYearAloneInTheDateColumnThatDiffersFromTheYearsIsReportedAndTheYearKept() {
		BirthDates.Reading reading = dates.read("1994", "1995", List.of());
		assertThat(reading.problem()).isNull();
		assertThat(reading.year()).isEqualTo(1995);
		assertThat(reading.notices()).extracting(RowMessage::key).containsExactly("matching.cli.row.yearOfDateDiffers");
		assertThat(reading.notices().get(0).args()).containsExactly("1994", "1995");
		// a Solar Hijri year alone in the date column is converted as in the year's
		BirthDates.Reading afghan = dates.read("1373", "", List.of("AFG"));
		assertThat(afghan.year()).isEqualTo(1994);
		assertThat(afghan.notices()).extracting(RowMessage::key).containsExactly("matching.cli.row.solarHijriYear");
		assertThat(afghan.notices().get(0).args()).containsExactly("1373", "AFG", 1994,
				new CommandText.Column("birth_date"));
	}

	@Test
	void aYearThatDiffersFromTheDatesIsReportedAndTheDateKept() {
		var reading = dates.read("1990-05-05", "1985", List.of());
		assertThat(reading.problem()).isNull();
		assertThat(reading.date()).isEqualTo(java.time.LocalDate.of(1990, 5, 5));
		assertThat(reading.notices()).extracting(RowMessage::key).containsExactly("matching.cli.row.yearDiffers");
		assertThat(dates.read("1990-05-05", "1990", List.of()).notices()).isEmpty();
	}


	@ParameterizedTest(name = "{0} is the year {1} typed into a date cell")
	@CsvSource({ "1905-06-09, 1987", "1905-03-14, 1900", "1905-07-18, 2026", "1905-06-28, 2006" })
	void aYearTypedIntoASpreadsheetsDateCellIsReadAsThatYear(String shown, int year) {
		BirthDates.Reading reading = dates.read(shown, "", List.of("SYR"));
		assertThat(reading.problem()).isNull();
		assertThat(reading.date()).isNull();
		assertThat(reading.year()).isEqualTo(year);
		assertThat(reading.notices()).extracting(RowMessage::key).containsExactly("matching.cli.row.spreadsheetYear");
		// a year written beside it is kept
		assertThat(dates.read(shown, "1988", List.of()).year()).isEqualTo(1988);
	}

	@Test
	void aTwoDigitYearTakenInTheWrongCenturyIsReadAHundredYearsLater() {
		BirthDates.Reading date = dates.read("1909-07-09", "", List.of("TKM"));
		assertThat(date.date()).isEqualTo(LocalDate.of(2009, 7, 9));
		assertThat(date.notices()).extracting(RowMessage::key).containsExactly("matching.cli.row.centuryDate");
		BirthDates.Reading year = dates.read("", "1911", List.of("UZB"));
		assertThat(year.year()).isEqualTo(2011);
		assertThat(year.notices()).extracting(RowMessage::key).containsExactly("matching.cli.row.centuryYear");
		// not where a hundred years later is after today, nor 1900, the placeholder of no date
		assertThat(dates.read("1926-12-06", "", List.of()).date()).isEqualTo(LocalDate.of(1926, 12, 6));
		assertThat(dates.read("1927-03-01", "", List.of()).date()).isEqualTo(LocalDate.of(1927, 3, 1));
		assertThat(dates.read("", "1900", List.of()).year()).isEqualTo(1900);
		assertThat(dates.read("1900-01-01", "", List.of()).date()).isEqualTo(LocalDate.of(1900, 1, 1));
		// the days of typed years in 1905 are read as those years, not a hundred years on
		assertThat(dates.read("1905-06-09", "", List.of()).year()).isEqualTo(1987);
	}
}
