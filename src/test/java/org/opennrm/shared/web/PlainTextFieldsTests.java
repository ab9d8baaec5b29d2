package org.opennrm.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.opennrm.TestTokens.bearer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.opennrm.IntegrationTest;
import org.opennrm.SignIn;
import org.opennrm.TestTokens;
import org.opennrm.identity.ApiClientManagement;
import org.opennrm.identity.Role;
import org.opennrm.organisation.OrganisationFilter;
import org.opennrm.organisation.OrganisationManagement;
import org.opennrm.shared.PlainText;

/**
 * An API client's name and an account's, like an organisation's, are text a person typed: no NUL, no direction
 * override; so are a user name, at sign-in too, and what is typed into a list's search box.
 */
@IntegrationTest
class PlainTextFieldsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiClientManagement clients;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	JdbcClient jdbc;

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
			.andExpect(content().string(containsString("\u201cAd soyad\u201d alanında kaydedilemeyen bir karakter var")));
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
		assertThat(place).contains("Haliliye\n\uFFFDŞanlıurfa</textarea>").contains("value=\"+90\uFFFD414\"")
			.doesNotContain("\u202E").doesNotContain("\u0000");
	}

	/**
	 * A user name holds none either: on the account form (shown back with U+FFFD, as the other fields), and at sign-in,
	 * where a NUL ended in a database error and an override, shown back in the form, reversed what followed it. No
	 * account has such a name: the sign-in page says what is wrong with it, and nothing is audited.
	 */
	@Test
	void aUserNameRefusesControlsOnTheAccountFormAndAtSignIn() throws Exception {
		String organisation = organisations.list(OrganisationFilter.all()).get(0).id().toString();
		String form = mvc.perform(post("/admin/users").with(SignIn.as(mvc, "admin")).with(csrf()).param("lang", "en")
				.param("username", "ayse‮yilmaz").param("fullName", "Ayşe Yılmaz").param("organisationId", organisation)
				.param("role", "ANALYST").param("password", "sabah erken kalkan yol alır"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(form).contains("\u201cUser name\u201d holds a character that cannot be saved")
			.contains("value=\"ayse\uFFFDyilmaz\"").doesNotContain("\u202E");

		long audited = auditEntries();
		for (String username : new String[] { "adm\u0000in", "admin\u202E", "\u2066admin" }) {
			MvcResult refused = mvc.perform(post("/login").with(csrf()).param("username", username)
					.param("password", SignIn.DEMO_PASSWORD))
				.andExpect(redirectedUrl("/login?error=username"))
				.andReturn();
			String page = mvc.perform(get("/login?error=username").param("lang", "tr")
					.cookie(refused.getResponse().getCookies()))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			assertThat(page).contains("\u201cKullanıcı adı\u201d alanında kaydedilemeyen bir karakter var")
				.contains("value=\"" + PlainText.Check.shown(username, false) + "\"")
				.doesNotContain("\u0000").doesNotContain("\u202E").doesNotContain("\u2066");
		}
		assertThat(auditEntries()).isEqualTo(audited);
	}

	/**
	 * A control character at either end of the user name typed at sign-in is refused as one in its middle: Spring
	 * Security's trim() took it away (with the spaces), and {@code admin} followed by a NUL signed in as admin. Spaces at
	 * either end are no part of the name, as before.
	 */
	@Test
	void aUserNameAtSignInRefusesControlsAtEitherEndAsInItsMiddle() throws Exception {
		long audited = auditEntries();
		for (String username : new String[] { "admin\u0000", "\u001badmin", "admin\u0007", "\tadmin\n", " admin\r" }) {
			MvcResult refused = mvc.perform(post("/login").with(csrf()).param("username", username)
					.param("password", SignIn.DEMO_PASSWORD))
				.andExpect(redirectedUrl("/login?error=username"))
				.andReturn();
			String page = mvc.perform(get("/login?error=username").param("lang", "en")
					.cookie(refused.getResponse().getCookies()))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			assertThat(page).contains("\u201cUser name\u201d holds a character that cannot be saved")
				.contains("value=\"" + PlainText.Check.shown(username.replaceAll("^ +| +$", ""), false) + "\"");
		}
		assertThat(auditEntries()).isEqualTo(audited);

		mvc.perform(post("/login").with(csrf()).param("username", "  admin ").param("password", SignIn.DEMO_PASSWORD))
			.andExpect(redirectedUrl("/"));
	}

	/** The search boxes of the lists too: the organisations' name, the audit trail's actor and record id. */
	@Test
	void aSearchBoxRefusesControlsAndSaysSo() throws Exception {
		String organisations = mvc.perform(get("/admin/organisations").with(SignIn.as(mvc, "admin")).param("lang", "en")
				.param("text", "Göç\u202E").param("province", "06"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(organisations).contains("\u201cName contains\u201d holds a character that cannot be saved")
			.contains("value=\"G&ouml;&ccedil;\uFFFD\"").doesNotContain("\u202E")
			.doesNotContain("No organisations").doesNotContain("Nothing found");
		RequestPostProcessor auditor = SignIn.as(mvc, "denetci");
		String trail = mvc.perform(get("/audit").with(auditor).param("lang", "tr").param("actor", "adm\u0000in"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(trail).contains("\u201cKim\u201d alanında kaydedilemeyen bir karakter var")
			.contains("value=\"adm\uFFFDin\"").doesNotContain("\u0000");
		mvc.perform(get("/audit").with(auditor).param("lang", "en").param("entityId", "\u2067abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\u201cRecord id\u201d holds a character that cannot be saved")));
		// what anyone types is searched for as before
		mvc.perform(get("/admin/organisations").with(SignIn.as(mvc, "admin")).param("lang", "en").param("text", "göç"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("holds a character"))))
			.andExpect(content().string(containsString("Göç İdaresi")));
	}

	private long auditEntries() {
		return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
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
