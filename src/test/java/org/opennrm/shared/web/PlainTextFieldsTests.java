package org.opennrm.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.opennrm.TestTokens.bearer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import org.opennrm.IntegrationTest;
import org.opennrm.SignIn;
import org.opennrm.TestTokens;
import org.opennrm.identity.ApiClientManagement;
import org.opennrm.identity.Role;
import org.opennrm.organisation.OrganisationFilter;
import org.opennrm.organisation.OrganisationManagement;

/** An API client's name and an account's, like an organisation's, are text a person typed: no NUL, no direction override. */
@IntegrationTest
class PlainTextFieldsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiClientManagement clients;

	@Autowired
	OrganisationManagement organisations;

	@Test
	void anApiClientsNameRefusesControlsOnTheScreenAndInTheApi() throws Exception {
		String organisation = organisations.list(OrganisationFilter.all()).get(0).id().toString();
		String token = TestTokens.issue(clients, organisations, Role.SYSTEM_ADMINISTRATOR);
		for (String name : new String[] { "Pano\\u0000", "Pano \\u202Eirkes" }) {
			mvc.perform(post("/api/v1/api-clients").with(bearer(token)).param("lang", "en")
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"name\": \"%s\", \"role\": \"ANALYST\", \"organisationId\": \"%s\"}".formatted(name, organisation)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors.name", containsString("\u201cName\u201d holds a character that cannot be saved")));
		}
		mvc.perform(post("/admin/api-clients").with(SignIn.as(mvc, "admin")).with(csrf()).param("lang", "tr")
				.param("name", "Pano\u0000").param("organisationId", organisation).param("role", "ANALYST")
				.param("scope", "NATIONAL"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\u201cAd\u201d alanında kaydedilemeyen bir karakter var")));
	}

	@Test
	void anAccountsNameAndEmailRefuseControlsOnTheScreenAndInTheApi() throws Exception {
		String organisation = organisations.list(OrganisationFilter.all()).get(0).id().toString();
		String token = TestTokens.issue(clients, organisations, Role.SYSTEM_ADMINISTRATOR);
		mvc.perform(post("/api/v1/users").with(bearer(token)).param("lang", "en").contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username": "plain.text.api", "fullName": "Ayse\\u0000", "email": "a\\u202Eb@egm.gov.tr",
						 "role": "ANALYST", "organisationId": "%s", "password": "sabah erken kalkan yol alır"}
						""".formatted(organisation)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.fullName", containsString("\u201cFull name\u201d holds a character that cannot be saved")))
			.andExpect(jsonPath("$.errors.email", containsString("\u201cE-mail\u201d holds a character that cannot be saved")));
		mvc.perform(post("/admin/users").with(SignIn.as(mvc, "admin")).with(csrf()).param("lang", "tr")
				.param("username", "plain.text.form").param("fullName", "Ayşe\u0000").param("organisationId", organisation)
				.param("role", "ANALYST").param("password", "sabah erken kalkan yol alır"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\u201cAdı soyadı\u201d alanında kaydedilemeyen bir karakter var")));
	}

	@Test
	void aMisspeltFieldOfANewClientOrAccountIsRefusedNotIgnored() throws Exception {
		String organisation = organisations.list(OrganisationFilter.all()).get(0).id().toString();
		String token = TestTokens.issue(clients, organisations, Role.SYSTEM_ADMINISTRATOR);
		// "expiresOn" is the screen's name: read as nothing, it issued a token that never expires
		mvc.perform(post("/api/v1/api-clients").with(bearer(token)).param("lang", "en").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Pano %s\", \"role\": \"ANALYST\", \"organisationId\": \"%s\", \"expiresOn\": \"2020-01-01\"}"
					.formatted(System.nanoTime(), organisation)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.expiresOn", containsString("There is no field of this name")));
		mvc.perform(post("/api/v1/users").with(bearer(token)).param("lang", "en").contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username": "misspelt.field", "fullName": "Ayşe Yılmaz", "role": "ANALYST", "organisationId": "%s",
						 "password": "sabah erken kalkan yol alır", "mustChangePassword": false}
						""".formatted(organisation)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.mustChangePassword", containsString("There is no field of this name")));
	}

	@Test
	void anAccountsNameIsStoredAsItReads() throws Exception {
		String organisation = organisations.list(OrganisationFilter.all()).get(0).id().toString();
		String token = TestTokens.issue(clients, organisations, Role.SYSTEM_ADMINISTRATOR);
		String username = "tidy." + System.nanoTime();
		mvc.perform(post("/api/v1/users").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username": "%s", "fullName": "  Ayşe    Yılmaz \\u200b ", "role": "ANALYST", "organisationId": "%s",
						 "password": "sabah erken kalkan yol alır"}
						""".formatted(username, organisation)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.fullName").value("Ayşe Yılmaz"));
	}

	/**
	 * A refused form shows what was typed, but a refused character as U+FFFD: a right-to-left override echoed into the
	 * page would reverse what follows it, and an invisible one would leave the person nothing to delete. Line breaks
	 * stay where a text area allows them.
	 */
	@Test
	void aRefusedFormShowsARefusedCharacterAsAReplacementNotAsTyped() throws Exception {
		String organisation = organisations.list(OrganisationFilter.all()).get(0).id().toString();
		String client = mvc.perform(post("/admin/api-clients").with(SignIn.as(mvc, "admin")).with(csrf())
				.param("lang", "en").param("name", "Pano \u202Eirkes\u0000").param("organisationId", organisation)
				.param("role", "ANALYST").param("scope", "NATIONAL"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(client).contains("value=\"Pano \uFFFDirkes\uFFFD\"").doesNotContain("\u202E").doesNotContain("\u0000");
		String account = mvc.perform(post("/admin/users").with(SignIn.as(mvc, "admin")).with(csrf()).param("lang", "en")
				.param("username", "echo.form").param("fullName", "Ayşe \u2066Yılmaz").param("email", "a\u202Eb@egm.gov.tr")
				.param("organisationId", organisation).param("role", "ANALYST").param("password", "sabah erken kalkan yol alır"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(account).contains("value=\"Ayşe \uFFFDYılmaz\"").contains("value=\"a\uFFFDb@egm.gov.tr\"")
			.doesNotContain("\u2066").doesNotContain("\u202E");
		String place = mvc.perform(post("/admin/organisations").with(SignIn.as(mvc, "admin")).with(csrf())
				.param("lang", "en").param("name", "Yankı Derneği " + System.nanoTime()).param("type", "NGO")
				.param("address", "Haliliye\r\n\u202EŞanlıurfa").param("phone", "+90\u0000414"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(place).contains("Haliliye\r\n\uFFFDŞanlıurfa</textarea>").contains("value=\"+90\uFFFD414\"")
			.doesNotContain("\u202E").doesNotContain("\u0000");
	}

	@Test
	void theReplacementShownIsRefusedInItsTurn() throws Exception {
		String organisation = organisations.list(OrganisationFilter.all()).get(0).id().toString();
		mvc.perform(post("/admin/api-clients").with(SignIn.as(mvc, "admin")).with(csrf()).param("lang", "en")
				.param("name", "Pano \uFFFDirkes").param("organisationId", organisation).param("role", "ANALYST")
				.param("scope", "NATIONAL"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\u201cName\u201d holds a character that cannot be saved")));
	}

}
