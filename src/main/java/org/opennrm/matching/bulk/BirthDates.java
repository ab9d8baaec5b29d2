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
 * Türkiye and the 8th of March in an American program's export, and a wrong day is worse than none. A time of
 * midnight after the date, as spreadsheets and databases export a date cell ({@code 15.03.1994 00:00},
 * {@code 1994-03-15T00:00:00}), is passed over; any other time of day leaves the year alone (below). A year alone in
 * {@code birth_date} ({@code 1994}) is the year of birth, and {@code birth_year} is also read as a number cell
 * exports it ({@code 1.994}, {@code 1994,0}). A day number of a spreadsheet ({@code 32947}, a date cell of the General
 * format, shown or saved as CSV so) is not read: it may count from either of Excel's two date systems, four years and
 * a day apart, or be no date (a misplaced column's postcode); its message names the day it would be and how to format
 * the column.
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

	/**
	 * A date with a time of day after it, as a spreadsheet or a database exports a date cell ({@code 15.03.1994 00:00},
	 * {@code 1994-03-15T00:00:00}, {@code 1994-03-15 00:00:00.000Z}): the date, then the hours, minutes, seconds and
	 * their fraction.
	 */
	private static final Pattern WITH_TIME = Pattern.compile(
			"(\\S+)[ T](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?\\s*(?:Z|[+-]\\d{2}(?::?\\d{2})?)?");

	/**
	 * A year as a number cell exports it: four digits ({@code 1994}), with a thousands separator ({@code 1.994} as
	 * Turkish writes it, {@code 1,994} as English does), or with a decimal part of zeros ({@code 1994,0},
	 * {@code 1994.0}). Its digits, without the separator, are the first group and the second.
	 */
	private static final Pattern YEAR = Pattern.compile("(\\d)[.,]?(\\d{3})(?:[.,]0+)?");

	/** A number of five digits, as a date cell of the General format gives its day (32947 is 1990-03-15). */
	private static final Pattern SPREADSHEET_DAY = Pattern.compile("(\\d{5})(?:[.,]\\d+)?");

	Reading read(String dateText, String yearText, List<String> citizenship) {
		String country = citizenship.stream().filter(Calendars.SOLAR_HIJRI_COUNTRIES::contains).findFirst().orElse(null);
		List<RowMessage> notices = new ArrayList<>();
		LocalDate date = null;
		Integer typedYear = null;
		Integer yearOfDate = null;
		if (!dateText.isEmpty()) {
			String digits = asciiDigits(dateText);
			if (YEAR.matcher(digits).matches()) {
				// a year alone, as a file that knows no more writes it in the date column
				yearOfDate = year(digits, dateText, new CommandText.Column("birth_date"), country, notices);
			}
			else {
				String day = digits;
				Matcher withTime = WITH_TIME.matcher(digits);
				boolean timeOfDay = false;
				if (withTime.matches()) {
					if (!isTimeOfDay(withTime)) {
						return refused(badDate(dateText, digits));
					}
					day = withTime.group(1);
					timeOfDay = !isMidnight(withTime);
				}
				Matcher yearFirst = YEAR_FIRST.matcher(day);
				Matcher dayFirst = DAY_FIRST.matcher(day);
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
					return refused(badDate(dateText, digits));
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
				if (date != null && timeOfDay) {
					// a birth date has no time: one stored as a moment and moved by a time zone (1994-03-14T21:00 for
					// midnight of the 15th in Türkiye) is a day early, which its year rarely is
					notices.add(new RowMessage("matching.cli.row.dateWithTime", dateText, date.getYear()));
					yearOfDate = date.getYear();
					date = null;
				}
			}
		}
		Integer year = null;
		if (!yearText.isEmpty()) {
			String digits = asciiDigits(yearText);
			if (!YEAR.matcher(digits).matches()) {
				return refused(new RowMessage("matching.cli.row.badYear", yearText));
			}
			year = year(digits, yearText, new CommandText.Column("birth_year"), country, notices);
		}
		if (year != null && yearOfDate != null && !year.equals(yearOfDate)) {
			// two years and no date to say which: birth_year, the column meant for it
			notices.add(new RowMessage("matching.cli.row.yearOfDateDiffers", dateText, yearText));
		}
		if (year == null) {
			year = yearOfDate != null ? yearOfDate : typedYear;
		}
		if (date != null && year != null && date.getYear() != year) {
			// compared with the date, which says more; the year may be the one a document was issued in
			notices.add(new RowMessage("matching.cli.row.yearDiffers", yearText, dateText));
		}
		return new Reading(date, year, null, notices);
	}

	/**
	 * The Gregorian year a text matching {@link #YEAR} writes, of a Solar Hijri one for a citizen of {@code country},
	 * or null when nobody in a register is born in it; the conversions and what is left out said in {@code notices},
	 * naming {@code column}.
	 */
	private Integer year(String digits, String written, CommandText.Column column, String country,
			List<RowMessage> notices) {
		Matcher parts = YEAR.matcher(digits);
		parts.matches();
		int year = Integer.parseInt(parts.group(1) + parts.group(2));
		if (country != null && isSolarHijriYear(year)) {
			notices.add(new RowMessage("matching.cli.row.solarHijriYear", written, country,
					year + Calendars.SOLAR_HIJRI_OFFSET, column));
			year += Calendars.SOLAR_HIJRI_OFFSET;
		}
		else if (inWrongCentury(year)) {
			notices.add(new RowMessage("matching.cli.row.centuryYear", written, year + 100, column));
			year += 100;
		}
		if (!PersonRecord.isPossibleBirthYear(year, today)) {
			notices.add(new RowMessage("matching.cli.row.yearOutOfRange", written, column));
			return null;
		}
		return year;
	}

	/** Whether a time is one of a day: 00:00 to 23:59:59. */
	private static boolean isTimeOfDay(Matcher time) {
		return Integer.parseInt(time.group(2)) < 24 && Integer.parseInt(time.group(3)) < 60
				&& (time.group(4) == null || Integer.parseInt(time.group(4)) < 60);
	}

	/** Whether a time of day is midnight, which a date cell of a spreadsheet or a database exports with its date. */
	private static boolean isMidnight(Matcher time) {
		return Integer.parseInt(time.group(2)) == 0 && Integer.parseInt(time.group(3)) == 0
				&& (time.group(4) == null || Integer.parseInt(time.group(4)) == 0)
				&& (time.group(5) == null || time.group(5).chars().allMatch(c -> c == '0'));
	}

	/**
	 * Why a birth date that is no date is not read, as far as its form tells: the day and month of a date with slashes
	 * cannot be told apart, a two-digit year's century cannot be told, a month may be written as a word, a number
	 * may be a spreadsheet's day.
	 */
	private RowMessage badDate(String written, String digits) {
		RowMessage seen = null;
		Matcher number = SPREADSHEET_DAY.matcher(digits);
		String letters = digits.replaceAll("(?<=\\d)T(?=\\d)|(?<=\\d)Z$", "");
		if (number.matches() && Integer.parseInt(number.group(1)) <= ChronoUnit.DAYS.between(SPREADSHEET_EPOCH, today)) {
			LocalDate day = SPREADSHEET_EPOCH.plusDays(Integer.parseInt(number.group(1)));
			seen = new RowMessage("matching.cli.row.badDate.spreadsheetDay", day.toString());
		}
		else if (digits.contains("/")) {
			seen = new RowMessage("matching.cli.row.badDate.slashes");
		}
		else if (digits.matches("\\d{1,2}-\\d{1,2}-\\d{4}")) {
			seen = new RowMessage("matching.cli.row.badDate.dayFirstDashes");
		}
		else if (digits.matches("\\d{1,2}[.-]\\d{1,2}[.-]\\d{2}")) {
			seen = new RowMessage("matching.cli.row.badDate.twoDigitYear");
		}
		else if (letters.codePoints().anyMatch(Character::isLetter)) {
			seen = new RowMessage("matching.cli.row.badDate.letters");
		}
		else if (digits.contains(":")) {
			seen = new RowMessage("matching.cli.row.badDate.time");
		}
		return seen == null ? new RowMessage("matching.cli.row.badDate", written)
				: new RowMessage("matching.cli.row.badDateSeen", written, seen);
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
