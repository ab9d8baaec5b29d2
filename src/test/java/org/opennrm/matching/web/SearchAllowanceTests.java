package org.opennrm.matching.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.opennrm.TestTokens.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import org.opennrm.IntegrationTest;
import org.opennrm.TestTokens;
import org.opennrm.identity.ApiClientManagement;
import org.opennrm.identity.IssuedApiClient;
import org.opennrm.identity.Role;
import org.opennrm.organisation.OrganisationManagement;

/**
 * One caller's candidate searches through the API, at most {@code opennrm.matching.api.searches-per-minute} a minute
 * (120): the security test made 200 in 12 s with one token, each confirming or not a guessed name and birth date.
 * Beyond it, 429 with when to try again, in the caller's language; other callers are not concerned.
 */
@IntegrationTest
class SearchAllowanceTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String QUERY = """
			{"givenNames":"Fatma","familyNames":"Hüseyni","birthYear":1994,"purpose":"allowance test"}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	SearchAllowance allowance;

	@Autowired
	ApiClientManagement clients;

	@Autowired
	OrganisationManagement organisations;

	@Test
	void aCallerBeyondTheAllowanceIsAnswered429WithWhenToTryAgain() throws Exception {
		IssuedApiClient busy = TestTokens.issue(clients, organisations, Role.FOCAL_POINT, null);
		String other = TestTokens.issue(clients, organisations, Role.FOCAL_POINT);
		search(busy.token(), "en").andExpect(status().isOk());
		// the rest of the minute's allowance, taken as 119 searches would take it, and what came back meanwhile (one
		// search every half second: a first search in a new context can take longer than that)
		int taken = 0;
		while (allowance.take(busy.client().id(), "test").isEmpty()) {
			taken++;
		}
		assertThat(taken).isBetween(119, 125);

		search(busy.token(), "en").andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", matchesPattern("[1-9][0-9]*")))
			.andExpect(jsonPath("$.title").value("Too many requests"))
			.andExpect(jsonPath("$.detail").value(containsString("wait a little")));
		search(busy.token(), "tr").andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.title").value("Çok fazla istek"));
		search(other, "en").andExpect(status().isOk());

		// the header as the description declares it, on this operation alone: no other sends a 429
		JsonNode api = JSON.readTree(mvc.perform(get("/api/v1/openapi").with(bearer(other))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		JsonNode declared = api.at("/paths/~1api~1v1~1matching~1candidates/post/responses/429/headers/Retry-After");
		assertThat(declared.at("/schema/type").asString()).isEqualTo("integer");
		assertThat(declared.at("/schema/minimum").asInt()).isEqualTo(1);
		List<String> tooMany = new ArrayList<>();
		for (var path : api.path("paths").properties()) {
			path.getValue().properties().forEach(operation -> {
				if (operation.getValue().at("/responses").has("429")) {
					tooMany.add(operation.getKey() + " " + path.getKey());
				}
			});
		}
		assertThat(tooMany).containsExactly("post /api/v1/matching/candidates");
	}

	@Test
	void theAllowanceIsTheWholeMinutesAtOnceThenOneMoreEverySixtiethOfAMinute() {
		SearchAllowance three = new SearchAllowance(3, new SimpleMeterRegistry());
		UUID caller = UUID.randomUUID();
		for (int i = 0; i < 3; i++) {
			assertThat(three.take(caller, "test")).isEmpty();
		}
		var refused = three.take(caller, "test");
		assertThat(refused).isPresent();
		assertThat(refused.get().retryAfterSeconds()).as("seconds to the next search: one comes back every 20 s")
			.isBetween(1L, 21L);
		assertThat(refused.get().firstThisMinute()).isTrue();
		assertThat(three.take(caller, "test")).get().extracting(SearchAllowance.Refusal::firstThisMinute).isEqualTo(false);
		assertThat(three.take(UUID.randomUUID(), "test")).isEmpty();
		assertThatThrownBy(() -> new SearchAllowance(0, new SimpleMeterRegistry())).hasMessageContaining("searches-per-minute");
	}

	private ResultActions search(String token, String language) throws Exception {
		return mvc.perform(post("/api/v1/matching/candidates").with(bearer(token)).param("lang", language)
			.contentType(MediaType.APPLICATION_JSON).content(QUERY));
	}

}
