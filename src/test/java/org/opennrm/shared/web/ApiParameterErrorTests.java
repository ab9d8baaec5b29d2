package org.opennrm.shared.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
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
import org.opennrm.SignIn;
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

	/**
	 * An enum's value is read in any case, on every API list as on the audit API's (one converter for all), and on the
	 * screens' filters; a value the enum does not have is still refused, naming the parameter.
	 */
	@Test
	void anEnumValueIsReadInAnyCaseAndAnUnknownOneIsStillRefused() throws Exception {
		for (String type : new String[] { "ngo", "Ngo", " NGO " }) {
			mvc.perform(get("/api/v1/organisations").with(bearer(token)).param("type", type))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[*].type", hasItem("NGO")))
				.andExpect(jsonPath("$[*].type", everyItem(is("NGO"))));
		}
		mvc.perform(get("/api/v1/users").with(bearer(token)).param("role", "auditor").param("scope", "national"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].role", hasItem("AUDITOR")))
			.andExpect(jsonPath("$[*].role", everyItem(is("AUDITOR"))));
		mvc.perform(get("/api/v1/organisations").with(bearer(token)).param("lang", "en").param("type", "ngos"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.type", startsWith("expected one of ")));
		mvc.perform(get("/api/v1/users").with(bearer(token)).param("lang", "tr").param("role", "denetçi"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.role", startsWith("şunlardan biri bekleniyor: ")));
		// the screens' filters read their own values the same way
		mvc.perform(get("/admin/organisations").with(SignIn.as(mvc, "admin")).param("type", "ngo"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"NGO\" selected=\"selected\"")));
		mvc.perform(get("/admin/users").with(SignIn.as(mvc, "admin")).param("role", "Auditor"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"AUDITOR\" selected=\"selected\"")));
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
