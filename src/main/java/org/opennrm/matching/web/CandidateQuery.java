package org.opennrm.matching.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import org.opennrm.matching.PersonMatcher;
import org.opennrm.matching.PersonRecord;
import org.opennrm.matching.Sex;
import org.opennrm.reference.CountryList;
import org.opennrm.reference.ReferenceData;
import org.opennrm.shared.PlainText;
import org.opennrm.shared.RefuseUnknownFields;
import org.opennrm.shared.TextFolding;

/**
 * The person asked about. Every field may be empty, but a name must be given. A field the request does not have is
 * refused, so that a misspelt one does not change the search without a word.
 *
 * @param citizenship alpha-3 codes of the reference list, in any case ({@code afg} is AFG, as the bulk command reads
 *                    them): ISO 3166-1's, Kosovo's XKX (or RKS, which its passports write), and ICAO 9303's XXA,
 *                    XXB, XXC and XXX
 * @param excludeId a registered person to leave out, e.g. the one being edited
 * @param purpose why the search is made; kept in the audit trail, so text a person could have typed
 *                ({@link PlainText}), and not spaces alone
 */
@RefuseUnknownFields
@CandidateQuery.Checked
@Schema(description = "The person asked about. Every field may be empty, but at least one name must be given; "
		+ "a field not listed here is refused.")
record CandidateQuery(
		@Schema(description = "Given names as written, any script.") @Size(max = 200) String givenNames,
		@Schema(description = "Family names as written, any script.") @Size(max = 200) String familyNames,
		@Schema(description = "The whole name in one field, or in its original script.") @Size(max = 400) String fullNameOriginal,
		@Schema(description = "yyyy-mm-dd, a day of the Gregorian calendar from 1900-01-01 to today.", example = "1994-03-12")
		LocalDate birthDate,
		@Schema(description = "Four digits, from 1900 to this year (Gregorian); used when the date is not known.",
				minimum = "1900", example = "1994")
		Integer birthYear,
		@Schema(description = "M or F; E or K, as Turkish forms write them; X, U or empty when not known. Upper or lower case.",
				allowableValues = { "M", "F", "E", "K", "X", "U" }, example = "F")
		String sex,
		@ArraySchema(maxItems = 5, schema = @Schema(pattern = ALPHA3,
				description = "Alpha-3 code of the reference list (GET /api/v1/reference/countries), in any case: a "
						+ "country's (ISO 3166-1, and XKX for Kosovo, also as RKS, which its passports write), or ICAO "
						+ "9303's XXA (stateless), XXB (refugee, 1951 Convention), XXC (refugee, other) or XXX (nationality "
						+ "unspecified, which counts as no citizenship). XXA, XXB or XXC against a country's code counts "
						+ "neither for nor against: one person is often registered as stateless by one agency and by a "
						+ "country by another.",
				example = "AFG"))
		@Size(max = 5) List<@NotNull @Pattern(regexp = ALPHA3, message = "{matching.api.citizenship.alpha3}") String> citizenship,
		@Schema(description = "A registered person to leave out, e.g. the one being edited.") UUID excludeId,
		@Schema(description = "The most candidates to answer, 1 to 50.", defaultValue = "10") @Min(1) @Max(50) Integer limit,
		@Schema(description = "Why the search is made, e.g. a case or notification number; kept in the audit trail in "
				+ "clear, which auditors read: never a person's name, birth date or other personal data (one holding a word of "
				+ "the names searched for, or their date of birth, is refused). Text as typed: no control or "
				+ "text-direction characters, and not spaces alone.", example = "registration of notification 2026/0413")
		@Size(max = 300) @PlainText(label = "matching.api.purpose") String purpose) {

	static final String ALPHA3 = "^[A-Za-z]{3}$";

	PersonRecord toRecord() {
		return new PersonRecord(excludeId == null ? "query" : excludeId.toString(), givenNames, familyNames,
				fullNameOriginal, birthDate, birthYear, Sex.read(sex), codes(citizenship));
	}

	/**
	 * The citizenship codes as the reference data writes them, in capitals, a document's code as the list's (RKS is
	 * XKX, as the bulk command reads it).
	 */
	private static List<String> codes(List<String> citizenship) {
		return citizenship == null ? List.of()
				: citizenship.stream().map(code -> CountryList.listCode(code.toUpperCase(Locale.ROOT))).toList();
	}

	/** The rules over several fields, or that need the matching engine or the reference data. */
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = Check.class)
	@interface Checked {

		String message() default "";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	/**
	 * Each rule's message is keyed by its JSON field; the rule that a name be given by none ({@code ""} in the
	 * problem's {@code errors}), as it is no one field's.
	 */
	static final class Check implements ConstraintValidator<Checked, CandidateQuery> {

		private final PersonMatcher matcher;
		private final ReferenceData reference;

		Check(PersonMatcher matcher, ReferenceData reference) {
			this.matcher = matcher;
			this.reference = reference;
		}

		@Override
		public boolean isValid(CandidateQuery query, ConstraintValidatorContext context) {
			context.disableDefaultConstraintViolation();
			boolean valid = true;
			// what the engine takes for no name ("BİLİNMİYOR", "FNU", "X", an initial, "12345") would search on nothing
			PersonRecord names = new PersonRecord("query", query.givenNames, query.familyNames, query.fullNameOriginal,
					null, null, null, List.of());
			if (matcher.namesNoName(matcher.prepare(names))) {
				context.buildConstraintViolationWithTemplate("{matching.api.nameRequired}").addConstraintViolation();
				valid = false;
			}
			LocalDate today = LocalDate.now();
			// a date or year of another calendar (the Solar Hijri 1373-05-12) or to come disagrees with every real one
			if (query.birthDate != null && !PersonRecord.isPossibleBirthDate(query.birthDate, today)) {
				valid = refuse(context, "birthDate", "{matching.api.birthDate.range}");
			}
			if (query.birthYear != null && !PersonRecord.isPossibleBirthYear(query.birthYear, today)) {
				valid = refuse(context, "birthYear", "{matching.api.birthYear.range}");
			}
			// both given and not of one year: which one is wrong cannot be guessed, and the date alone was used
			if (query.birthDate != null && query.birthYear != null && query.birthDate.getYear() != query.birthYear
					&& PersonRecord.isPossibleBirthDate(query.birthDate, today)
					&& PersonRecord.isPossibleBirthYear(query.birthYear, today)) {
				valid = refuse(context, "birthYear", "{matching.api.birthYear.otherThanDate}");
			}
			if (!Sex.readable(query.sex)) {
				valid = refuse(context, "sex", "{matching.api.sex}");
			}
			String unknown = query.citizenship == null ? null : query.citizenship.stream()
				.filter(code -> code != null && code.matches(ALPHA3))
				.map(code -> code.toUpperCase(Locale.ROOT))
				.filter(code -> reference.country(code).isEmpty())
				.findFirst().orElse(null);
			if (unknown != null) {
				context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("countryCode", unknown);
				valid = refuse(context, "citizenship", "{matching.api.citizenship.unknown}");
			}
			// a purpose of spaces alone (or of invisible characters) says nothing in the audit trail; one that is no
			// plain text is told so by @PlainText
			if (query.purpose != null && PlainText.Check.allowed(query.purpose, false)
					&& query.purpose.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
							|| Character.getType(c) == Character.FORMAT)) {
				valid = refuse(context, "purpose", "{matching.api.purpose.blank}");
			}
			else if (query.purpose != null && (namesAPerson(query) || datesTheBirth(query))) {
				valid = refuse(context, "purpose", "{matching.api.purpose.personal}");
			}
			return valid;
		}

		/**
		 * Whether the purpose writes a word of the names searched for ("case of Fatma Hüseyni"), in any case and with
		 * or without the marks of its letters: the purpose is kept in the audit trail in clear, where a name would tie
		 * a person to the candidates shown. A word the engine takes for no name ("unknown", "FNU", an initial) is no
		 * person's.
		 */
		private boolean namesAPerson(CandidateQuery query) {
			Set<String> purpose = words(query.purpose);
			for (String name : List.of(nullToEmpty(query.givenNames), nullToEmpty(query.familyNames),
					nullToEmpty(query.fullNameOriginal))) {
				for (String word : name.split("[^\\p{L}\\p{M}]+")) {
					if (word.codePointCount(0, word.length()) >= 2 && purpose.contains(TextFolding.fold(word))
							&& !matcher.namesNoName(matcher.prepare(new PersonRecord("purpose", word, null, null, null,
									null, null, List.of())))) {
						return true;
					}
				}
			}
			return false;
		}

		/** Whether the purpose writes the date of birth searched for, day, month and year, in any usual order. */
		private static boolean datesTheBirth(CandidateQuery query) {
			if (query.birthDate == null) {
				return false;
			}
			LocalDate birth = query.birthDate;
			java.util.regex.Matcher date = WRITTEN_DATE.matcher(query.purpose);
			while (date.find()) {
				int a = Integer.parseInt(date.group(1));
				int b = Integer.parseInt(date.group(2));
				int c = Integer.parseInt(date.group(3));
				boolean yearFirst = a == birth.getYear() && b == birth.getMonthValue() && c == birth.getDayOfMonth();
				boolean dayFirst = c == birth.getYear() && b == birth.getMonthValue() && a == birth.getDayOfMonth();
				boolean monthFirst = c == birth.getYear() && a == birth.getMonthValue() && b == birth.getDayOfMonth();
				if (yearFirst || dayFirst || monthFirst) {
					return true;
				}
			}
			return false;
		}

		/** Three numbers joined by dots, slashes, hyphens or spaces: 1994-03-12, 12.03.1994, 3/12/1994. */
		private static final java.util.regex.Pattern WRITTEN_DATE = java.util.regex.Pattern
			.compile("(?<!\\d)(\\d{1,4})[./\\- ](\\d{1,2})[./\\- ](\\d{1,4})(?!\\d)");

		private static Set<String> words(String text) {
			Set<String> words = new HashSet<>();
			for (String word : text.split("[^\\p{L}\\p{M}]+")) {
				if (!word.isEmpty()) {
					words.add(TextFolding.fold(word));
				}
			}
			return words;
		}

		private static String nullToEmpty(String text) {
			return text == null ? "" : text;
		}

		private static boolean refuse(ConstraintValidatorContext context, String field, String message) {
			context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
			return false;
		}

	}

}
