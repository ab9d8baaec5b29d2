package org.opennrm.matching.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.opennrm.identity.CurrentUser;
import org.opennrm.matching.CandidateSearch;
import org.opennrm.matching.PersonIndex;

@RestController
@RequestMapping("/api/v1/matching")
@Tag(name = "Matching", description = "Finding the same person among registered people, across scripts and spellings")
class MatchingApi {

	private final PersonIndex index;
	private final SearchAllowance allowance;

	MatchingApi(PersonIndex index, SearchAllowance allowance) {
		this.index = index;
		this.allowance = allowance;
	}

	/** The problem details every refusal is written in (shared.web.OpenApiConfiguration). */
	private static final String PROBLEM = "#/components/schemas/Problem";

	/** A candidate: the registered person's id, the score, the decision and the reasons in the caller's language. */
	record CandidateView(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID id,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0", maximum = "1", description = """
					How likely the two are one person, cut to three decimals; a pair held back from MATCH (twins, \
					a record naming one name only) is scored just below the MATCH limit""") double score,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = { "MATCH", "POSSIBLE" }) String decision,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = """
					The reasons, in the language of Accept-Language""") String explanation) {
	}

	/**
	 * The candidates, and how many possible candidates could not be read back on this server (their encryption key is
	 * not configured here, or their record is damaged): when that is not 0, the person may be registered all the same.
	 */
	record Candidates(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<CandidateView> candidates,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Possible candidates that could not be read back on this server, and so were not compared:"
					+ " when not 0, the person may be registered all the same (tell the system administrator)") int unreadable) {
	}

	@PreAuthorize("hasAuthority('MATCH_QUERY')")
	// JSON only, decided before the search: a client that accepts none is answered 406 with nothing searched, where the
	// search was made, audited and taken from the allowance, and its answer then not given
	@PostMapping(path = "/candidates", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Registered people in your scope who may be the same person",
			description = "Answers MATCH and POSSIBLE candidates, best first. Names are never returned. The search is recorded in the audit trail"
					+ " with the fields it gave and a keyed digest of its names, never their values, and each candidate shown with it.")
	@ApiResponse(responseCode = "200", description = "The candidates, best first (none found: an empty list)",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Candidates.class)))
	@ApiResponse(responseCode = "400", description = """
			A value to correct: `errors` maps each field at fault, by its name in the request (`birthYear`, \
			`citizenship`, an unknown field's own name), to one message in the caller's language; `""` holds the \
			rule that at least one name be given. JSON that is not well-formed names no field, but its `line` and \
			`column`; a body that is empty, `null` or no JSON object (an array of people) names none either: its \
			`detail` says what to send.""",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = PROBLEM)))
	@ApiResponse(responseCode = "401", description = "Not signed in, and no valid API token",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = PROBLEM)))
	@ApiResponse(responseCode = "403", description = """
			The caller's role may not search: only a focal point (the people of its province) and an NRM coordinator \
			(everyone) may; a service provider's or a frontline reporter's client is refused.""",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = PROBLEM)))
	@ApiResponse(responseCode = "406", description = """
			A call that does not accept `application/json` (`Accept: application/xml`): answered with no body, before \
			anything is searched.""", content = @Content)
	@ApiResponse(responseCode = "413", description = "A body longer than `opennrm.api.max-request-size` (256 KB unless configured)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = PROBLEM)))
	@ApiResponse(responseCode = "415", description = "A body that is not sent as `application/json` in UTF-8",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = PROBLEM)))
	@ApiResponse(responseCode = "429", description = """
			More searches than one caller may make in a minute (`opennrm.matching.api.searches-per-minute`, 120 unless \
			configured, on each server); `Retry-After` says in how many seconds the next one is allowed. The first \
			refusal of each minute is recorded in the audit trail with the fields it gave, as a search is.""",
			headers = @Header(name = HttpHeaders.RETRY_AFTER, description = "In how many seconds the next search is allowed",
					schema = @Schema(type = "integer", minimum = "1")),
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = PROBLEM)))
	Candidates candidates(@Valid @RequestBody CandidateQuery query, Locale locale) {
		CurrentUser caller = CurrentUser.require();
		// taken once the body is read and checked: the refusal's entry records what its search asked
		allowance.take(caller.id(), caller.username()).ifPresent(refusal -> {
			if (refusal.firstThisMinute()) {
				index.searchRefused(query.toRecord(), query.purpose());
			}
			ErrorResponseException refused = new ErrorResponseException(HttpStatus.TOO_MANY_REQUESTS);
			refused.getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(refusal.retryAfterSeconds()));
			throw refused;
		});
		int limit = query.limit() == null ? 10 : query.limit();
		CandidateSearch found = index.search(query.toRecord(), query.excludeId(), limit, query.purpose());
		return new Candidates(found.candidates().stream()
			// cut, not rounded, to three decimals: a POSSIBLE held just below the MATCH limit (0.4999) never shows it
			.map(c -> new CandidateView(c.personId(), Math.floor(c.score() * 1000) / 1000.0, c.decision().name(),
					c.explanation().render(locale)))
			.toList(), found.unreadable());
	}

}
