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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.opennrm.IntegrationTest;
import org.opennrm.SignIn;
import org.opennrm.organisation.Organisation;
import org.opennrm.organisation.OrganisationFilter;
import org.opennrm.organisation.OrganisationManagement;

/**
 * A signed-in person's own account: the page, the language, the password; and the change of password that a password
 * set by an administrator requires before anything else.
 */
@IntegrationTest
class OwnAccountTests {

	static final String TEMPORARY = "geçici parola yönetici verdi";
	static final String OWN = "benim kendi uzun parolam burada";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrganisationManagement organisations;

	RequestPostProcessor admin;
	Organisation istanbul;

	@BeforeEach
	void setUp() throws Exception {
		admin = SignIn.as(mvc, "admin");
		istanbul = organisations.list(new OrganisationFilter("İstanbul İl Göç", null, null, null)).get(0);
	}

	/** An account an administrator creates through the screen, with a temporary password. */
	private String created(String prefix) throws Exception {
		String username = prefix + "." + System.nanoTime();
		mvc.perform(post("/admin/users").with(admin).with(csrf()).param("username", username)
				.param("fullName", "Gül Yıldırım").param("organisationId", istanbul.id().toString())
				.param("role", "FOCAL_POINT").param("scope", "PROVINCE").param("password", TEMPORARY))
			.andExpect(status().is3xxRedirection());
		return username;
	}

	private MockHttpServletRequestBuilder change(RequestPostProcessor session, String current, String fresh,
			String repeated) {
		return post("/account/password").with(session).with(csrf()).param("lang", "tr")
			.param("currentPassword", current).param("newPassword", fresh).param("repeatedPassword", repeated);
	}

	/** The session after the change: the same, under the new id its cookie now carries. */
	private RequestPostProcessor changed(RequestPostProcessor session, String current, String fresh, String goesTo)
			throws Exception {
		var result = mvc.perform(change(session, current, fresh, fresh)).andExpect(redirectedUrl(goesTo)).andReturn();
		jakarta.servlet.http.Cookie renewed = result.getResponse().getCookie("SESSION");
		assertThat(renewed).as("a new session id").isNotNull();
		return request -> {
			request.setCookies(renewed);
			return request;
		};
	}

	private UUID idOf(String username) {
		return jdbc.sql("select id from app_user where username = :u").param("u", username).query(UUID.class).single();
	}

	private boolean mustChange(String username) {
		return jdbc.sql("select must_change_password from app_user where username = :u").param("u", username)
			.query(Boolean.class).single();
	}

	private List<String> auditedActions(UUID account) {
		return jdbc.sql("select action from audit_entry where entity_type = 'user' and entity_id = :id order by seq")
			.param("id", account.toString()).query(String.class).list();
	}

	@Test
	void aPasswordSetByAnAdministratorMustBeReplacedBeforeAnythingElse() throws Exception {
		String username = created("gul");
		assertThat(mustChange(username)).isTrue();
		RequestPostProcessor session = SignIn.as(mvc, username, TEMPORARY);

		// every page leads to the change form; signing out, styles and the form itself do not
		for (String page : List.of("/", "/account", "/admin/users", "/audit")) {
			mvc.perform(get(page).with(session)).andExpect(redirectedUrl("/account/password"));
		}
		mvc.perform(post("/account/language").with(session).with(csrf()).param("preferredLanguage", "en"))
			.andExpect(redirectedUrl("/account/password"));
		// the API's documentation opened in the browser is a page too
		mvc.perform(get("/api/v1/docs").with(session).header("Accept", "text/html,application/xhtml+xml"))
			.andExpect(redirectedUrl("/account/password"));
		// a part of a page asked for by its script (htmx) sends the whole page to the form, not the form into the part
		mvc.perform(get("/admin/users/scope-options").with(session).header("HX-Request", "true"))
			.andExpect(status().isForbidden())
			.andExpect(header().string("HX-Redirect", "/account/password"))
			.andExpect(content().string(""));
		mvc.perform(get("/css/opennrm.css").with(session)).andExpect(status().isOk());
		mvc.perform(get("/account/password").with(session).param("lang", "tr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Parolanızı bir sistem yöneticisi belirledi.")));
		// the session's API calls are refused with a problem that says why
		mvc.perform(get("/api/v1/organisations").with(session).header("Accept-Language", "en"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Password change required"))
			.andExpect(jsonPath("$.detail", containsString("/account/password")));

		// refusals say why in Turkish, and never show a password typed
		mvc.perform(change(session, TEMPORARY, OWN, OWN + " ama farklı"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("İki yeni parola aynı değil.")))
			.andExpect(content().string(not(containsString(OWN))))
			.andExpect(content().string(not(containsString(TEMPORARY))));
		mvc.perform(change(session, TEMPORARY, TEMPORARY, TEMPORARY))
			.andExpect(content().string(containsString("Mevcut parolanızı değil, yeni bir parola seçin:")));
		// nor written another way, which whoever set it or read the note it came on tries first
		for (String written : List.of("Geçici Parola Yönetici Verdi", "GECICI PAROLA YONETICI VERDI",
				"geçici-parola-yönetici-verdi!", "geçici parola yönetici verdi 2026")) {
			mvc.perform(change(session, TEMPORARY, written, written))
				.andExpect(content().string(containsString("Mevcut parolanızı değil, yeni bir parola seçin: onu başka "
						+ "türlü yazmak da olmaz")));
		}
		mvc.perform(post("/account/password").with(session).with(csrf()).param("lang", "en")
			.param("currentPassword", TEMPORARY).param("newPassword", "geçiciparolayöneticiverdi")
			.param("repeatedPassword", "geçiciparolayöneticiverdi"))
			.andExpect(content().string(containsString("Choose a new password, not the one you have now, nor that one "
					+ "written another way")));
		mvc.perform(change(session, TEMPORARY, "password1234", "password1234"))
			.andExpect(content().string(containsString("Bu parola ya da büyük bölümü, en sık kullanılan")));
		mvc.perform(change(session, TEMPORARY, SignIn.DEMO_PASSWORD, SignIn.DEMO_PASSWORD))
			.andExpect(content().string(containsString("demo hesaplarının herkese açık parolası")));
		mvc.perform(change(session, TEMPORARY, " ".repeat(13), " ".repeat(13)))
			.andExpect(content().string(containsString("Bu parola kolay tahmin edilir: bir karakteri ya da karakter "
					+ "grubunu tekrarlıyor")));
		mvc.perform(change(session, TEMPORARY, "YILDIRIM gibi hızlı 2026", "YILDIRIM gibi hızlı 2026"))
			.andExpect(content().string(containsString("Parola, hesap sahibinin adını ya da adının 4 harf veya daha uzun")));
		mvc.perform(change(session, "yanlış parola yazdım", OWN, OWN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mevcut parola yanlış.")))
			.andExpect(content().string(containsString("Kendi parolanızı seçin")));
		assertThat(mustChange(username)).isTrue();

		RequestPostProcessor renewed = changed(session, TEMPORARY, OWN, "/");
		assertThat(mustChange(username)).isFalse();
		// the session goes on, under a new id, no longer held to the form; its old id is worth nothing
		mvc.perform(get("/").with(renewed)).andExpect(status().isOk());
		mvc.perform(get("/account/password").with(renewed)).andExpect(redirectedUrl("/account"));
		mvc.perform(get("/").with(session)).andExpect(redirectedUrl("/login"));
		mvc.perform(formLogin().user(username).password(TEMPORARY)).andExpect(unauthenticated());
		mvc.perform(get("/").with(SignIn.as(mvc, username, OWN))).andExpect(status().isOk());

		assertThat(auditedActions(idOf(username))).containsSubsequence("USER_CREATED", "USER_PASSWORD_CHANGE_FAILED",
				"USER_PASSWORD_CHANGED");
	}

	@Test
	void anAdministratorsResetMakesThePasswordTemporaryAgain() throws Exception {
		String username = created("reset");
		jdbc.sql("update app_user set must_change_password = false where username = :u").param("u", username).update();
		mvc.perform(get("/").with(SignIn.as(mvc, username, TEMPORARY))).andExpect(status().isOk());

		RequestPostProcessor theirSession = SignIn.as(mvc, username, TEMPORARY);
		mvc.perform(post("/admin/users/{id}/password", idOf(username)).with(admin).with(csrf()).param("lang", "tr")
				.param("password", "Gül Yıldırım için yeni"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Parola, hesap sahibinin adını")));
		mvc.perform(post("/admin/users/{id}/password", idOf(username)).with(admin).with(csrf())
				.param("password", "yeni geçici parola bugün"))
			.andExpect(status().is3xxRedirection());
		assertThat(mustChange(username)).isTrue();
		// the person's open session ended, and the sign-in page says why
		mvc.perform(get("/").with(theirSession).accept("text/html")).andExpect(redirectedUrl("/login?expired&ended=reset"));
		mvc.perform(get("/login?expired&ended=reset").param("lang", "tr"))
			.andExpect(content().string(containsString("Bir sistem yöneticisi hesabınıza yeni bir parola belirlediği için "
					+ "bu oturum sona erdi.")));
		mvc.perform(get("/admin/users/{id}", idOf(username)).with(admin).param("lang", "en"))
			.andExpect(content().string(containsString("Temporary password: to be replaced at the next sign-in")));
		mvc.perform(get("/").with(SignIn.as(mvc, username, "yeni geçici parola bugün")))
			.andExpect(redirectedUrl("/account/password"));
	}

	@Test
	void theAccountPageShowsTheAccountAndSetsTheLanguageAtOnce() throws Exception {
		String username = created("dil");
		jdbc.sql("update app_user set must_change_password = false where username = :u").param("u", username).update();
		RequestPostProcessor session = SignIn.as(mvc, username, TEMPORARY);
		mvc.perform(get("/account").with(session).param("lang", "tr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hesabım")))
			.andExpect(content().string(containsString(username)))
			.andExpect(content().string(containsString("Gül Yıldırım")))
			.andExpect(content().string(containsString("İstanbul İl Göç İdaresi Müdürlüğü")))
			.andExpect(content().string(containsString("Odak kişi (uzman)")))
			.andExpect(content().string(containsString("<dd>İl</dd>")))
			// each language by its own name, in its language (not "İngilizce" marked as English)
			.andExpect(content().string(containsString("<option value=\"tr\" lang=\"tr\">Türkçe</option>")))
			.andExpect(content().string(containsString("<option value=\"en\" lang=\"en\">English</option>")));

		mvc.perform(post("/account/language").with(session).with(csrf()).param("preferredLanguage", "xx")
				.param("lang", "tr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sunulan dillerden birini seçin.")));
		mvc.perform(post("/account/language").with(session).with(csrf()).param("preferredLanguage", "en"))
			.andExpect(redirectedUrl("/account"))
			.andExpect(cookie().value("opennrm-lang", "en"));
		assertThat(jdbc.sql("select preferred_language from app_user where username = :u").param("u", username)
			.query(String.class).single()).isEqualTo("en");
		// the next sign-in speaks it too, whatever the browser last chose
		var signedIn = mvc.perform(post("/login").param("username", username).param("password", TEMPORARY).with(csrf())
				.cookie(new jakarta.servlet.http.Cookie("opennrm-lang", "tr")))
			.andExpect(authenticated()).andReturn();
		assertThat(signedIn.getResponse().getCookie("opennrm-lang").getValue()).isEqualTo("en");
		assertThat(auditedActions(idOf(username))).contains("USER_PREFERRED_LANGUAGE_CHANGED");
	}

	@Test
	void changingTheOwnPasswordEndsTheOtherSessionsButNotThisOne() throws Exception {
		String username = created("iki");
		jdbc.sql("update app_user set must_change_password = false where username = :u").param("u", username).update();
		RequestPostProcessor here = SignIn.as(mvc, username, TEMPORARY);
		RequestPostProcessor elsewhere = SignIn.as(mvc, username, TEMPORARY);
		mvc.perform(get("/").with(elsewhere)).andExpect(status().isOk());

		mvc.perform(change(here, TEMPORARY, "gul.yildirim uzun parola", "gul.yildirim uzun parola"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Parola, hesap sahibinin adını")));
		RequestPostProcessor renewed = changed(here, TEMPORARY, OWN, "/account");
		mvc.perform(get("/account").with(renewed).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your password was changed.")));
		mvc.perform(get("/").with(elsewhere)).andExpect(redirectedUrl("/login"));
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :u").param("u", username)
			.query(Long.class).single()).isOne();
		// the other computer's next page says why; a form sent from it also that it was not saved
		mvc.perform(get("/").with(elsewhere).accept("text/html")).andExpect(redirectedUrl("/login?expired&ended=password"));
		mvc.perform(post("/account/language").with(elsewhere).accept("text/html").param("preferredLanguage", "tr"))
			.andExpect(redirectedUrl("/login?expired=unsaved&ended=password"));
		mvc.perform(get("/login?expired=unsaved&ended=password").param("lang", "en"))
			.andExpect(content().string(containsString("Your password was changed in another window or on another "
					+ "computer, so this session ended. Sign in with the new password.")))
			.andExpect(content().string(containsString("What you sent was not saved")));
		// the stored reason names the session by a hash of its id, never by the id
		assertThat(jdbc.sql("select count(*) from ended_session where reason = 'PASSWORD' and ended_at > now() - interval '1 minute'")
			.query(Long.class).single()).isPositive();
	}

	@Test
	void aRefusedPasswordFormKeepsTheLanguageLinksWhichLeadToItsPage() throws Exception {
		String username = created("diller");
		RequestPostProcessor session = SignIn.as(mvc, username, TEMPORARY);
		// the change an administrator's password requires
		mvc.perform(change(session, TEMPORARY, OWN, OWN + " ama farklı"))
			.andExpect(content().string(containsString("href=\"/account/password?lang=en\"")))
			.andExpect(content().string(not(containsString("Dili değiştirmeden önce"))));
		RequestPostProcessor renewed = changed(session, TEMPORARY, OWN, "/");
		// the person's own page, whose other form (the language) is refused the same way
		mvc.perform(change(renewed, "yanlış parola", TEMPORARY + " yeni", TEMPORARY + " yeni"))
			.andExpect(content().string(containsString("Mevcut parola yanlış.")))
			.andExpect(content().string(containsString("href=\"/account?lang=en\"")))
			.andExpect(content().string(not(containsString("Dili değiştirmeden önce"))));
		mvc.perform(post("/account/language").with(renewed).with(csrf()).param("preferredLanguage", "xx")
				.param("lang", "tr"))
			.andExpect(content().string(containsString("href=\"/account?lang=en\"")));
		// and the administrator's reset of a password
		mvc.perform(post("/admin/users/{id}/password", idOf(username)).with(admin).with(csrf()).param("lang", "tr")
				.param("password", "kısa"))
			.andExpect(content().string(containsString("Parola en az 12 karakter olmalıdır.")))
			.andExpect(content().string(containsString("href=\"/admin/users/" + idOf(username) + "?lang=en\"")));
		// a refused form that shows what was typed still asks to save first
		mvc.perform(post("/admin/organisations").with(admin).with(csrf()).param("lang", "tr").param("phone", "0312"))
			.andExpect(content().string(containsString("Dili değiştirmeden önce")));
	}

	@Test
	void wrongCurrentPasswordsCountAsWrongPasswordsAtSignInDo() throws Exception {
		String username = created("kilit");
		jdbc.sql("update app_user set must_change_password = false where username = :u").param("u", username).update();
		RequestPostProcessor session = SignIn.as(mvc, username, TEMPORARY);
		for (int i = 0; i < 4; i++) {
			mvc.perform(change(session, "yanlış parola " + i, OWN, OWN))
				.andExpect(content().string(containsString("Mevcut parola yanlış.")));
		}
		assertThat(jdbc.sql("select failed_logins from app_user where username = :u").param("u", username)
			.query(Integer.class).single()).isEqualTo(4);
		mvc.perform(change(session, "yanlış parola 5", OWN, OWN))
			.andExpect(content().string(containsString("bu, izin verilen son denemeydi")));
		// locked: even the right password is not looked at, and no one signs in; this session goes on
		mvc.perform(change(session, TEMPORARY, OWN, OWN))
			.andExpect(content().string(containsString("Hesap çok sayıda yanlış paroladan sonra kilitli")));
		mvc.perform(formLogin().user(username).password(TEMPORARY)).andExpect(unauthenticated());
		mvc.perform(get("/account").with(session)).andExpect(status().isOk());
		assertThat(auditedActions(idOf(username))).containsSubsequence("USER_PASSWORD_CHANGE_FAILED",
				"USER_PASSWORD_CHANGE_FAILED_ACCOUNT_LOCKED", "USER_PASSWORD_CHANGE_REFUSED_ACCOUNT_LOCKED");
		assertThat(jdbc.sql("select count(*) from audit_entry where action like 'USER_PASSWORD_CHANGE%' and outcome = 'FAILURE'"
				+ " and entity_id = :id").param("id", idOf(username).toString()).query(Long.class).single()).isEqualTo(6);
	}

	/**
	 * A form sent with a password left empty is incomplete: said at the field, and nothing checked, counted or audited.
	 * It counted as a wrong current password, and five empty sends locked the account.
	 */
	@Test
	void anEmptyPasswordIsRequiredNotWrongAndCountsForNothing() throws Exception {
		String username = created("bos");
		RequestPostProcessor session = SignIn.as(mvc, username, TEMPORARY);
		for (int i = 0; i < 6; i++) {
			mvc.perform(change(session, "", "", ""))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Bu alan zorunludur.")))
				.andExpect(content().string(not(containsString("Mevcut parola yanlış"))));
		}
		mvc.perform(change(session, "", OWN, OWN))
			.andExpect(content().string(containsString("Bu alan zorunludur.")));
		assertThat(jdbc.sql("select failed_logins from app_user where username = :u").param("u", username)
			.query(Integer.class).single()).isZero();
		assertThat(auditedActions(idOf(username))).noneMatch(action -> action.startsWith("USER_PASSWORD_CHANGE"));
		changed(session, TEMPORARY, OWN, "/");
	}

	/**
	 * A user name typed on a Turkish keyboard: a capital i is İ (a phone capitalising the first letter, the caps lock),
	 * the key beside it ı. User names are ASCII, so either is the i it stands for.
	 */
	@Test
	void aUserNameTypedWithTurkishCapitalOrDotlessISignsIn() throws Exception {
		String username = created("iom");
		for (String typed : List.of(username.toUpperCase(java.util.Locale.forLanguageTag("tr")),
				"İ" + username.substring(1), "ı" + username.substring(1), username.toUpperCase(java.util.Locale.ROOT))) {
			mvc.perform(formLogin().user(typed).password(TEMPORARY)).andExpect(authenticated());
		}
	}

	@Test
	void theDemosAccountsAndApiClientsAreNotHeldToTheChange() throws Exception {
		assertThat(jdbc.sql("select count(*) from app_user where must_change_password and username in ('admin', 'koordinator', 'onleme')")
			.query(Long.class).single()).isZero();
		mvc.perform(get("/").with(SignIn.as(mvc, "onleme"))).andExpect(status().isOk());
	}

}
