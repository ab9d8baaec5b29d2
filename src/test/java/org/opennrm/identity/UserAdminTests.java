package org.opennrm.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.opennrm.IntegrationTest;
import org.opennrm.SentForm;
import org.opennrm.SignIn;
import org.opennrm.organisation.Organisation;
import org.opennrm.organisation.OrganisationFilter;
import org.opennrm.organisation.OrganisationManagement;

@IntegrationTest
class UserAdminTests {

	static final String PASSWORD = "kırmızı bisiklet sabah yedide";

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserManagement users;

	RequestPostProcessor admin;
	Organisation gaziantep;

	@BeforeEach
	void signIn() throws Exception {
		admin = SignIn.as(mvc, "admin");
		gaziantep = organisations.list(new OrganisationFilter("Gaziantep İl Göç", null, null, null)).get(0);
	}

	private MockHttpServletRequestBuilder newUser(String username, String email) {
		return newUser(username, email, "PROVINCE", PASSWORD);
	}

	private MockHttpServletRequestBuilder newUser(String username, String email, String scope, String password) {
		return post("/admin/users").with(admin).with(csrf())
			.param("username", username)
			.param("fullName", "Zeynep Öztürk")
			.param("email", email)
			.param("phone", "+905321112233")
			.param("organisationId", gaziantep.id().toString())
			.param("role", "FOCAL_POINT")
			.param("scope", scope)
			.param("preferredLanguage", "tr")
			.param("password", password);
	}

	private UUID idOf(String username) {
		return jdbc.sql("select id from app_user where username = :u").param("u", username).query(UUID.class).single();
	}

	@Test
	void createsAnAccountWithEncryptedContactsShownOnlyOnItsPage() throws Exception {
		String username = "zeynep." + System.nanoTime();
		String email = username + "@goc.gov.tr";
		mvc.perform(newUser(username, email))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/admin/users/*"));
		UUID id = idOf(username);

		// In the database: ciphertext and a blind index, no plaintext.
		var row = jdbc.sql("select email_enc, email_hash, phone_enc from app_user where id = :id").param("id", id)
			.query((rs, i) -> new byte[][] { rs.getBytes(1), rs.getBytes(2), rs.getBytes(3) }).single();
		assertThat(row[0]).isNotNull();
		assertThat(row[1]).hasSize(32);
		assertThat(new String(row[0], StandardCharsets.ISO_8859_1)).doesNotContain(username);
		assertThat(new String(row[2], StandardCharsets.ISO_8859_1)).doesNotContain("5321112233");

		mvc.perform(get("/admin/users/{id}", id).with(admin).param("lang", "tr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(email)))
			.andExpect(content().string(containsString("+905321112233")))
			.andExpect(content().string(containsString("Odak kişi (uzman)")));
		mvc.perform(get("/admin/users").with(admin).param("organisation", gaziantep.id().toString())
				.param("role", "FOCAL_POINT").param("scope", "PROVINCE").param("active", "true").param("locked", "false"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(username)))
			.andExpect(content().string(not(containsString(email))))
			.andExpect(content().string(not(containsString("koordinator"))));

		// The new account signs in with its password.
		mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(authenticated());
	}

	@Test
	void aTakenEmailOrUsernameIsAFieldError() throws Exception {
		String username = "ayse." + System.nanoTime();
		mvc.perform(newUser(username, username + "@goc.gov.tr")).andExpect(status().is3xxRedirection());
		// The blind index matches whatever the case.
		mvc.perform(newUser(username + "x", username.toUpperCase() + "@GOC.gov.tr").param("lang", "tr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bu e-posta adresini başka bir hesap kullanıyor.")));
		mvc.perform(newUser(username, "").param("lang", "tr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bu kullanıcı adı zaten kullanılıyor.")));
	}

	@Test
	void badInputShowsTurkishErrorsAndKeepsTheEntries() throws Exception {
		mvc.perform(post("/admin/users").with(admin).with(csrf()).param("lang", "tr")
				.param("username", "bad name!")
				.param("fullName", "")
				.param("email", "not-an-address")
				.param("phone", "0532 111 22")
				.param("organisationId", "")
				.param("role", "FOCAL_POINT")
				.param("scope", "NATIONAL")
				.param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bazı alanların düzeltilmesi gerekiyor</h2>")))
			// each error above the form too, a link to its field
			.andExpect(content().string(containsString("<a href=\"#email\">Geçerli bir e-posta adresi girin")))
			.andExpect(content().string(containsString("<a href=\"#organisationId\">Kurum: Bu alan zorunludur.</a>")))
			.andExpect(content().string(containsString("Kullanıcı adında yalnızca a–z harflerini")))
			.andExpect(content().string(containsString("Bu alan zorunludur.")))
			.andExpect(content().string(containsString("Geçerli bir e-posta adresi girin")))
			.andExpect(content().string(containsString("Bu telefon numarası okunamıyor: örneğin 0501 234 56 78 ya da ülke koduyla +90 501 234 56 78 biçiminde girin.")))
			.andExpect(content().string(containsString("value=\"bad name!\"")))
			.andExpect(content().string(containsString("value=\"not-an-address\"")))
			.andExpect(content().string(containsString("value=\"0532 111 22\"")))
			.andExpect(content().string(containsString("<option value=\"FOCAL_POINT\" selected=\"selected\">")))
			// The scope list follows the role: a focal point may only have a province scope. The national scope sent
			// is shown as chosen, with its error, although the form was refused for its other fields first.
			.andExpect(content().string(containsString("<option value=\"PROVINCE\"")))
			.andExpect(content().string(not(containsString("<option value=\"OWN\""))))
			.andExpect(scopeShown("NATIONAL", "Bu rol için bu yetki alanı seçilemez."));

		// Rules checked by the service: the scope the role allows, the password policy.
		mvc.perform(newUser("scope." + System.nanoTime(), "", "NATIONAL", PASSWORD).param("lang", "tr"))
			.andExpect(status().isOk())
			.andExpect(scopeShown("NATIONAL", "Bu rol için bu yetki alanı seçilemez."))
			.andExpect(content().string(containsString("value=\"Zeynep ")));
		mvc.perform(newUser("weak." + System.nanoTime(), "", "PROVINCE", "password1234").param("lang", "tr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bu parola ya da büyük bölümü, en sık kullanılan")));
		// guessable, if long enough: said in the person's language, with a better way
		mvc.perform(newUser("weak." + System.nanoTime(), "", "PROVINCE", " ".repeat(13)).param("lang", "tr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bu parola kolay tahmin edilir: bir karakteri ya da karakter "
					+ "grubunu tekrarlıyor")))
			.andExpect(content().string(containsString("Birbiriyle ilgisiz birkaç kelimeden oluşan daha uzun")));
		mvc.perform(newUser("weak." + System.nanoTime(), "", "PROVINCE", SignIn.DEMO_PASSWORD).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("the demo&#39;s password, which is published")));
		mvc.perform(newUser("weak." + System.nanoTime(), "", "PROVINCE", "qwerty123456").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is among those used most often")))
			.andExpect(content().string(containsString("Choose a longer phrase of several unrelated words.")));
	}

	/**
	 * A field left empty is told once, as required, where an empty user name was also too short and of letters not
	 * allowed; and an optional field of spaces only is one left empty, where a phone or e-mail address of spaces was
	 * refused as one of the wrong form.
	 */
	@Test
	void anEmptyFieldIsToldOnceAndAnOptionalOneOfSpacesIsLeftEmpty() throws Exception {
		Document refused = Jsoup.parse(mvc.perform(post("/admin/users").with(admin).with(csrf()).param("lang", "en")
				.param("username", "").param("fullName", "   ").param("email", "   ").param("phone", "  ")
				.param("organisationId", gaziantep.id().toString()).param("role", "FOCAL_POINT").param("scope", "PROVINCE")
				.param("password", PASSWORD)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(refused.select(".error-summary li").eachText()).containsExactly("User name: This field is required.",
				"Full name: This field is required.");
		assertThat(refused.selectFirst("#username-error").text()).isEqualTo("This field is required.");

		String username = "bosluk." + System.nanoTime();
		mvc.perform(post("/admin/users").with(admin).with(csrf()).param("username", " " + username + " ")
				.param("fullName", "Zeynep Öztürk").param("email", "   ").param("phone", "  ")
				.param("organisationId", gaziantep.id().toString()).param("role", "FOCAL_POINT").param("scope", "PROVINCE")
				.param("password", PASSWORD))
			.andExpect(redirectedUrlPattern("/admin/users/*"));
		UUID id = idOf(username);
		assertThat(contacts(id)).isEqualTo(new UserContacts(null, null));

		UserAccount account = SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> users.find(id)).orElseThrow();
		mvc.perform(post("/admin/users/{id}", id).with(admin).with(csrf()).param("version", "" + account.version())
				.param("fullName", "Zeynep Öztürk").param("email", " zeynep." + username + "@ornek.org ").param("phone", "   ")
				.param("role", "FOCAL_POINT").param("scope", "PROVINCE"))
			.andExpect(redirectedUrl("/admin/users/" + id));
		assertThat(contacts(id)).isEqualTo(new UserContacts("zeynep." + username + "@ornek.org", null));
	}

	private UserContacts contacts(UUID id) {
		return SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> users.contacts(id));
	}

	/** A phone number as people write it is saved in E.164, on a new account and a change alike. */
	@Test
	void aPhoneNumberAsPeopleWriteItIsSavedWithItsCountryCode() throws Exception {
		String username = "telefon." + System.nanoTime();
		mvc.perform(post("/admin/users").with(admin).with(csrf()).param("username", username)
				.param("fullName", "Zeynep Öztürk").param("phone", "0532 123 45 67")
				.param("organisationId", gaziantep.id().toString()).param("role", "FOCAL_POINT").param("scope", "PROVINCE")
				.param("password", PASSWORD))
			.andExpect(redirectedUrlPattern("/admin/users/*"));
		UUID id = idOf(username);
		assertThat(contacts(id).phone()).isEqualTo("+905321234567");
		UserAccount account = SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> users.find(id)).orElseThrow();
		mvc.perform(post("/admin/users/{id}", id).with(admin).with(csrf()).param("version", "" + account.version())
				.param("fullName", "Zeynep Öztürk").param("phone", "(0342) 123-45-67").param("role", "FOCAL_POINT")
				.param("scope", "PROVINCE"))
			.andExpect(redirectedUrl("/admin/users/" + id));
		assertThat(contacts(id).phone()).isEqualTo("+903421234567");
	}

	@Test
	void screensRender() throws Exception {
		mvc.perform(get("/admin/users/new").with(admin).param("lang", "tr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hx-get=\"/admin/users/scope-options\"")))
			.andExpect(content().string(containsString("En az 12 karakter.")))
			.andExpect(content().string(containsString("value=\"NRM_COORDINATOR\"")))
			.andExpect(content().string(not(containsString("INDEX_UPKEEP"))));
		mvc.perform(get("/admin/users/{id}", idOf("admin")).with(admin).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Last sign-in")))
			.andExpect(content().string(not(containsString("Never signed in"))));
		mvc.perform(get("/admin/users/{id}", UUID.randomUUID()).with(admin)).andExpect(status().isNotFound());
	}

	/**
	 * A filter's value that is none of its list's (an address edited by hand) is told at its field, with nothing listed,
	 * as the audit trail's filter tells an unknown code; it listed every account as if the filter were not there.
	 */
	@Test
	void aFilterValueNotInItsListIsToldAtItsField() throws Exception {
		for (String[] refused : new String[][] { { "role", "xyz" }, { "role", "INDEX_UPKEEP" }, { "scope", "WORLD" },
				{ "active", "maybe" }, { "locked", "1" }, { "organisation", "Gaziantep" } }) {
			Document page = Jsoup.parse(mvc.perform(get("/admin/users").with(admin).param("lang", "en")
					.param(refused[0], refused[1])).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString());
			assertThat(page.select(".error-summary a[href=#" + refused[0] + "]")).as(refused[0]).hasSize(1)
				.first().extracting(e -> e.text()).asString().contains("none of the list’s values");
			assertThat(page.selectFirst("select#" + refused[0]).attr("aria-invalid")).isEqualTo("true");
			assertThat(page.select("table.data")).as(refused[1]).isEmpty();
			assertThat(page.text()).doesNotContain("No users");
		}
		Document turkish = Jsoup.parse(mvc.perform(get("/admin/users").with(admin).param("lang", "tr")
				.param("role", "xyz")).andReturn().getResponse().getContentAsString());
		assertThat(turkish.select(".error-summary li").text()).isEqualTo(
				"Rol: Bu, listedeki değerlerden biri değil (sayfanın adresi elle değiştirilmiş olabilir): listeden bir "
						+ "değer ya da “Tümü” seçin.");
		// names in any case are the list's values, as in the API
		Document found = Jsoup.parse(mvc.perform(get("/admin/users").with(admin).param("lang", "en")
				.param("role", "system_administrator").param("active", "TRUE")).andReturn().getResponse()
			.getContentAsString());
		assertThat(found.select(".error-summary")).isEmpty();
		assertThat(found.select("table.data td a").eachText()).contains("admin");
	}

	@Test
	void scopeOptionsFollowTheRole() throws Exception {
		mvc.perform(get("/admin/users/scope-options").with(admin).param("role", "PREVENTION_OFFICER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"NATIONAL\"")))
			.andExpect(content().string(containsString("value=\"ORGANISATION\"")))
			.andExpect(content().string(not(containsString("value=\"OWN\""))));
	}

	@Test
	void sessionsEndWhenTheirOrganisationIsDeactivatedOrMovedToAnotherProvinceButNotWhenItIsRenamed() throws Exception {
		String name = "Oturum Göç İdaresi Müdürlüğü " + System.nanoTime();
		// a directorate, where the focal point of newUser works
		Organisation organisation = SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR,
				() -> organisations.create(new org.opennrm.organisation.OrganisationForm(name,
				org.opennrm.organisation.OrganisationType.PROVINCIAL_MIGRATION_DIRECTORATE, "27", null, null, null, null,
				true)));
		String username = "selin." + System.nanoTime();
		MockHttpServletRequestBuilder form = newUser(username, "");
		form.with(request -> {
			request.setParameter("organisationId", organisation.id().toString());
			return request;
		});
		mvc.perform(form).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select organisation_id from app_user where username = :u").param("u", username)
			.query(UUID.class).single()).isEqualTo(organisation.id());
		// the person has chosen their own password (that change is tested in OwnAccountTests)
		jdbc.sql("update app_user set must_change_password = false where username = :u").param("u", username).update();
		RequestPostProcessor theirSession = SignIn.as(mvc, username, PASSWORD);
		mvc.perform(get("/").with(theirSession)).andExpect(status().isOk());

		// renamed: the session goes on
		mvc.perform(organisationForm(organisation, name + " (Gaziantep)", "27", 0)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/").with(theirSession)).andExpect(status().isOk());

		// moved to Şanlıurfa: the province-wide scope of the session is Gaziantep's, so the session ends
		mvc.perform(organisationForm(organisation, name, "63", 1)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/").with(theirSession)).andExpect(redirectedUrl("/login"));
		// the page asked for says why, without saying what changed
		mvc.perform(get("/").with(theirSession).accept("text/html"))
			.andExpect(redirectedUrl("/login?expired&ended=account"));
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :u").param("u", username)
			.query(Long.class).single()).isZero();

		// signed in again, under Şanlıurfa; then the organisation is deactivated
		RequestPostProcessor again = SignIn.as(mvc, username, PASSWORD);
		mvc.perform(get("/").with(again)).andExpect(status().isOk());
		mvc.perform(post("/admin/organisations/{id}/deactivate", organisation.id()).with(admin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/").with(again)).andExpect(redirectedUrl("/login"));
		mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error=credentials"));
	}

	private MockHttpServletRequestBuilder organisationForm(Organisation organisation, String name, String province,
			int version) {
		return post("/admin/organisations/{id}", organisation.id()).with(admin).with(csrf())
			.param("name", name).param("type", "PROVINCIAL_MIGRATION_DIRECTORATE").param("provinceCode", province)
			.param("active", "true").param("_active", "on").param("version", String.valueOf(version));
	}

	@Test
	void deactivatesReactivatesUnlocksAndResetsThePassword() throws Exception {
		String username = "emre." + System.nanoTime();
		mvc.perform(newUser(username, "")).andExpect(status().is3xxRedirection());
		UUID id = idOf(username);
		RequestPostProcessor theirSession = SignIn.as(mvc, username, PASSWORD);

		mvc.perform(post("/admin/users/{id}/deactivate", id).with(admin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		// Their open session ended, and they cannot sign in again.
		mvc.perform(get("/").with(theirSession)).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/").with(theirSession).accept("text/html"))
			.andExpect(redirectedUrl("/login?expired&ended=account"));
		// the same answer as a wrong password: the sign-in page tells no one that the account exists
		mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error=credentials"));

		mvc.perform(post("/admin/users/{id}/activate", id).with(admin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(authenticated());

		// Five wrong passwords lock the account; the administrator unlocks it.
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin().user(username).password("wrong password " + i));
		}
		mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error=credentials"));
		mvc.perform(get("/admin/users").with(admin).param("locked", "true"))
			.andExpect(content().string(containsString(username)));
		mvc.perform(get("/admin/users/{id}", id).with(admin).param("lang", "tr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("tarihine kadar kilitli")))
			.andExpect(content().string(containsString("Kilidi kaldır")));
		mvc.perform(post("/admin/users/{id}/unlock", id).with(admin).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(authenticated());

		// A new password must obey the policy; the form says why in Turkish.
		mvc.perform(post("/admin/users/{id}/password", id).with(admin).with(csrf()).param("lang", "tr")
				.param("password", "kısa"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Parola en az 12 karakter olmalıdır.")));
		mvc.perform(post("/admin/users/{id}/password", id).with(admin).with(csrf())
				.param("password", "yeni parola " + username).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The password must not contain the user name.")));
		mvc.perform(post("/admin/users/{id}/password", id).with(admin).with(csrf())
				.param("password", "Parola.2026!").param("lang", "tr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bu parola ya da büyük bölümü, en sık kullanılan")));
		mvc.perform(post("/admin/users/{id}/password", id).with(admin).with(csrf())
				.param("password", SignIn.DEMO_PASSWORD).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("the demo&#39;s password, which is published")));
		mvc.perform(post("/admin/users/{id}/password", id).with(admin).with(csrf())
				.param("password", "mavi deniz ve beyaz yelken"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(unauthenticated());
		mvc.perform(formLogin().user(username).password("mavi deniz ve beyaz yelken")).andExpect(authenticated());
	}

	private MockHttpServletRequestBuilder edit(UUID id, int version, String role, String scope) {
		return post("/admin/users/{id}", id).with(admin).with(csrf())
			.param("version", String.valueOf(version))
			.param("fullName", "Zeynep Öztürk-Kaya")
			.param("email", "")
			.param("phone", "+905321112244")
			.param("role", role)
			.param("scope", scope)
			.param("preferredLanguage", "en");
	}

	private int versionOf(UUID id) {
		return jdbc.sql("select version from app_user where id = :id").param("id", id).query(Integer.class).single();
	}

	private java.util.List<String> auditedActions(UUID id) {
		return jdbc.sql("select action from audit_entry where entity_type = 'user' and entity_id = :id order by seq")
			.param("id", id.toString()).query(String.class).list();
	}

	@Test
	void editsAnAccountAuditingTheFieldsChangedAndEndingItsSessionsOnANewRole() throws Exception {
		String username = "duzenle." + System.nanoTime();
		String email = username + "@goc.gov.tr";
		mvc.perform(newUser(username, email)).andExpect(status().is3xxRedirection());
		UUID id = idOf(username);
		jdbc.sql("update app_user set must_change_password = false where id = :id").param("id", id).update();
		RequestPostProcessor theirSession = SignIn.as(mvc, username, PASSWORD);

		mvc.perform(get("/admin/users/{id}", id).with(admin).param("lang", "tr"))
			.andExpect(content().string(containsString("/admin/users/" + id + "/edit")));
		mvc.perform(get("/admin/users/{id}/edit", id).with(admin).param("lang", "tr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + email + "\"")))
			.andExpect(content().string(containsString("<option value=\"FOCAL_POINT\" selected=\"selected\">")))
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));

		// the same role and scope: the session goes on
		mvc.perform(edit(id, 0, "FOCAL_POINT", "PROVINCE")).andExpect(redirectedUrl("/admin/users/" + id));
		mvc.perform(get("/").with(theirSession)).andExpect(status().isOk());
		assertThat(auditedActions(id)).containsSubsequence("USER_CREATED", "USER_FULL_NAME_CHANGED", "USER_EMAIL_CHANGED",
				"USER_PHONE_CHANGED", "USER_PREFERRED_LANGUAGE_CHANGED").doesNotContain("USER_ROLE_CHANGED");
		mvc.perform(get("/admin/users/{id}", id).with(admin).param("lang", "tr"))
			.andExpect(content().string(containsString("Zeynep Öztürk-Kaya")))
			.andExpect(content().string(containsString("+905321112244")))
			.andExpect(content().string(containsString("English")));
		// an address freed by the change can be used by another account
		assertThat(jdbc.sql("select email_hash is null from app_user where id = :id").param("id", id).query(Boolean.class)
			.single()).isTrue();

		// a new role: the session, which carries the old one, ends
		mvc.perform(edit(id, 1, "PREVENTION_OFFICER", "")).andExpect(redirectedUrl("/admin/users/" + id));
		assertThat(jdbc.sql("select role || ' ' || scope from app_user where id = :id").param("id", id)
			.query(String.class).single()).isEqualTo("PREVENTION_OFFICER NATIONAL");
		mvc.perform(get("/").with(theirSession)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/").with(theirSession).accept("text/html").param("lang", "en"))
			.andExpect(redirectedUrl("/login?expired&ended=account"));
		mvc.perform(get("/login?expired&ended=account").param("lang", "en"))
			.andExpect(content().string(containsString("A system administrator changed your account, so this session "
					+ "ended.")))
			.andExpect(content().string(not(containsString("Your session has ended."))));
		assertThat(auditedActions(id)).contains("USER_ROLE_CHANGED", "USER_SCOPE_CHANGED");
		// the entries name fields, not values
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = :id and (coalesce(purpose, '') like '%Kaya%'"
				+ " or coalesce(purpose, '') like '%9053%')").param("id", id.toString()).query(Long.class).single()).isZero();
	}

	/** An address typed with a Turkish keyboard's İ or ı is the one with its i: taken. */
	@Test
	void anAddressWithTurkishCapitalOrDotlessIIsTheOneWithItsI() throws Exception {
		long n = System.nanoTime();
		mvc.perform(newUser("inci." + n, "inci." + n + "@ornek.org")).andExpect(status().is3xxRedirection());
		for (String typed : List.of("İnci." + n + "@ornek.org", "İNCİ." + n + "@ORNEK.ORG", "ınci." + n + "@ornek.org")) {
			mvc.perform(newUser("inci2." + System.nanoTime(), typed).param("lang", "tr"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Bu e-posta adresini başka bir hesap kullanıyor.")));
		}
	}

	@Test
	void anEditBreakingARuleKeepsWhatWasTypedAndSaysWhy() throws Exception {
		String username = "kural." + System.nanoTime();
		mvc.perform(newUser(username, "")).andExpect(status().is3xxRedirection());
		UUID id = idOf(username);
		String taken = "alinmis." + System.nanoTime();
		mvc.perform(newUser(taken, taken + "@goc.gov.tr")).andExpect(status().is3xxRedirection());

		mvc.perform(post("/admin/users/{id}", id).with(admin).with(csrf()).param("lang", "tr").param("version", "0")
				.param("fullName", "").param("email", "adres-değil").param("phone", "0532").param("role", "FOCAL_POINT")
				.param("scope", "PROVINCE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bazı alanların düzeltilmesi gerekiyor</h2>")))
			.andExpect(content().string(containsString("Bu alan zorunludur.")))
			.andExpect(content().string(containsString("value=\"adres-değil\"")))
			.andExpect(content().string(containsString("value=\"0532\"")));
		mvc.perform(edit(id, 0, "FOCAL_POINT", "NATIONAL").param("lang", "tr"))
			.andExpect(status().isOk())
			.andExpect(scopeShown("NATIONAL", "Bu rol için bu yetki alanı seçilemez."))
			.andExpect(content().string(containsString("value=\"Zeynep &Ouml;zt&uuml;rk-Kaya\"")));
		mvc.perform(edit(id, 0, "FOCAL_POINT", "PROVINCE").param("lang", "tr").with(request -> {
			request.setParameter("email", taken.toUpperCase() + "@goc.gov.tr");
			return request;
		}))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bu e-posta adresini başka bir hesap kullanıyor.")));
		assertThat(versionOf(id)).isZero();

		mvc.perform(get("/admin/users/{id}/edit", UUID.randomUUID()).with(admin)).andExpect(status().isNotFound());
	}

	/**
	 * The scope a refused form shows chosen, and the error beside it: the scope sent, even one the role does not allow
	 * (left out of the list, the browser showed the first scope as chosen).
	 */
	static ResultMatcher scopeShown(String scope, String error) {
		return result -> {
			Document page = Jsoup.parse(result.getResponse().getContentAsString());
			assertThat(page.select("select#scope option[selected]").eachAttr("value")).containsExactly(scope);
			assertThat(page.select("select#scope ~ p.field-error").eachText()).first().isEqualTo(error);
		};
	}

	/** The edit page of the account, as an administrator opens it. */
	private SentForm opened(UUID id, RequestPostProcessor session) throws Exception {
		return SentForm.of(mvc.perform(get("/admin/users/{id}/edit", id).with(session)).andExpect(status().isOk())
			.andReturn());
	}

	private UUID newAccount(String username, String role, String scope) throws Exception {
		mvc.perform(newUser(username, username + "@goc.gov.tr", scope, PASSWORD).with(request -> {
			request.setParameter("role", role);
			return request;
		}))
			.andExpect(status().is3xxRedirection());
		return idOf(username);
	}

	@Test
	void twoAdministratorsChangingDifferentFieldsOfAnAccountLoseNeitherChange() throws Exception {
		UUID id = newAccount("ayrik." + System.nanoTime(), "FOCAL_POINT", "PROVINCE");
		RequestPostProcessor other = SignIn.as(mvc, "admin");
		SentForm mine = opened(id, admin);
		SentForm theirs = opened(id, other);
		mvc.perform(theirs.set("phone", "+905329990011").set("preferredLanguage", "en").post())
			.andExpect(redirectedUrl("/admin/users/" + id));

		MvcResult merged = mvc.perform(mine.set("fullName", "Zeynep Öztürk-Aydın").post().param("lang", "tr"))
			.andExpect(status().isOk())
			.andReturn();
		Document page = Jsoup.parse(merged.getResponse().getContentAsString());
		assertThat(page.select(".alert.merge p").eachText()).containsExactly(
				"Henüz kaydedilmedi. Siz düzenlerken bu hesabı başka biri kaydetti. Diğer kişinin değişiklikleriyle sizinkiler "
						+ "aşağıdaki formda birleştirildi: denetleyin, ardından yeniden kaydedin.",
				"Diğer kişinin forma alınan değişiklikleri: Cep telefonu, Tercih ettiği dil",
				"Korunan değişiklikleriniz: Ad soyad");
		SentForm shown = SentForm.of(merged);
		assertThat(shown.value("phone")).isEqualTo("+905329990011");
		assertThat(shown.value("preferredLanguage")).isEqualTo("en");
		assertThat(shown.value("fullName")).isEqualTo("Zeynep Öztürk-Aydın");
		assertThat(jdbc.sql("select full_name from app_user where id = :id").param("id", id).query(String.class)
			.single()).isEqualTo("Zeynep Öztürk");

		mvc.perform(shown.post()).andExpect(redirectedUrl("/admin/users/" + id));
		assertThat(jdbc.sql("select full_name || ' ' || preferred_language from app_user where id = :id")
			.param("id", id).query(String.class).single()).isEqualTo("Zeynep Öztürk-Aydın en");
		mvc.perform(get("/admin/users/{id}", id).with(admin))
			.andExpect(content().string(containsString("+905329990011")));
		assertThat(auditedActions(id)).containsSubsequence("USER_PHONE_CHANGED", "USER_PREFERRED_LANGUAGE_CHANGED",
				"USER_FULL_NAME_CHANGED");
	}

	@Test
	void anAddressBothChangedIsChosenAndNothingIsSavedBeforeTheChoice() throws Exception {
		String username = "cakisan." + System.nanoTime();
		UUID id = newAccount(username, "FOCAL_POINT", "PROVINCE");
		RequestPostProcessor other = SignIn.as(mvc, "admin");
		SentForm mine = opened(id, admin);
		mvc.perform(opened(id, other).set("email", "onun." + username + "@goc.gov.tr").post())
			.andExpect(redirectedUrl("/admin/users/" + id));

		MvcResult merged = mvc.perform(mine.set("email", "benim." + username + "@goc.gov.tr").set("phone", "")
				.post().param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn();
		Document page = Jsoup.parse(merged.getResponse().getContentAsString());
		assertThat(page.select(".alert.merge p").eachText()).endsWith("Your changes, kept: Mobile phone",
				"Changed by both of you, to different values (choose one value at each, below): E-mail");
		assertThat(page.select("fieldset.merge-choice label.merge-option").eachText()).containsExactly(
				"Yours: benim." + username + "@goc.gov.tr", "Saved by someone else: onun." + username + "@goc.gov.tr");

		mvc.perform(SentForm.of(merged).post().param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose one of the two values.")));
		mvc.perform(get("/admin/users/{id}", id).with(admin))
			.andExpect(content().string(containsString("+905321112233")));

		mvc.perform(SentForm.of(merged).set("choice.email", "mine").post())
			.andExpect(redirectedUrl("/admin/users/" + id));
		mvc.perform(get("/admin/users/{id}", id).with(admin))
			.andExpect(content().string(containsString("benim." + username + "@goc.gov.tr")))
			.andExpect(content().string(not(containsString("+905321112233"))));
	}

	@Test
	void theirRoleWithMyScopeIsAChoiceOfBoth() throws Exception {
		UUID id = newAccount("rolkapsam." + System.nanoTime(), "PREVENTION_OFFICER", "NATIONAL");
		RequestPostProcessor other = SignIn.as(mvc, "admin");
		SentForm mine = opened(id, admin);
		// they make the account an analyst (national, which an analyst may have); I give it an organisation's scope,
		// which an analyst may not have
		mvc.perform(opened(id, other).set("role", "ANALYST").post()).andExpect(redirectedUrl("/admin/users/" + id));
		MvcResult merged = mvc.perform(mine.set("scope", "ORGANISATION").post().param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn();
		Document page = Jsoup.parse(merged.getResponse().getContentAsString());
		assertThat(page.select("fieldset.merge-choice legend").eachText()).containsExactly("Role", "Scope");
		assertThat(page.select("fieldset.merge-choice label.merge-option").eachText()).containsExactly(
				"Yours: Prevention officer", "Saved by someone else: Analyst",
				"Yours: Organisation", "Saved by someone else: National");

		mvc.perform(SentForm.of(merged).set("choice.role", "theirs").set("choice.scope", "theirs").post())
			.andExpect(redirectedUrl("/admin/users/" + id));
		assertThat(jdbc.sql("select role || ' ' || scope from app_user where id = :id").param("id", id)
			.query(String.class).single()).isEqualTo("ANALYST NATIONAL");
	}

	@Test
	void aLanguageThePersonSetsWhileAnAdministratorEditsTheAccountIsNotPutBack() throws Exception {
		String username = "dil." + System.nanoTime();
		UUID id = newAccount(username, "FOCAL_POINT", "PROVINCE");
		jdbc.sql("update app_user set must_change_password = false where id = :id").param("id", id).update();
		SentForm mine = opened(id, admin);
		assertThat(mine.value("preferredLanguage")).isEqualTo("tr");
		mvc.perform(post("/account/language").with(SignIn.as(mvc, username, PASSWORD)).with(csrf())
				.param("preferredLanguage", "en"))
			.andExpect(redirectedUrl("/account"));

		MvcResult merged = mvc.perform(mine.set("fullName", "Zeynep Öztürk-Şen").post().param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(Jsoup.parse(merged.getResponse().getContentAsString()).select(".alert.merge p").eachText())
			.contains("Their changes, taken into the form: Preferred language");
		assertThat(SentForm.of(merged).value("preferredLanguage")).isEqualTo("en");
		mvc.perform(SentForm.of(merged).post()).andExpect(redirectedUrl("/admin/users/" + id));
		assertThat(jdbc.sql("select full_name || ' ' || preferred_language from app_user where id = :id")
			.param("id", id).query(String.class).single()).isEqualTo("Zeynep Öztürk-Şen en");
	}

	@Test
	void aNewNameShowsInThePersonsOpenSessionsFromTheirNextRequest() throws Exception {
		String username = "yeniad." + System.nanoTime();
		UUID id = newAccount(username, "FOCAL_POINT", "PROVINCE");
		jdbc.sql("update app_user set must_change_password = false where id = :id").param("id", id).update();
		RequestPostProcessor theirSession = SignIn.as(mvc, username, PASSWORD);
		RequestPostProcessor theirOtherSession = SignIn.as(mvc, username, PASSWORD);
		mvc.perform(get("/").with(theirSession).param("lang", "tr"))
			.andExpect(content().string(containsString("Hoş geldiniz, Zeynep Öztürk</h1>")));

		mvc.perform(opened(id, admin).set("fullName", "Zeynep Öztürk-Yıldız").post())
			.andExpect(redirectedUrl("/admin/users/" + id));
		for (RequestPostProcessor session : List.of(theirSession, theirOtherSession)) {
			mvc.perform(get("/").with(session).param("lang", "tr"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Hoş geldiniz, Zeynep Öztürk-Yıldız</h1>")));
		}
		// what the session may do is as it was: a new role still ends it
		mvc.perform(opened(id, admin).set("role", "PREVENTION_OFFICER").set("scope", "NATIONAL").post())
			.andExpect(redirectedUrl("/admin/users/" + id));
		mvc.perform(get("/").with(theirSession)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void anAdministratorsOwnRoleAndScopeAreShownNotOffered() throws Exception {
		UUID self = idOf("admin");
		MvcResult own = mvc.perform(get("/admin/users/{id}/edit", self).with(admin).param("lang", "tr"))
			.andExpect(status().isOk())
			.andReturn();
		Document page = Jsoup.parse(own.getResponse().getContentAsString());
		assertThat(page.select("select#role, select#scope")).isEmpty();
		assertThat(page.select("form.form dl.facts").last().text()).isEqualTo("Rol Sistem yöneticisi Yetki alanı Ulusal");
		assertThat(page.select("form.form p.field-hint").eachText())
			.contains("Kendi rolünüzü ya da yetki alanınızı değiştiremezsiniz. Bunu başka bir yönetici yapabilir.");
		try {
			mvc.perform(SentForm.of(own).set("fullName", "Sistem Yöneticisi (BT)").post())
				.andExpect(redirectedUrl("/admin/users/" + self));
			assertThat(jdbc.sql("select full_name || ' ' || role || ' ' || scope from app_user where id = :id")
				.param("id", self).query(String.class).single())
				.isEqualTo("Sistem Yöneticisi (BT) SYSTEM_ADMINISTRATOR NATIONAL");
		}
		finally {
			jdbc.sql("update app_user set full_name = 'Sistem Yöneticisi' where id = :id").param("id", self).update();
		}
		// another's account offers them
		MvcResult another = mvc.perform(get("/admin/users/{id}/edit", idOf("uzman.istanbul")).with(admin)).andReturn();
		assertThat(Jsoup.parse(another.getResponse().getContentAsString()).select("select#role, select#scope"))
			.hasSize(2);
	}

	/**
	 * An administrator's own password is changed on their account page, with the current one, and their own lock lifted
	 * by another administrator: the administration's page of their account offers neither, and refuses both if sent.
	 */
	@Test
	void anAdministratorNeitherResetsTheirOwnPasswordNorLiftsTheirOwnLock() throws Exception {
		String username = "kendi." + System.nanoTime();
		UUID self = SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> users.create(new NewUser(username,
				"Kendi Yönetici", null, null, Role.SYSTEM_ADMINISTRATOR, Scope.NATIONAL, gaziantep.id(), PASSWORD, null)))
			.id();
		RequestPostProcessor session = SignIn.as(mvc, username, PASSWORD);
		String hash = jdbc.sql("select password_hash from app_user where id = :id").param("id", self)
			.query(String.class).single();

		Document own = page(get("/admin/users/{id}", self).with(session).param("lang", "en"));
		assertThat(own.select("form[action$=/password]")).isEmpty();
		assertThat(own.select("#own-password").text())
			.isEqualTo("Change your password This is your own account: change your password on your account page, "
					+ "with your current one: My account");
		assertThat(own.select("#own-password a").attr("href")).isEqualTo("/account");
		assertThat(page(get("/admin/users/{id}", idOf("uzman.istanbul")).with(session))
			.select("form[action$=/password]")).hasSize(1);

		mvc.perform(post("/admin/users/{id}/password", self).with(session).with(csrf()).param("lang", "en")
				.param("password", "yepyeni bir parola seçtim"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"You cannot set your own password here: change it on My account, with your current password.")));
		mvc.perform(post("/admin/users/{id}/password", self).with(session).with(csrf()).param("lang", "tr")
				.param("password", "yepyeni bir parola seçtim"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kendi parolanızı burada belirleyemezsiniz")));
		assertThat(jdbc.sql("select password_hash || ' ' || must_change_password from app_user where id = :id")
			.param("id", self).query(String.class).single()).isEqualTo(hash + " false");

		// locked after wrong passwords (tried at the sign-in page, or as the current one on the account page)
		jdbc.sql("update app_user set locked_until = now() + interval '15 minutes', locked_at = now() where id = :id")
			.param("id", self).update();
		try {
			own = page(get("/admin/users/{id}", self).with(session).param("lang", "tr"));
			assertThat(own.select("form[action$=/unlock]")).isEmpty();
			assertThat(own.select(".actions-panel p.field-hint").eachText()).contains("Sizin hesabınız: kilidini başka "
					+ "bir yönetici kaldırabilir; kaldırılmazsa süresi dolunca kendiliğinden kalkar.");
			Document locks = page(get("/admin/sign-in-locks").with(session).param("lang", "en"));
			assertThat(locks.select("form[action=/admin/sign-in-locks/accounts/" + self + "/unlock]")).isEmpty();
			assertThat(locks.select("#accounts tr:contains(" + username + ") .field-hint").text())
				.startsWith("Your own account: another administrator can lift its lock");

			mvc.perform(post("/admin/users/{id}/unlock", self).with(session).with(csrf()).param("lang", "en"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("You cannot lift the lock of your own account")));
			mvc.perform(post("/admin/sign-in-locks/accounts/{id}/unlock", self).with(session).with(csrf()))
				.andExpect(redirectedUrl("/admin/sign-in-locks"))
				.andExpect(flash().attribute("error", "user.unlock.self"));
			assertThat(page(get("/admin/sign-in-locks").with(session).flashAttr("error", "user.unlock.self")
				.param("lang", "tr")).select(".alert.error").text())
				.startsWith("Kendi hesabınızın kilidini kaldıramazsınız");
			assertThat(jdbc.sql("select locked_until > now() from app_user where id = :id").param("id", self)
				.query(Boolean.class).single()).isTrue();

			// another administrator can
			mvc.perform(post("/admin/users/{id}/unlock", self).with(admin).with(csrf()))
				.andExpect(redirectedUrl("/admin/users/" + self));
			assertThat(jdbc.sql("select locked_until is null from app_user where id = :id").param("id", self)
				.query(Boolean.class).single()).isTrue();
		}
		finally {
			jdbc.sql("update app_user set locked_until = null, locked_at = null where id = :id").param("id", self).update();
		}
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void administratorsCannotRaiseTheirOwnRoleNorWidenTheirScopeButMayEditTheRest() throws Exception {
		UUID self = idOf("admin");
		int version = versionOf(self);
		mvc.perform(post("/admin/users/{id}", self).with(admin).with(csrf()).param("lang", "tr")
				.param("version", String.valueOf(version)).param("fullName", "Sistem Yöneticisi")
				.param("role", "NRM_COORDINATOR").param("scope", "NATIONAL"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kendi rolünüzü ya da yetki alanınızı değiştiremezsiniz.")));
		assertThat(jdbc.sql("select role from app_user where id = :id").param("id", self).query(String.class).single())
			.isEqualTo("SYSTEM_ADMINISTRATOR");
		try {
			mvc.perform(post("/admin/users/{id}", self).with(admin).with(csrf())
					.param("version", String.valueOf(version)).param("fullName", "Sistem Yöneticisi (BT)")
					.param("role", "SYSTEM_ADMINISTRATOR").param("scope", "NATIONAL"))
				.andExpect(redirectedUrl("/admin/users/" + self));
			// still signed in: the role and the scope are as they were
			mvc.perform(get("/admin/users").with(admin)).andExpect(status().isOk());
		}
		finally {
			jdbc.sql("update app_user set full_name = 'Sistem Yöneticisi' where id = :id").param("id", self).update();
		}
	}

	@Test
	void administratorsCannotDeactivateThemselves() throws Exception {
		// not offered on one's own page, as it is on another's
		assertThat(Jsoup.parse(mvc.perform(get("/admin/users/{id}", idOf("admin")).with(admin))
			.andReturn().getResponse().getContentAsString()).select("form[action$=/deactivate]")).isEmpty();
		assertThat(Jsoup.parse(mvc.perform(get("/admin/users/{id}", idOf("koordinator")).with(admin))
			.andReturn().getResponse().getContentAsString()).select("form[action$=/deactivate]")).hasSize(1);
		mvc.perform(post("/admin/users/{id}/deactivate", idOf("admin")).with(admin).with(csrf()).param("lang", "tr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kendi hesabınızı devre dışı bırakamazsınız.")));
	}

	@Test
	void rolesWithoutUserManageAreRefused() throws Exception {
		UUID someone = idOf("uzman.istanbul");
		for (String user : new String[] { "uzman.gaziantep", "koordinator", "denetci", "iom" }) {
			RequestPostProcessor session = SignIn.as(mvc, user);
			mvc.perform(get("/admin/users").with(session)).andExpect(status().isForbidden());
			mvc.perform(get("/admin/users/{id}", someone).with(session)).andExpect(status().isForbidden());
			mvc.perform(newUser("intruder." + user, "").with(session)).andExpect(status().isForbidden());
			mvc.perform(post("/admin/users/{id}/deactivate", someone).with(session).with(csrf()))
				.andExpect(status().isForbidden());
			mvc.perform(get("/admin/users/{id}/edit", someone).with(session)).andExpect(status().isForbidden());
			mvc.perform(post("/admin/users/{id}", someone).with(session).with(csrf()).param("version", "0")
					.param("fullName", "Intruder").param("role", "NRM_COORDINATOR")).andExpect(status().isForbidden());
		}
		assertThat(jdbc.sql("select count(*) from app_user where username like 'intruder.%'").query(Long.class).single())
			.isZero();
	}

}
