package org.opennrm.shared.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.opennrm.TestTokens.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import org.opennrm.IntegrationTest;
import org.opennrm.TestTokens;
import org.opennrm.identity.ApiClientManagement;
import org.opennrm.identity.Role;
import org.opennrm.organisation.OrganisationManagement;

/** A query or path parameter of the wrong kind is named, with what it takes; a body not in JSON is a 415. */
@IntegrationTest
class ApiParameterErrorTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiClientManagement clients;

	@Autowired
	OrganisationManagement organisations;

	String token;

	@BeforeEach
	void issue() {
		token = TestTokens.issue(clients, organisations, Role.SYSTEM_ADMINISTRATOR);
	}

	@Test
	void aParameterOfTheWrongKindIsNamedWithWhatItTakes() throws Exception {
		mvc.perform(get("/api/v1/organisations/abc").with(bearer(token)).param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", startsWith("id: expected an id as a UUID of 36 characters")))
			.andExpect(jsonPath("$.errors.id", startsWith("expected an id as a UUID")));
		mvc.perform(get("/api/v1/organisations").with(bearer(token)).param("lang", "en").param("type", "XX"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.type", startsWith("expected one of ")))
			.andExpect(jsonPath("$.errors.type", containsString("NGO")));
		mvc.perform(get("/api/v1/organisations").with(bearer(token)).param("lang", "tr").param("active", "maybe"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("active: true ya da false bekleniyor"))
			.andExpect(jsonPath("$.errors.active").value("true ya da false bekleniyor"));
	}

	@Test
	void aBodyThatIsNotJsonIsUnsupported() throws Exception {
		mvc.perform(post("/api/v1/organisations").with(bearer(token)).param("lang", "en")
				.contentType(MediaType.TEXT_PLAIN).content("name=x"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Send the request body as JSON (Content-Type: application/json)."));
	}

}
