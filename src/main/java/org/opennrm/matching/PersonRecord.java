package org.opennrm.matching;

import java.time.LocalDate;
import java.util.List;

/**
 * The fields of a person that matching compares. Every field but the id may be missing.
 *
 * @param fullNameOriginal the name as written in the person's own script or as one line, e.g. "محمد الحسن"
 * @param birthYear the year of birth when only the year is known (ignored when birthDate is given)
 * @param citizenship ISO 3166-1 alpha-3 codes
 */
public record PersonRecord(String id, String givenNames, String familyNames, String fullNameOriginal, LocalDate birthDate,
		Integer birthYear, Sex sex, List<String> citizenship) {

	public PersonRecord {
		citizenship = citizenship == null ? List.of() : List.copyOf(citizenship);
	}

	/** The year of birth, from the date or the year field. */
	public Integer effectiveBirthYear() {
		return birthDate != null ? Integer.valueOf(birthDate.getYear()) : birthYear;
	}

}
