package org.opennrm.matching.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opennrm.TestTokens.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import org.opennrm.IntegrationTest;
import org.opennrm.TestTokens;
import org.opennrm.identity.ApiClientManagement;
import org.opennrm.identity.IssuedApiClient;
import org.opennrm.identity.Role;
import org.opennrm.organisation.OrganisationManagement;

/**
 * A caller over its allowance of searches is recorded in the audit trail, where it was only logged: one
 * MATCH_SEARCH_REFUSED entry (a failure) for its first refusal of the minute, with what that search asked, and none for
 * those refused after it that minute, so that a caller cannot flood the trail. One search a minute here, so that no
 * search comes back to the caller while the test runs (with 120, one does every half second).
 */
@IntegrationTest
@TestPropertySource(properties = "opennrm.matching.api.searches-per-minute=1")
class SearchRefusalAuditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApiClientManagement clients;

	@Autowired
	OrganisationManagement organisations;

	@Test
	void theFirstRefusalOfAMinuteIsAuditedWithWhatItAskedAndTheNextFiftyAreNot() throws Exception {
		IssuedApiClient busy = TestTokens.issue(clients, organisations, Role.FOCAL_POINT, null);
		UUID caller = busy.client().id();
		search(busy.token(), "{\"givenNames\":\"Zahra\",\"familyNames\":\"Hosseini\",\"birthDate\":\"1990-01-01\"}")
			.andExpect(status().isOk());
		assertThat(refusals(caller)).isEmpty();

		search(busy.token(), "{\"givenNames\":\"ZAHRA\",\"familyNames\":\"HOSSEINI\",\"birthYear\":1990,\"sex\":\"F\","
				+ "\"purpose\":\"allowance test\"}").andExpect(status().isTooManyRequests());
		for (int i = 0; i < 50; i++) {
			search(busy.token(), "{\"givenNames\":\"Zahra\",\"familyNames\":\"Hosseini\",\"birthDate\":\"1990-01-%02d\"}"
				.formatted(i % 28 + 2)).andExpect(status().isTooManyRequests());
		}
		// the names' digest of the search that was answered: one name, however written
		String digest = jdbc.sql("select asked_names from audit_entry where action = 'MATCH_SEARCH' and actor_id = :id")
			.param("id", caller).query(String.class).single();
		assertThat(digest).matches("[0-9a-f]{8}");
		assertThat(refusals(caller)).singleElement(InstanceOfAssertFactories.STRING)
			.isEqualTo("FAILURE person allowance test names,birthYear,sex " + digest);

		// another caller is neither refused nor recorded so
		IssuedApiClient other = TestTokens.issue(clients, organisations, Role.FOCAL_POINT, null);
		search(other.token(), "{\"givenNames\":\"Zahra\"}").andExpect(status().isOk());
		assertThat(refusals(other.client().id())).isEmpty();
	}

	/** The caller's refusals in the trail: outcome, record type, purpose, fields asked and the names' digest. */
	private List<String> refusals(UUID caller) {
		return jdbc.sql("select concat_ws(' ', outcome, entity_type, purpose, asked_fields, asked_names) from audit_entry"
				+ " where action = 'MATCH_SEARCH_REFUSED' and actor_id = :id").param("id", caller).query(String.class).list();
	}

	private ResultActions search(String token, String body) throws Exception {
		return mvc.perform(post("/api/v1/matching/candidates").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

}
