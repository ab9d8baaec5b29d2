package org.opennrm.matching;

import java.time.LocalDate;
import java.util.List;

/**
 * The fields of a person that matching compares. Every field but the id may be missing.
 *
 * @param fullNameOriginal the name as written in the person's own script or as one line, e.g. "محمد الحسن"
 * @param birthYear the year of birth when only the year is known (ignored when birthDate is given)
 * @param citizenship alpha-3 codes of the reference list (ISO 3166-1's, Kosovo's XKX, ICAO's XXA to XXX)
 */
public record PersonRecord(String id, String givenNames, String familyNames, String fullNameOriginal, LocalDate birthDate,
		Integer birthYear, Sex sex, List<String> citizenship) {

	public PersonRecord {
		citizenship = citizenship == null ? List.of() : List.copyOf(citizenship);
	}

	/**
	 * What systems write for a birth date nobody entered: 1 January 1900 (the year alone, 1900, too). Nobody in the
	 * caseload was born then; read as a date, it disagreed with every real one. On the second independently written
	 * register (docs/benchmarks.md) 13 of 109 true pairs with it were found.
	 */
	static final LocalDate PLACEHOLDER_DATE = LocalDate.of(1900, 1, 1);

	/**
	 * The first year anyone in a register can have been born in: an earlier date or year is a slip, or a year of
	 * another calendar (the Solar Hijri 1373).
	 */
	public static final int FIRST_BIRTH_YEAR = 1900;

	/** Whether someone in a register can have been born on this day: from {@link #FIRST_BIRTH_YEAR} to today. */
	public static boolean isPossibleBirthDate(LocalDate date, LocalDate today) {
		return date.getYear() >= FIRST_BIRTH_YEAR && !date.isAfter(today);
	}

	/** Whether someone in a register can have been born in this year: from {@link #FIRST_BIRTH_YEAR} to today's. */
	public static boolean isPossibleBirthYear(int year, LocalDate today) {
		return year >= FIRST_BIRTH_YEAR && year <= today.getYear();
	}

	/** The date of birth, unless it is the {@link #PLACEHOLDER_DATE}. */
	public LocalDate knownBirthDate() {
		return PLACEHOLDER_DATE.equals(birthDate) ? null : birthDate;
	}

	/** The year of birth, from the known date or the year field (not the placeholder's year alone). */
	public Integer effectiveBirthYear() {
		LocalDate date = knownBirthDate();
		if (date != null) {
			return date.getYear();
		}
		return birthYear == null || birthYear == PLACEHOLDER_DATE.getYear() ? null : birthYear;
	}

}
