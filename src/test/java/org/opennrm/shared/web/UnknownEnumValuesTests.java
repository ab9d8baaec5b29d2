package org.opennrm.shared.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;
import static org.opennrm.TestTokens.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
			.andExpect(jsonPath("$.errors.type", startsWith("Give one of these values, in upper or lower case: "
					+ "PMM_HEADQUARTERS, PROVINCIAL_MIGRATION_DIRECTORATE, POLICE,")))
			.andExpect(jsonPath("$.errors.email", containsString("e-mail")));
		mvc.perform(post("/api/v1/organisations").with(bearer(adminToken)).param("lang", "tr")
				.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Tek hata\", \"type\": \"NOPE\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.type", allOf(startsWith("Şu değerlerden birini büyük ya da küçük harfle girin: "),
					containsString(", NGO, "), endsWith(", CORPORATE_BUSINESS."))))
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
			.andExpect(jsonPath("$.errors.scope").value("Give one of these values, in upper or lower case: NATIONAL, "
					+ "PROVINCE, ORGANISATION, OWN."))
			.andExpect(jsonPath("$.errors.length()").value(1));
	}

	/** One rule for the whole API: a value of a list is read in a JSON body as in a query parameter, in any case. */
	@Test
	void aValueIsReadInAnyCaseAsInAQueryParameter() throws Exception {
		String organisation = organisations.list(OrganisationFilter.all()).get(0).id().toString();
		mvc.perform(post("/api/v1/api-clients").with(bearer(adminToken)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Küçük harf %s\", \"role\": \"analyst\", \"scope\": \" Province \", \"organisationId\": \"%s\"}"
					.formatted(System.nanoTime(), organisation)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.client.role").value("ANALYST"))
			.andExpect(jsonPath("$.client.scope").value("PROVINCE"));
		// as typed on a Turkish keyboard, with its dotted capital İ
		mvc.perform(post("/api/v1/organisations").with(bearer(adminToken)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Büyük harf %s\", \"type\": \"INTERNATİONAL_ORGANİSATİON\"}".formatted(System.nanoTime())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.type").value("INTERNATIONAL_ORGANISATION"));
		mvc.perform(get("/api/v1/openapi").with(bearer(adminToken)))
			.andExpect(jsonPath("$.info.description", containsString("in a query parameter and a JSON body alike")));
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
