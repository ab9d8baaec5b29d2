package org.opennrm.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.opennrm.TestTokens.bearer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.opennrm.IntegrationTest;
import org.opennrm.SignIn;
import org.opennrm.TestTokens;
import org.opennrm.identity.internal.ApiClients;
import org.opennrm.identity.internal.ApiTokens;
import org.opennrm.shared.UserInputException;
import org.opennrm.organisation.Organisation;
import org.opennrm.organisation.OrganisationFilter;
import org.opennrm.organisation.OrganisationManagement;

@IntegrationTest
class UserApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiClientManagement clients;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	ApiClients apiClients;

	@Autowired
	JdbcClient jdbc;

	String adminToken;
	Organisation istanbul;
	/** Where the frontline reporters of these tests work: a role that a directorate of migration does not hold. */
	Organisation police;

	@BeforeEach
	void setUp() {
		adminToken = TestTokens.issue(clients, organisations, Role.SYSTEM_ADMINISTRATOR);
		istanbul = organisations.list(new OrganisationFilter("İstanbul İl Göç", null, null, null)).get(0);
		police = organisations.list(new OrganisationFilter("İstanbul Emniyet", null, null, null)).get(0);
	}

	private String body(String username, String email, String role, String scope, String password) {
		return """
				{"username": "%s", "fullName": "Mehmet Yılmaz", "email": "%s", "phone": "+905441234567",
				 "role": "%s", "scope": %s, "organisationId": "%s", "password": "%s"}"""
			.formatted(username, email, role, scope == null ? "null" : "\"" + scope + "\"", police.id(), password);
	}

	@Test
	void createsReadsAndChangesAccounts() throws Exception {
		String username = "mehmet." + System.nanoTime();
		String created = mvc.perform(post("/api/v1/users").with(bearer(adminToken)).contentType(MediaType.APPLICATION_JSON)
				.content(body(username, username + "@egm.gov.tr", "FRONTLINE_REPORTER", null, "sabah erken kalkan yol alır")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.username").value(username))
			.andExpect(jsonPath("$.scope").value("OWN"))
			.andExpect(jsonPath("$.email").value(username + "@egm.gov.tr"))
			.andExpect(jsonPath("$.phone").value("+905441234567"))
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(created, "$.id");

		mvc.perform(get("/api/v1/users").param("organisation", police.id().toString()).param("role", "FRONTLINE_REPORTER")
				.with(bearer(adminToken)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].username", hasItem(username)))
			.andExpect(content().string(not(containsString("@egm.gov.tr"))));
		mvc.perform(get("/api/v1/users/{id}", id).with(bearer(adminToken)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.email").value(username + "@egm.gov.tr"));

		mvc.perform(post("/api/v1/users/{id}/deactivate", id).with(bearer(adminToken)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));
		mvc.perform(post("/api/v1/users/{id}/activate", id).with(bearer(adminToken)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.active").value(true));
		mvc.perform(post("/api/v1/users/{id}/unlock", id).with(bearer(adminToken)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.locked").value(false));
		mvc.perform(post("/api/v1/users/{id}/unlock", UUID.randomUUID()).with(bearer(adminToken)))
			.andExpect(status().isNotFound());
	}

	@Test
	void changesAnAccountWithTheVersionLastRead() throws Exception {
		String username = "hatice." + System.nanoTime();
		String created = mvc.perform(post("/api/v1/users").with(bearer(adminToken)).contentType(MediaType.APPLICATION_JSON)
				.content(body(username, "", "FRONTLINE_REPORTER", null, "sabah erken kalkan yol alır")))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.mustChangePassword").value(true))
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(created, "$.id");
		String edit = """
				{"fullName": "Hatice Yılmaz", "email": "%s@egm.gov.tr", "phone": null, "role": "ANALYST",
				 "scope": "PROVINCE", "preferredLanguage": "tr"}""".formatted(username);

		mvc.perform(put("/api/v1/users/{id}", id).with(bearer(adminToken)).param("lang", "en")
				.contentType(MediaType.APPLICATION_JSON).content(edit))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("If-Match")));
		mvc.perform(put("/api/v1/users/{id}", id).with(bearer(adminToken)).header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON).content(edit))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.fullName").value("Hatice Yılmaz"))
			.andExpect(jsonPath("$.email").value(username + "@egm.gov.tr"))
			.andExpect(jsonPath("$.role").value("ANALYST"))
			.andExpect(jsonPath("$.scope").value("PROVINCE"))
			.andExpect(jsonPath("$.preferredLanguage").value("tr"))
			.andExpect(jsonPath("$.version").value(1));
		// a second change from the same reading: someone changed it since
		mvc.perform(put("/api/v1/users/{id}", id).with(bearer(adminToken)).header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON).content(edit))
			.andExpect(status().isConflict());
		mvc.perform(put("/api/v1/users/{id}", id).with(bearer(adminToken)).header("If-Match", "\"1\"").param("lang", "tr")
				.contentType(MediaType.APPLICATION_JSON).content(edit.replace("\"PROVINCE\"", "\"OWN\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.scope").value("Bu rol için bu yetki alanı seçilemez."));
		mvc.perform(put("/api/v1/users/{id}", UUID.randomUUID()).with(bearer(adminToken)).header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON).content(edit))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/users/{id}", id).with(bearer(adminToken)))
			.andExpect(header().string("ETag", "\"1\""));
	}

	@Test
	void aChangeTakesBackWhatWasReadButRefusesAMisspeltField() throws Exception {
		String username = "geri." + System.nanoTime();
		String id = created(username);
		String read = read(id);

		// what was read (its id, user name, organisation, state and version too, as the account has them), sent back
		// with a new name
		mvc.perform(put("/api/v1/users/{id}", id).with(bearer(adminToken)).header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON).content(read.replace("Mehmet Yılmaz", "Mehmet Yılmaz-Er")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.fullName").value("Mehmet Yılmaz-Er"))
			.andExpect(jsonPath("$.phone").value("+905441234567"))
			.andExpect(jsonPath("$.version").value(1));

		// a misspelt field would leave the phone as it was without a word: refused, naming it
		mvc.perform(put("/api/v1/users/{id}", id).with(bearer(adminToken)).header("If-Match", "\"1\"")
				.param("lang", "tr").contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"fullName": "Mehmet Yılmaz-Er", "role": "FRONTLINE_REPORTER", "phnoe": null}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.phnoe", containsString("Bu adda bir alan yok")));
		mvc.perform(get("/api/v1/users/{id}", id).with(bearer(adminToken)))
			.andExpect(jsonPath("$.phone").value("+905441234567"))
			.andExpect(jsonPath("$.version").value(1));
	}

	@Test
	void aReadOnlyFieldSentWithAnotherValueIsRefusedNamingTheWayToChangeIt() throws Exception {
		String username = "salt." + System.nanoTime();
		String id = created(username);
		String read = read(id);

		// "active": false would leave the account active while the caller believes it deactivated
		mvc.perform(put("/api/v1/users/{id}", id).with(bearer(adminToken)).header("If-Match", "\"0\"").param("lang", "en")
				.contentType(MediaType.APPLICATION_JSON).content(read.replace("\"active\":true", "\"active\":false")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors.active").value("Not changed here: deactivate the account with POST /api/v1/users/"
					+ id + "/deactivate, activate it with POST /api/v1/users/" + id + "/activate. Send it as it is (true), "
					+ "or leave it out."));
		// every field at fault is named, in the caller's language
		mvc.perform(put("/api/v1/users/{id}", id).with(bearer(adminToken)).header("If-Match", "\"0\"").param("lang", "tr")
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"fullName": "Mehmet Yılmaz", "role": "FRONTLINE_REPORTER", "username": "baska.ad", "locked": true,
						 "mustChangePassword": false, "organisationId": "%s"}""".formatted(police.id())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(3))
			.andExpect(jsonPath("$.errors.username", containsString("Kullanıcı adı değişmez: olduğu gibi (\"" + username
					+ "\") gönderin")))
			.andExpect(jsonPath("$.errors.locked", containsString("POST /api/v1/users/" + id + "/unlock")))
			.andExpect(jsonPath("$.errors.mustChangePassword", containsString("Olduğu gibi (true) gönderin")));
		mvc.perform(get("/api/v1/users/{id}", id).with(bearer(adminToken)))
			.andExpect(jsonPath("$.active").value(true))
			.andExpect(jsonPath("$.version").value(0));

		// the same values written otherwise are the same: an id in capitals, a null that is null
		mvc.perform(put("/api/v1/users/{id}", id).with(bearer(adminToken)).header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"id": "%s", "fullName": "Mehmet Yılmaz", "role": "FRONTLINE_REPORTER", "active": true,
						 "locked": false, "lockedUntil": null, "lastLoginAt": null, "version": 0}""".formatted(id.toUpperCase())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		// a time with another offset is the same time
		jdbc.sql("update app_user set locked_until = now() + interval '10 minutes' where id = :id")
			.param("id", UUID.fromString(id)).update();
		String locked = mvc.perform(get("/api/v1/users/{id}", id).with(bearer(adminToken)))
			.andExpect(jsonPath("$.locked").value(true)).andReturn().getResponse().getContentAsString();
		String until = JsonPath.read(locked, "$.lockedUntil");
		String inAnkara = java.time.Instant.parse(until).atOffset(java.time.ZoneOffset.ofHours(3)).toString();
		mvc.perform(put("/api/v1/users/{id}", id).with(bearer(adminToken)).header("If-Match", "\"1\"")
				.contentType(MediaType.APPLICATION_JSON).content(locked.replace(until, inAnkara)))
			.andExpect(status().isOk());
		// a change from an older reading is a conflict, whatever it sends
		mvc.perform(put("/api/v1/users/{id}", id).with(bearer(adminToken)).header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON).content(read.replace("\"active\":true", "\"active\":false")))
			.andExpect(status().isConflict());
	}

	/** A new frontline reporter's account, its id. */
	private String created(String username) throws Exception {
		return JsonPath.read(mvc.perform(post("/api/v1/users").with(bearer(adminToken)).contentType(MediaType.APPLICATION_JSON)
				.content(body(username, "", "FRONTLINE_REPORTER", null, "sabah erken kalkan yol alır")))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
	}

	/** The account as GET answers it. */
	private String read(String id) throws Exception {
		return mvc.perform(get("/api/v1/users/{id}", id).with(bearer(adminToken))).andReturn().getResponse()
			.getContentAsString();
	}

	private static org.springframework.test.web.servlet.result.ContentResultMatchers content() {
		return org.springframework.test.web.servlet.result.MockMvcResultMatchers.content();
	}

	@Test
	void badInputIsAProblemWithAnErrorPerField() throws Exception {
		mvc.perform(post("/api/v1/users").with(bearer(adminToken)).param("lang", "tr")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body("no spaces allowed", "x", "FOCAL_POINT", "PROVINCE", "sabah erken kalkan yol alır")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.username", containsString("yalnızca a–z harflerini")))
			.andExpect(jsonPath("$.errors.email", containsString("e-posta")));
		mvc.perform(post("/api/v1/users").with(bearer(adminToken)).param("lang", "tr")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body("ok." + System.nanoTime(), "", "ANALYST", "OWN", "sabah erken kalkan yol alır")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.scope").value("Bu rol için bu yetki alanı seçilemez."));
		mvc.perform(post("/api/v1/users").with(bearer(adminToken)).param("lang", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body("ok." + System.nanoTime(), "", "ANALYST", null, "too short")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.password", containsString("at least 12 characters")));
		// the body's full name is Mehmet Yılmaz
		mvc.perform(post("/api/v1/users").with(bearer(adminToken)).param("lang", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body("ok." + System.nanoTime(), "", "ANALYST", null, "sabah erken kalkan MEHMET")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.password", containsString("must not contain the account holder's name")));
		// guessable: what is wrong, and how to do better, in the caller's language
		mvc.perform(post("/api/v1/users").with(bearer(adminToken)).param("lang", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body("ok." + System.nanoTime(), "", "ANALYST", null, "P@ssw0rd2026")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.password", containsString("is among those used most often")));
		mvc.perform(post("/api/v1/users").with(bearer(adminToken)).param("lang", "tr")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body("ok." + System.nanoTime(), "", "ANALYST", null, "11111111111a")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.password", containsString("karakterleri sırayla birbirini izliyor ya da "
					+ "hepsi aynı")));
		mvc.perform(post("/api/v1/users").with(bearer(adminToken)).param("lang", "tr")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body("ok." + System.nanoTime(), "", "ANALYST", null, SignIn.DEMO_PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.password", containsString("demo hesaplarının herkese açık parolası")));
		mvc.perform(post("/api/v1/users").with(bearer(adminToken)).contentType(MediaType.APPLICATION_JSON)
				.content(body("ok." + System.nanoTime(), "", "KING", null, "sabah erken kalkan yol alır")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.role", allOf(containsString("FRONTLINE_REPORTER"),
					containsString("SYSTEM_ADMINISTRATOR"), not(containsString("INDEX_UPKEEP")),
					not(containsString("KEY_ROTATION")))));
	}

	/** A role the list filter does not know is refused naming the roles an account can have, not a system job's. */
	@Test
	void anUnknownRoleInTheListsFilterNamesTheRolesAnAccountCanHave() throws Exception {
		mvc.perform(get("/api/v1/users").with(bearer(adminToken)).param("lang", "en").param("role", "xyz"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.role").value("expected one of FRONTLINE_REPORTER, FOCAL_POINT, "
					+ "NRM_COORDINATOR, SERVICE_PROVIDER, PROSECUTION_LIAISON, PREVENTION_OFFICER, ANALYST, AUDITOR, "
					+ "SYSTEM_ADMINISTRATOR"));
	}

	@Test
	void aClientCannotChangeTheRoleScopePasswordOrActivationOfThePersonWhoIssuedIt() throws Exception {
		String username = "veren." + System.nanoTime();
		String password = "kendi parolam uzun ve gizli";
		UserAccount issuer = SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> users.create(new NewUser(
				username, "Veren Yönetici", null, null, Role.SYSTEM_ADMINISTRATOR, Scope.NATIONAL, istanbul.id(), password,
				null)));
		RequestPostProcessor session = SignIn.as(mvc, username, password);
		String own = issuedToken(post("/api/v1/api-clients").with(session).with(csrf()), "kendi anahtarım");
		// a client issued by that client: the person behind it is still the one who issued the first
		String issuedByOwn = issuedToken(post("/api/v1/api-clients").with(bearer(own)), "anahtarın anahtarı");
		assertThat(jdbc.sql("select created_by from api_client where token_hash = :hash")
			.param("hash", ApiTokens.hash(issuedByOwn)).query(UUID.class).single()).isEqualTo(issuer.id());
		String focalPoint = """
				{"fullName": "Veren Yönetici", "role": "FOCAL_POINT", "scope": "PROVINCE"}""";

		// as the person's own session is refused
		mvc.perform(put("/api/v1/users/{id}", issuer.id()).with(session).with(csrf()).header("If-Match", "\"0\"")
				.param("lang", "en").contentType(MediaType.APPLICATION_JSON).content(focalPoint))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.role").value("You cannot change your own role or scope. Another administrator can."));
		for (String token : new String[] { own, issuedByOwn }) {
			mvc.perform(put("/api/v1/users/{id}", issuer.id()).with(bearer(token)).header("If-Match", "\"0\"")
					.param("lang", "en").contentType(MediaType.APPLICATION_JSON).content(focalPoint))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors.role", containsString("cannot change the role, scope or password of the "
						+ "person who issued it")));
			mvc.perform(post("/api/v1/users/{id}/deactivate", issuer.id()).with(bearer(token)).param("lang", "tr"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail", containsString("kendisini oluşturan kişinin")));
		}
		// the screens alone set a password, where a token is not read; the service refuses it all the same
		CurrentUser client = apiClients.authenticate(ApiTokens.hash(own)).orElseThrow();
		SecurityContextHolder.getContext().setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(client, null, client.authorities()));
		try {
			assertThatThrownBy(() -> users.resetPassword(issuer.id(), new PasswordReset("yeni bir parola seçtim ben")))
				.isInstanceOfSatisfying(UserInputException.class,
						ex -> assertThat(ex.messageKey()).isEqualTo("user.issuerAccount"));
		}
		finally {
			SecurityContextHolder.clearContext();
		}

		// what the person may change on their own account, the client may too; and another administrator all of it
		mvc.perform(put("/api/v1/users/{id}", issuer.id()).with(bearer(own)).header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"fullName\": \"Veren Yönetici Kaya\", \"role\": \"SYSTEM_ADMINISTRATOR\"}"))
			.andExpect(status().isOk());
		// nor can it activate the person again once another administrator has deactivated them: it stops working then
		mvc.perform(post("/api/v1/users/{id}/deactivate", issuer.id()).with(bearer(adminToken)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));
		mvc.perform(post("/api/v1/users/{id}/activate", issuer.id()).with(bearer(own)))
			.andExpect(status().isUnauthorized());
		mvc.perform(put("/api/v1/users/{id}", issuer.id()).with(bearer(adminToken)).header("If-Match", "\"2\"")
				.contentType(MediaType.APPLICATION_JSON).content(focalPoint))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.role").value("FOCAL_POINT"));
		mvc.perform(post("/api/v1/users/{id}/activate", issuer.id()).with(bearer(adminToken)))
			.andExpect(status().isOk());
	}

	/**
	 * A client is its issuer's delegation: while the person who issued it is deactivated, or no longer a system
	 * administrator, it is refused (H1 of the security test: a deactivated administrator's token still created
	 * administrators), and so are the clients issued through it; it works again once they are an administrator again.
	 * A client issued by a system job has no person behind it, and is not concerned.
	 */
	@Test
	void aPersonsClientsAreRefusedWhileThePersonIsDeactivatedOrNoLongerAnAdministrator() throws Exception {
		String username = "ayrilan." + System.nanoTime();
		String password = "kendi parolam uzun ve gizli";
		UserAccount issuer = SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> users.create(new NewUser(
				username, "Ayrılan Yönetici", null, null, Role.SYSTEM_ADMINISTRATOR, Scope.NATIONAL, istanbul.id(), password,
				null)));
		RequestPostProcessor session = SignIn.as(mvc, username, password);
		String own = issuedToken(post("/api/v1/api-clients").with(session).with(csrf()), "ayrılanın anahtarı");
		String issuedByOwn = issuedToken(post("/api/v1/api-clients").with(bearer(own)), "anahtarın anahtarı");
		UUID ownId = jdbc.sql("select id from api_client where token_hash = :hash").param("hash", ApiTokens.hash(own))
			.query(UUID.class).single();
		for (String token : new String[] { own, issuedByOwn }) {
			mvc.perform(get("/api/v1/users").with(bearer(token))).andExpect(status().isOk());
		}

		mvc.perform(post("/api/v1/users/{id}/deactivate", issuer.id()).with(bearer(adminToken)))
			.andExpect(status().isOk());
		for (String token : new String[] { own, issuedByOwn }) {
			mvc.perform(get("/api/v1/users").with(bearer(token))).andExpect(status().isUnauthorized());
			mvc.perform(post("/api/v1/users").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
					.content(body("geri." + System.nanoTime(), "", "SYSTEM_ADMINISTRATOR", null, "geri dönen yönetici parolası")))
				.andExpect(status().isUnauthorized());
		}
		mvc.perform(get("/api/v1/api-clients/{id}", ownId).with(bearer(adminToken)).param("lang", "en"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ISSUER_INACTIVE"));
		mvc.perform(get("/api/v1/users").with(bearer(adminToken))).andExpect(status().isOk());

		// active again, but no longer an administrator: a person who could not issue the client now has none working
		mvc.perform(post("/api/v1/users/{id}/activate", issuer.id()).with(bearer(adminToken)))
			.andExpect(status().isOk());
		mvc.perform(put("/api/v1/users/{id}", issuer.id()).with(bearer(adminToken)).header("If-Match", "\"2\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"fullName\": \"Ayrılan Yönetici\", \"role\": \"ANALYST\", \"scope\": \"NATIONAL\"}"))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/users").with(bearer(own))).andExpect(status().isUnauthorized());
		mvc.perform(put("/api/v1/users/{id}", issuer.id()).with(bearer(adminToken)).header("If-Match", "\"3\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"fullName\": \"Ayrılan Yönetici\", \"role\": \"SYSTEM_ADMINISTRATOR\", \"scope\": \"NATIONAL\"}"))
			.andExpect(status().isOk());
		for (String token : new String[] { own, issuedByOwn }) {
			mvc.perform(get("/api/v1/users").with(bearer(token))).andExpect(status().isOk());
		}
	}

	/**
	 * Revoking a client revokes the clients it issued, and theirs, each an audit entry: whoever held a leaked token may
	 * have issued more with it. The client that issued it, and other clients of the same person, stay.
	 */
	@Test
	void revokingAClientRevokesTheClientsIssuedThroughIt() throws Exception {
		String username = "zincir." + System.nanoTime();
		String password = "kendi parolam uzun ve gizli";
		SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> users.create(new NewUser(username,
				"Zincir Yönetici", null, null, Role.SYSTEM_ADMINISTRATOR, Scope.NATIONAL, istanbul.id(), password, null)));
		RequestPostProcessor session = SignIn.as(mvc, username, password);
		String first = issuedToken(post("/api/v1/api-clients").with(session).with(csrf()), "birinci");
		String other = issuedToken(post("/api/v1/api-clients").with(session).with(csrf()), "öteki");
		String leaked = issuedToken(post("/api/v1/api-clients").with(bearer(first)), "sızan");
		String second = issuedToken(post("/api/v1/api-clients").with(bearer(leaked)), "ikinci");
		String third = issuedToken(post("/api/v1/api-clients").with(bearer(second)), "üçüncü");
		UUID leakedId = idOf(leaked);

		mvc.perform(post("/api/v1/api-clients/{id}/revoke", leakedId).with(bearer(adminToken)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REVOKED"));
		for (String token : new String[] { leaked, second, third }) {
			mvc.perform(get("/api/v1/users").with(bearer(token))).andExpect(status().isUnauthorized());
		}
		for (String token : new String[] { first, other }) {
			mvc.perform(get("/api/v1/users").with(bearer(token))).andExpect(status().isOk());
		}
		assertThat(jdbc.sql("""
				select entity_id || ' ' || coalesce(purpose, '-') from audit_entry
				 where action = 'API_CLIENT_REVOKED' and entity_id in (:ids) order by seq""")
			.param("ids", List.of(leakedId.toString(), idOf(second).toString(), idOf(third).toString()))
			.query(String.class).list())
			.containsExactlyInAnyOrder(leakedId + " -",
					idOf(second) + " issued by the revoked client " + leakedId + ", directly or through clients it issued",
					idOf(third) + " issued by the revoked client " + leakedId + ", directly or through clients it issued");
	}

	private UUID idOf(String token) {
		return jdbc.sql("select id from api_client where token_hash = :hash").param("hash", ApiTokens.hash(token))
			.query(UUID.class).single();
	}

	/**
	 * A lock set after wrong passwords (at the sign-in page, or at the check of the current password by someone at a
	 * session left open) is lifted by another administrator, or ends by itself: not by the person, in their session or
	 * through an API client they issued, which would let whoever is guessing go on.
	 */
	@Test
	void noOneLiftsTheLockOfTheirOwnAccountInPersonOrThroughAClientTheyIssued() throws Exception {
		String username = "kilitli." + System.nanoTime();
		String password = "kendi parolam uzun ve gizli";
		UserAccount issuer = SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> users.create(new NewUser(
				username, "Kilitli Yönetici", null, null, Role.SYSTEM_ADMINISTRATOR, Scope.NATIONAL, istanbul.id(),
				password, null)));
		RequestPostProcessor session = SignIn.as(mvc, username, password);
		String own = issuedToken(post("/api/v1/api-clients").with(session).with(csrf()), "kilitli anahtar");
		String issuedByOwn = issuedToken(post("/api/v1/api-clients").with(bearer(own)), "anahtarın anahtarı");
		jdbc.sql("update app_user set locked_until = now() + interval '15 minutes', locked_at = now() where id = :id")
			.param("id", issuer.id()).update();

		for (String token : new String[] { own, issuedByOwn }) {
			mvc.perform(post("/api/v1/users/{id}/unlock", issuer.id()).with(bearer(token)).param("lang", "en"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail").value("An API client cannot lift the lock of the account of the person "
						+ "who issued it: the lock stops whoever may be guessing their password. Another administrator "
						+ "can lift it, or it ends by itself when its time is up."));
		}
		mvc.perform(post("/api/v1/users/{id}/unlock", issuer.id()).with(bearer(own)).param("lang", "tr"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("kendisini oluşturan kişinin hesabının kilidini kaldıramaz")));
		mvc.perform(post("/api/v1/users/{id}/unlock", issuer.id()).with(session).with(csrf()).param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("You cannot lift the lock of your own account")));
		mvc.perform(post("/api/v1/users/{id}/unlock", issuer.id()).with(session).with(csrf()).param("lang", "tr"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("Kendi hesabınızın kilidini kaldıramazsınız")));
		mvc.perform(get("/api/v1/users/{id}", issuer.id()).with(bearer(adminToken)))
			.andExpect(jsonPath("$.locked").value(true));

		// another administrator can; and the client can lift the locks of others
		mvc.perform(post("/api/v1/users/{id}/unlock", issuer.id()).with(bearer(adminToken)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.locked").value(false));
		UUID other = jdbc.sql("select id from app_user where username = 'analist'").query(UUID.class).single();
		mvc.perform(post("/api/v1/users/{id}/unlock", other).with(bearer(own)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.locked").value(false));
	}

	/** The token of a new SYSTEM_ADMINISTRATOR client issued through the API, by the session or client {@code call} sends. */
	private String issuedToken(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder call,
			String name) throws Exception {
		String issued = mvc.perform(call.contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "%s %d", "role": "SYSTEM_ADMINISTRATOR", "organisationId": "%s"}"""
			.formatted(name, System.nanoTime(), istanbul.id())))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(issued, "$.token");
	}

	@Test
	void onlyUserManagersMayUseIt() throws Exception {
		String coordinator = TestTokens.issue(clients, organisations, Role.NRM_COORDINATOR);
		mvc.perform(get("/api/v1/users").with(bearer(coordinator))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/users").with(bearer(coordinator)).contentType(MediaType.APPLICATION_JSON)
				.content(body("x." + System.nanoTime(), "", "ANALYST", null, "sabah erken kalkan yol alır")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/users/{id}/deactivate", UUID.randomUUID()).with(bearer(coordinator)))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/users/{id}", UUID.randomUUID()).with(bearer(coordinator)).header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON).content("{\"fullName\": \"X\", \"role\": \"NRM_COORDINATOR\"}"))
			.andExpect(status().isForbidden());
	}

}
