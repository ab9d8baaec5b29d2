package org.opennrm.matching.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.opennrm.matching.Candidate;
import org.opennrm.matching.PersonIndex;
import org.opennrm.matching.PersonRecord;
import org.opennrm.matching.Sex;

@RestController
@RequestMapping("/api/v1/matching")
@Tag(name = "Matching", description = "Finding the same person among registered people, across scripts and spellings")
class MatchingApi {

	private final PersonIndex index;

	MatchingApi(PersonIndex index) {
		this.index = index;
	}

	/**
	 * The person asked about. Every field may be empty, but at least one name must be given.
	 *
	 * @param excludeId a registered person to leave out, e.g. the one being edited
	 * @param purpose why the search is made; kept in the audit trail
	 */
	record CandidateQuery(@Size(max = 200) String givenNames, @Size(max = 200) String familyNames,
			@Size(max = 400) String fullNameOriginal, LocalDate birthDate,
			Integer birthYear,
			Sex sex,
			@Size(max = 5) List<@NotNull @Pattern(regexp = "^[A-Z]{3}$", message = "{matching.api.citizenship.alpha3}") String> citizenship,
			UUID excludeId, @Min(1) @Max(50) Integer limit, @Size(max = 300) String purpose) {

		@AssertTrue(message = "{matching.api.nameRequired}")
		boolean isNamed() {
			return hasText(givenNames) || hasText(familyNames) || hasText(fullNameOriginal);
		}

		/** A date of another calendar (the Solar Hijri 1373-05-12) or in the future would disagree with every real one. */
		@AssertTrue(message = "{matching.api.birthDate.range}")
		boolean isBirthDatePlausible() {
			return birthDate == null || PersonRecord.isPossibleBirthDate(birthDate, LocalDate.now());
		}

		/** A year before 1900 (the Solar Hijri 1373) or after this one would disagree with every real one, as a date would. */
		@AssertTrue(message = "{matching.api.birthYear.range}")
		boolean isBirthYearPlausible() {
			return birthYear == null || PersonRecord.isPossibleBirthYear(birthYear, LocalDate.now());
		}

		private static boolean hasText(String value) {
			return value != null && !value.isBlank();
		}

		PersonRecord toRecord() {
			return new PersonRecord(excludeId == null ? "query" : excludeId.toString(), givenNames, familyNames,
					fullNameOriginal, birthDate, birthYear, sex, citizenship == null ? List.of() : citizenship);
		}

	}

	/** A candidate: the registered person's id, the score, the decision and the reasons in the caller's language. */
	record CandidateView(UUID id, double score, String decision, String explanation) {
	}

	record Candidates(List<CandidateView> candidates) {
	}

	@PreAuthorize("hasAuthority('MATCH_QUERY')")
	@PostMapping("/candidates")
	@Operation(summary = "Registered people in your scope who may be the same person",
			description = "Answers MATCH and POSSIBLE candidates, best first. Names are never returned; each candidate shown is recorded in the audit trail.")
	Candidates candidates(@Valid @RequestBody CandidateQuery query, Locale locale) {
		int limit = query.limit() == null ? 10 : query.limit();
		List<Candidate> found = index.candidates(query.toRecord(), query.excludeId(), limit, query.purpose());
		return new Candidates(found.stream()
			.map(c -> new CandidateView(c.personId(), Math.round(c.score() * 1000) / 1000.0, c.decision().name(),
					c.explanation().render(locale)))
			.toList());
	}

}
