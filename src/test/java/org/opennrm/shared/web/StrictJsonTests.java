package org.opennrm.shared.web;

import static org.opennrm.TestTokens.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import org.opennrm.IntegrationTest;
import org.opennrm.TestTokens;
import org.opennrm.identity.ApiClientManagement;
import org.opennrm.identity.Role;
import org.opennrm.organisation.OrganisationFilter;
import org.opennrm.organisation.OrganisationManagement;

/** Every API reads JSON as it is written: a field given twice, or true for a text, is refused at its field. */
@IntegrationTest
class StrictJsonTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiClientManagement clients;

	@Autowired
	OrganisationManagement organisations;

	String adminToken;

	@BeforeEach
	void token() {
		adminToken = TestTokens.issue(clients, organisations, Role.SYSTEM_ADMINISTRATOR);
	}

	@Test
	void aFieldGivenTwiceIsRefusedNamingIt() throws Exception {
		send("/api/v1/organisations", "en", "{\"name\": \"Göç Derneği\", \"type\": \"NGO\", \"name\": \"Başka\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.name").value("This field is given more than once: give it once."))
			.andExpect(jsonPath("$.errors.length()").value(1));
		String organisation = organisations.list(OrganisationFilter.all()).get(0).id().toString();
		send("/api/v1/api-clients", "tr", """
				{"name": "Pano", "role": "ANALYST", "role": "AUDITOR", "organisationId": "%s"}""".formatted(organisation))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.role").value("Bu alan birden fazla kez verilmiş: bir kez verin."));
		// JSON that is not well-formed still names no field
		send("/api/v1/organisations", "en", "{\"name\": \"Göç Derneği\",, \"type\": \"NGO\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors").doesNotExist());
	}

	@Test
	void trueOrFalseIsNoText() throws Exception {
		send("/api/v1/organisations", "en", "{\"name\": true, \"type\": \"NGO\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.name").value("Give text here, in quotes."));
	}

	private ResultActions send(String path, String language, String body) throws Exception {
		return mvc.perform(post(path)
			.with(bearer(adminToken)).param("lang", language).contentType(MediaType.APPLICATION_JSON).content(body));
	}

}
