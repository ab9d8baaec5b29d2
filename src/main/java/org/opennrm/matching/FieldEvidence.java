package org.opennrm.matching;

import static org.opennrm.matching.ExplanationItem.note;
import static org.opennrm.matching.ExplanationItem.noteOf;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.opennrm.matching.internal.Calendars;

/**
 * The evidence of the fields beside the names: birth date, sex and citizenship. Their weights, in bits, are given
 * that the names were compared: a name already says much about sex and nationality, so agreeing on them adds little,
 * and disagreeing weighs less than it would between strangers. Fitted by logistic regression on the compared pairs of
 * generated registers (10,000 and 100,000 records; the two fits within a bit or so of each other), rounded. Any field
 * missing on either side weighs 0, and so does a citizenship that is a stateless person's or a refugee's on one side
 * ({@link #citizenship}).
 */
final class FieldEvidence {

	private FieldEvidence() {
	}

	static double birthDate(PreparedPerson a, PreparedPerson b, YearGaps yearGaps, List<ExplanationItem> reasons) {
		if (a.birthYear == null || b.birthYear == null) {
			noteOf(reasons, ExplanationItem.Whose.of(a.birthYear == null, b.birthYear == null), "birthMissing");
			return 0;
		}
		LocalDate x = a.birthDate;
		LocalDate y = b.birthDate;
		int years = Math.abs(a.birthYear - b.birthYear);
		if (x != null && y != null) {
			if (x.equals(y)) {
				if (firstOfJanuary(x)) {
					// written for "day unknown" by many registrations: shared by far more people than another day
					note(reasons, "birthSameFirstJanuary");
					return 7;
				}
				note(reasons, "birthSame");
				return 11;
			}
			if (firstOfJanuary(x) != firstOfJanuary(y) && years <= 1) {
				// 1 January is written for "day unknown" by one registrar while another, with the person's papers, has
				// the day; or it is the person's official date. Either way the day says nothing and the year counts,
				// half as much as a year written alone (+4 and +1.2): the generated registers, whose people keep one
				// date in every registration, fitted 0 for the same year; an independently written generator's
				// register, whose registrars write 1 January for a day they do not know, gained 2 points of MATCH F1
				// from +2 and 0 (docs/benchmarks.md)
				note(reasons, years == 0 ? "birthSameYear" : "birthYearOffByOne");
				return years == 0 ? 2 : 0;
			}
			if (x.getYear() == y.getYear() && x.getMonthValue() == y.getDayOfMonth() && x.getDayOfMonth() == y.getMonthValue()) {
				note(reasons, "birthDayMonthSwapped");
				return 9;
			}
			if (years == 1 && x.getMonthValue() == y.getMonthValue() && x.getDayOfMonth() == y.getDayOfMonth()) {
				note(reasons, "birthYearOffByOne");
				return 5.5;
			}
			if (digitsSwapped(a.birthYear, b.birthYear) && x.getMonthValue() == y.getMonthValue()
					&& x.getDayOfMonth() == y.getDayOfMonth()) {
				// "1987" typed "1978" with the day and month kept: a rare slip, and far rarer between strangers (one
				// day in 365, one year in forty)
				note(reasons, "birthYearDigitsSwapped");
				return 5.5;
			}
			if (Math.abs(ChronoUnit.DAYS.between(x, y)) == SPREADSHEET_1904_SHIFT) {
				// a workbook of the 1904 date system (old Mac spreadsheets) read as one of the 1900 system, or the
				// other way, when a ministry merges its legacy files: every date four years and a day off; between
				// strangers one pair of dates in several thousand, so weighed as the year's digits swapped
				note(reasons, "birthSpreadsheetShift");
				return 5.5;
			}
			if ((Calendars.solarHijriMonthDayKept(x, y) || Calendars.solarHijriMonthDayKept(y, x))
					&& Calendars.eitherIn(a.citizenship, b.citizenship, Calendars.SOLAR_HIJRI_COUNTRIES)) {
				// an Afghan or Iranian date turned Gregorian by its year alone, its Solar Hijri month and day kept
				// (1366-07-11, 3 October 1987, written 1987-07-11): between strangers whose years are within one, one
				// pair of dates in several hundred, so weighed as the other slips of a date
				note(reasons, "birthSolarHijriMonthDay");
				return 5.5;
			}
			if (years >= 2 && years <= BIRTHDAY_KEPT_GAP && x.getMonthValue() == y.getMonthValue()
					&& x.getDayOfMonth() == y.getDayOfMonth() && !firstOfJanuary(x) && !firstOfJuly(x)) {
				// the birthday kept and the year another: an age told differently at another registration (a minor
				// made older, an adult younger) moves the year and keeps the day, as does a slip of one digit ("1992"
				// typed "1995"). One pair of strangers in 365 shares a day, so the date counts neither for nor
				// against, where other dates this far apart weigh -10; but for the two days written for a day not
				// known. Measured on twelve registers: recall up to 0.5 points higher, none lower (docs/benchmarks.md)
				note(reasons, "birthSameDayOtherYear");
				return 0;
			}
			if (years == 0 && x.getMonthValue() == y.getMonthValue()) {
				note(reasons, "birthSameMonth");
				return 2;
			}
			if (years == 0) {
				note(reasons, "birthSameYearOnly");
				return -8;
			}
			if (ethiopianYear(a, b, years)) {
				note(reasons, "birthEthiopianYear");
				return 0;
			}
			note(reasons, "birthDiffers");
			// 1 January on either side: a year as soft as one written alone, weighed as the file shows (YearGaps)
			double soft = years >= 2 && (firstOfJanuary(x) || firstOfJanuary(y)) ? yearGaps.weight(years) : Double.NaN;
			return !Double.isNaN(soft) ? soft : years == 1 ? -4.5 : -10;
		}
		if (years == 0) {
			note(reasons, "birthSameYear");
			return 4;
		}
		if (years == 1) {
			note(reasons, "birthYearOffByOne");
			return 1.2;
		}
		if (digitsSwapped(a.birthYear, b.birthYear)) {
			// a rarer slip than a year off by one (+1.2), and one year in forty is the swap of another's: no evidence
			// for the same person, less against than another year
			note(reasons, "birthYearDigitsSwapped");
			return -4;
		}
		if (ethiopianYear(a, b, years)) {
			note(reasons, "birthEthiopianYear");
			return 0;
		}
		note(reasons, "birthDiffers");
		double soft = yearGaps.weight(years);
		return !Double.isNaN(soft) ? soft : years == 2 ? YearGaps.FITTED_TWO : YearGaps.FITTED_MORE;
	}

	/**
	 * Whether two years 7 or 8 apart may be one, the earlier of the Ethiopian calendar (whose year begins on 11 or
	 * 12 September, 7 or 8 years after the Gregorian one's), as an Ethiopian or Eritrean may give it: either record's
	 * citizenship is one of theirs. Counted neither for nor against, where years this far apart weigh -10.
	 */
	private static boolean ethiopianYear(PreparedPerson a, PreparedPerson b, int years) {
		return (years == 7 || years == 8)
				&& Calendars.eitherIn(a.citizenship, b.citizenship, Calendars.ETHIOPIAN_COUNTRIES);
	}

	/** 1 July: written for a day not known by registrations that take the middle of the year, as 1 January is. */
	static boolean firstOfJuly(LocalDate date) {
		return date.getMonthValue() == 7 && date.getDayOfMonth() == 1;
	}

	/** Days between a spreadsheet's 1900 and 1904 date systems: the same day number is 1,462 days apart in them. */
	static final long SPREADSHEET_1904_SHIFT = 1462;

	/** Two different years, one the other with two neighbouring digits swapped ("1987", "1978"; "2010", "2001"). */
	static boolean digitsSwapped(int a, int b) {
		// asked of every compared pair whose years differ by more than one: swapping two neighbouring digits changes a
		// number by a multiple of 9, which most pairs of years are not, so they are answered without writing digits out
		if (a == b || (a - b) % 9 != 0) {
			return false;
		}
		// digit by digit from the last, without writing them out: exactly two neighbours differ, each the other's
		int x = a;
		int y = b;
		int differing = 0;
		int at = 0;
		int lastDiffering = -1;
		int lowX = 0;
		int lowY = 0;
		while (x > 0 || y > 0) {
			if (x == 0 || y == 0) {
				return false; // not as many digits
			}
			int dx = x % 10;
			int dy = y % 10;
			if (dx != dy) {
				differing++;
				if (differing == 1) {
					lowX = dx;
					lowY = dy;
				}
				else if (differing > 2 || at != lastDiffering + 1 || dx != lowY || dy != lowX) {
					return false;
				}
				lastDiffering = at;
			}
			x /= 10;
			y /= 10;
			at++;
		}
		return differing == 2;
	}

	static final double SEX_DIFFERS = -4;

	/**
	 * The most years apart two dates with one birthday are still read as an age told differently or a slip of the
	 * year. Further apart, they are a parent and a child with one name (a "Mehmet Emin Karakoyunlu" of 1950 and his
	 * son of 1985), and weigh as other dates that far apart: on the benchmark's registers of 100,000 records the
	 * pairs with one birthday more than ten years apart that were MATCHes were one person in 16 of 64.
	 */
	static final int BIRTHDAY_KEPT_GAP = 10;

	static final double CITIZENSHIP_SHARED = 0.2;

	static final double CITIZENSHIP_DIFFERS = -2.5;

	static boolean firstOfJanuary(LocalDate date) {
		return date.getMonthValue() == 1 && date.getDayOfMonth() == 1;
	}

	static double sex(PreparedPerson a, PreparedPerson b, List<ExplanationItem> reasons) {
		if (a.sex == null || b.sex == null || a.sex == b.sex) {
			return 0;
		}
		note(reasons, "sexDiffers");
		return SEX_DIFFERS;
	}

	/**
	 * ICAO 9303's codes of a status, not of a country: a stateless person (XXA), a refugee under the 1951 Convention
	 * (XXB), another refugee (XXC). Shared, they agree as a country does.
	 */
	static final Set<String> STATUSES = Set.of("XXA", "XXB", "XXC");

	/**
	 * ICAO 9303's "nationality unspecified": no citizenship at all, so {@link PersonMatcher#prepare} leaves it out and
	 * it weighs as a citizenship missing, neither agreeing with another XXX nor differing from Syria.
	 */
	static final String UNSPECIFIED = "XXX";

	/**
	 * A shared citizenship, or none shared. Where one record holds no country, only a status ({@link #STATUSES}), and
	 * shares nothing with the other, they do not disagree: a stateless person or a refugee is registered by one agency
	 * as stateless and by another by the country of birth or of the papers once held (XXA and SYR), or as a refugee by
	 * one and stateless by the other (XXB and XXA, both may be true); counted as a citizenship missing, where two
	 * countries weigh {@link #CITIZENSHIP_DIFFERS}.
	 */
	static double citizenship(PreparedPerson a, PreparedPerson b, List<ExplanationItem> reasons) {
		if (a.citizenship.isEmpty() || b.citizenship.isEmpty()) {
			return 0;
		}
		for (String c : a.citizenship) {
			if (b.citizenship.contains(c)) {
				note(reasons, "citizenshipSame");
				return CITIZENSHIP_SHARED;
			}
		}
		if (STATUSES.containsAll(a.citizenship) || STATUSES.containsAll(b.citizenship)) {
			note(reasons, "citizenshipStatus");
			return 0;
		}
		note(reasons, "citizenshipDiffers");
		return CITIZENSHIP_DIFFERS;
	}

}
