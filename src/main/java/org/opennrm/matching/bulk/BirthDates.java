package org.opennrm.matching.bulk;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.opennrm.matching.PersonRecord;
import org.opennrm.matching.internal.Calendars;

/**
 * Reads a row's {@code birth_date} and {@code birth_year}: Gregorian, from 1900 to today; or, for a citizen of
 * Afghanistan or Iran, whose civil calendar is the Solar Hijri one, a date or year of that calendar (an Afghan
 * tazkira's 1373-05-12, a year 1373), converted to the Gregorian calendar. The two ranges cannot be confused: the
 * Solar Hijri year of today is about 1405, and nobody in a register was born before 1900. The same year written
 * for anyone else is not guessed (it is left out, below): the Hijri year of Arabic documents is a lunar one, 1373 of
 * which began in 1953, and a file can say which calendar it holds only through the citizenship.
 * <p>
 * A date is written {@code yyyy-mm-dd}, its month and day with one digit or two ({@code 1990-3-12}), or day first
 * with dots, as Turkish spreadsheets show dates ({@code 12.03.1990}, {@code 12.3.1990}); digits may be the
 * Arabic-Indic or Persian ones that Arabic-script documents write ({@code ١٩٩٠}, {@code ۱۳۷۳}), read as the digits
 * they are ({@link #asciiDigits}). A date written with slashes is not read: {@code 03/08/1994} is the 3rd of August in
 * Türkiye and the 8th of March in an American program's export, and a wrong day is worse than none.
 * <p>
 * Only what is no date at all (1990-02-30, 03/08/1994, a year "19x0") costs the row, as the format asks. A
 * well-formed date or year that no one in a register can be born on (before 1900, after today) is a slip the row
 * should not be lost for: the record is compared without it, and the line is reported.
 */
final class BirthDates {

	private final LocalDate today;

	BirthDates(LocalDate today) {
		this.today = today;
	}

	/**
	 * The row's date and year in the Gregorian calendar, or why they cannot be read.
	 *
	 * @param notices what was converted or left out, for the user to check
	 */
	record Reading(LocalDate date, Integer year, RowMessage problem, List<RowMessage> notices) {
	}

	/** {@code yyyy-mm-dd}, the month and day of one digit or two. */
	private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

	/** {@code dd.mm.yyyy}, day first, the day and month of one digit or two. */
	private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");

	Reading read(String dateText, String yearText, List<String> citizenship) {
		String country = citizenship.stream().filter(Calendars.SOLAR_HIJRI_COUNTRIES::contains).findFirst().orElse(null);
		List<RowMessage> notices = new ArrayList<>();
		LocalDate date = null;
		Integer typedYear = null;
		if (!dateText.isEmpty()) {
			String digits = asciiDigits(dateText);
			Matcher yearFirst = YEAR_FIRST.matcher(digits);
			Matcher dayFirst = DAY_FIRST.matcher(digits);
			int y;
			int m;
			int d;
			if (yearFirst.matches()) {
				y = Integer.parseInt(yearFirst.group(1));
				m = Integer.parseInt(yearFirst.group(2));
				d = Integer.parseInt(yearFirst.group(3));
			}
			else if (dayFirst.matches()) {
				y = Integer.parseInt(dayFirst.group(3));
				m = Integer.parseInt(dayFirst.group(2));
				d = Integer.parseInt(dayFirst.group(1));
			}
			else {
				return refused(new RowMessage("matching.cli.row.badDate", dateText));
			}
			if (country != null && isSolarHijriYear(y)) {
				date = Calendars.solarHijriDate(y, m, d);
				if (date == null) {
					return refused(new RowMessage("matching.cli.row.badSolarHijriDate", dateText));
				}
				notices.add(new RowMessage("matching.cli.row.solarHijriDate", dateText, country, date.toString()));
			}
			else {
				try {
					date = LocalDate.of(y, m, d);
				}
				catch (DateTimeException ex) {
					return refused(new RowMessage("matching.cli.row.noSuchDay", dateText));
				}
				typedYear = spreadsheetYear(date);
				if (typedYear != null) {
					notices.add(new RowMessage("matching.cli.row.spreadsheetYear", dateText, typedYear));
					date = null;
				}
				else if (inWrongCentury(date.getYear())) {
					LocalDate later = date.plusYears(100);
					if (!later.isAfter(today)) {
						notices.add(new RowMessage("matching.cli.row.centuryDate", dateText, later.toString()));
						date = later;
					}
				}
			}
			if (date != null && !PersonRecord.isPossibleBirthDate(date, today)) {
				notices.add(new RowMessage("matching.cli.row.dateOutOfRange", dateText));
				date = null;
			}
		}
		Integer year = null;
		if (!yearText.isEmpty()) {
			String digits = asciiDigits(yearText);
			if (!digits.matches("\\d{4}")) {
				return refused(new RowMessage("matching.cli.row.badYear", yearText));
			}
			year = Integer.valueOf(digits);
			if (country != null && isSolarHijriYear(year)) {
				notices.add(new RowMessage("matching.cli.row.solarHijriYear", yearText, country,
						year + Calendars.SOLAR_HIJRI_OFFSET));
				year += Calendars.SOLAR_HIJRI_OFFSET;
			}
			else if (inWrongCentury(year)) {
				notices.add(new RowMessage("matching.cli.row.centuryYear", yearText, year + 100));
				year += 100;
			}
			if (!PersonRecord.isPossibleBirthYear(year, today)) {
				notices.add(new RowMessage("matching.cli.row.yearOutOfRange", yearText));
				year = null;
			}
		}
		if (year == null) {
			year = typedYear;
		}
		if (date != null && year != null && date.getYear() != year) {
			// compared with the date, which says more; the year may be the one a document was issued in
			notices.add(new RowMessage("matching.cli.row.yearDiffers", yearText, dateText));
		}
		return new Reading(date, year, null, notices);
	}

	/**
	 * The year whose number a spreadsheet shows as this date, when a year was typed into a cell formatted as a date:
	 * the cell keeps 1987 as its day number, 1987 days after 30 December 1899, which it shows as 1905-06-09. Years
	 * from 1900 to today's fall on 14 March to mid-July 1905, when nobody in a register was born; null for any other
	 * date.
	 */
	Integer spreadsheetYear(LocalDate date) {
		long day = ChronoUnit.DAYS.between(SPREADSHEET_EPOCH, date);
		return day >= PersonRecord.FIRST_BIRTH_YEAR && day <= today.getYear() ? (int) day : null;
	}

	/** Day 0 of a spreadsheet's dates (its 1900 date system, from 1 March 1900 on). */
	private static final LocalDate SPREADSHEET_EPOCH = LocalDate.of(1899, 12, 30);

	/**
	 * Whether a year is one a hundred years too early: a two-digit year (as a passport's machine-readable line writes
	 * it, "09" for 2009) taken in the wrong century by the system that read it. Nobody in a register is a hundred
	 * years old; 1900 itself is the placeholder of no date ({@link PersonRecord#knownBirthDate}), not 2000.
	 */
	private boolean inWrongCentury(int year) {
		return year > PersonRecord.FIRST_BIRTH_YEAR && year + 100 <= today.getYear();
	}

	/**
	 * The text with every decimal digit of another script written as the ASCII digit it is: the Arabic-Indic ١٩٩٠ and
	 * the Persian ۱۳۷۳ that Arabic-script documents and keyboards write are 1990 and 1373. Anything else is left as it
	 * is, so a text that was no number is none after.
	 */
	static String asciiDigits(String text) {
		StringBuilder ascii = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c > 0x7F && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
				if (ascii == null) {
					ascii = new StringBuilder(text);
				}
				ascii.setCharAt(i, (char) ('0' + Character.digit(c, 10)));
			}
		}
		return ascii == null ? text : ascii.toString();
	}

	private static Reading refused(RowMessage problem) {
		return new Reading(null, null, problem, List.of());
	}

	/** Years of the Solar Hijri calendar from 1900 to today's: 1278 (which ended in March 1900) to about 1405. */
	private boolean isSolarHijriYear(int year) {
		return year >= PersonRecord.FIRST_BIRTH_YEAR - Calendars.SOLAR_HIJRI_OFFSET - 1
				&& year <= today.getYear() - Calendars.SOLAR_HIJRI_OFFSET;
	}

}
