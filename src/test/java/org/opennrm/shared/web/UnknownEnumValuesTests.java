package org.opennrm.shared.web;

import static org.hamcrest.Matchers.containsString;
import static org.opennrm.TestTokens.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.opennrm.organisation.OrganisationFilter;
import org.opennrm.organisation.OrganisationManagement;

/** A value an enum field does not have is told together with the body's other errors, and is never read as none. */
@IntegrationTest
class UnknownEnumValuesTests {

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
	void aBadEnumValueAndAnEmptyNameAreBothReported() throws Exception {
		mvc.perform(post("/api/v1/organisations").with(bearer(adminToken)).param("lang", "en")
				.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"\", \"type\": \"NOPE\", \"email\": \"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.name").value("This field is required."))
			.andExpect(jsonPath("$.errors.type", containsString("not of the kind this field takes")))
			.andExpect(jsonPath("$.errors.email", containsString("e-mail")));
		mvc.perform(post("/api/v1/organisations").with(bearer(adminToken)).param("lang", "tr")
				.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Tek hata\", \"type\": \"NOPE\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.type", containsString("Bu değer bu alanın aldığı türden değil")))
			.andExpect(jsonPath("$.errors.length()").value(1));
	}

	@Test
	void anOptionalEnumWithABadValueIsRefusedNotLeftOut() throws Exception {
		String organisation = organisations.list(OrganisationFilter.all()).get(0).id().toString();
		mvc.perform(post("/api/v1/api-clients").with(bearer(adminToken)).param("lang", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Kapsam\", \"role\": \"AUDITOR\", \"scope\": \"EVERYWHERE\", \"organisationId\": \"%s\"}"
					.formatted(organisation)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.scope").exists())
			.andExpect(jsonPath("$.errors.length()").value(1));
	}

	@Test
	void aBodyThatIsNoObjectOrNoJsonFailsAtOnceAsBefore() throws Exception {
		mvc.perform(post("/api/v1/organisations").with(bearer(adminToken)).contentType(MediaType.APPLICATION_JSON)
				.content("[{\"name\": \"\", \"type\": \"NOPE\"}]"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/organisations").with(bearer(adminToken)).contentType(MediaType.APPLICATION_JSON)
				.content("{not json"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors").doesNotExist());
	}

}
