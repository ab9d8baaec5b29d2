package org.opennrm.matching.internal;

import java.time.LocalDate;
import java.time.temporal.JulianFields;
import java.util.Collection;
import java.util.Set;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * The calendars besides the Gregorian one that birth dates in a register come from: the Solar Hijri calendar, the
 * civil calendar of Iran and Afghanistan, whose year begins on 20 or 21 March and is the Gregorian one less 621;
 * and the Ethiopian calendar, the civil calendar of Ethiopia and in everyday use in Eritrea, whose year begins on 11
 * or 12 September and is the Gregorian one less 7 or 8. Conversions are ICU's.
 */
public final class Calendars {

	/** Citizenships whose documents write Solar Hijri dates (ISO 3166-1 alpha-3). */
	public static final Set<String> SOLAR_HIJRI_COUNTRIES = Set.of("AFG", "IRN");

	/** Citizenships whose people may give a year of the Ethiopian calendar (ISO 3166-1 alpha-3). */
	public static final Set<String> ETHIOPIAN_COUNTRIES = Set.of("ETH", "ERI");

	/** The Solar Hijri year that begins in the Gregorian year {@code y}, on 20 or 21 March, is {@code y - 621}. */
	public static final int SOLAR_HIJRI_OFFSET = 621;

	/** The first and last day whose Solar Hijri month and day are kept ({@link #solarHijriMonthDay}): 1900 to 2099. */
	private static final long FIRST_DAY = LocalDate.of(1900, 1, 1).toEpochDay();

	private static final int DAYS = (int) (LocalDate.of(2100, 1, 1).toEpochDay() - FIRST_DAY);

	/**
	 * The Solar Hijri month × 100 + day of each day from 1900 on, filled as asked: 0 where not yet worked out. Two
	 * threads that work out the same day write the same number, so the table needs no lock.
	 */
	private static final short[] MONTH_DAYS = new short[DAYS];

	private Calendars() {
	}

	/** Whether either set of citizenships holds one of {@code countries}. */
	public static boolean eitherIn(Collection<String> a, Collection<String> b, Set<String> countries) {
		for (String c : a) {
			if (countries.contains(c)) {
				return true;
			}
		}
		for (String c : b) {
			if (countries.contains(c)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The Gregorian date of a Solar Hijri one (ICU's calendar, as Iran and Afghanistan reckon it), or null if no such
	 * day.
	 */
	public static LocalDate solarHijriDate(int year, int month, int day) {
		PersianCalendar calendar = new PersianCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
		calendar.setLenient(false);
		calendar.clear();
		calendar.set(year, month - 1, day);
		try {
			return LocalDate.MIN.with(JulianFields.JULIAN_DAY, calendar.get(Calendar.JULIAN_DAY));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * Whether {@code written} is {@code date} with its Solar Hijri month and day and a Gregorian year: a tazkira's
	 * 1366-07-11 (3 October 1987) turned into a Gregorian date by adding 621 to the year alone, 1987-07-11. The year
	 * so written is the Gregorian one of the date, or the one before for a date before 21 March; 622 added gives the
	 * one after or the same. So the years may be one apart either way, as long as the month and day are the Solar
	 * Hijri ones.
	 */
	public static boolean solarHijriMonthDayKept(LocalDate date, LocalDate written) {
		// a Solar Hijri month begins between the 19th and the 23rd of a Gregorian one, two or three months after it:
		// most pairs of dates are answered without converting either
		int ahead = Math.floorMod(date.getMonthValue() - written.getMonthValue(), 12);
		int years = written.getYear() - date.getYear();
		if (ahead != 2 && ahead != 3 || years < -1 || years > 1) {
			return false;
		}
		int monthDay = solarHijriMonthDay(date);
		return monthDay != 0 && written.getMonthValue() == monthDay / 100 && written.getDayOfMonth() == monthDay % 100;
	}

	/** The Solar Hijri month × 100 + day of a Gregorian date from 1900 to 2099, or 0 outside them. */
	static int solarHijriMonthDay(LocalDate date) {
		long at = date.toEpochDay() - FIRST_DAY;
		if (at < 0 || at >= DAYS) {
			return 0;
		}
		int known = MONTH_DAYS[(int) at];
		if (known != 0) {
			return known;
		}
		PersianCalendar calendar = new PersianCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
		calendar.clear();
		calendar.set(Calendar.JULIAN_DAY, (int) date.getLong(JulianFields.JULIAN_DAY));
		int monthDay = (calendar.get(Calendar.MONTH) + 1) * 100 + calendar.get(Calendar.DAY_OF_MONTH);
		MONTH_DAYS[(int) at] = (short) monthDay;
		return monthDay;
	}

}
