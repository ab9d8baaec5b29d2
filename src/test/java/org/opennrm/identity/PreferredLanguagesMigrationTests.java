package org.opennrm.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;

import org.flywaydb.core.api.migration.JavaMigration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.opennrm.IntegrationTest;
import org.opennrm.SentForm;
import org.opennrm.SignIn;
import org.opennrm.shared.database.EmbeddedDatabase;
import org.opennrm.shared.database.ScratchDatabase;

/**
 * Accounts that preferred Arabic, Persian or Russian, from when the language menu offered them: V21 leaves them with no
 * preferred language, so that they sign in (in the language in use, else the browser's, else the default) and their
 * pages show and save them as any account without one.
 */
@IntegrationTest
class PreferredLanguagesMigrationTests {

	private static final String V21 = "db/migration/V21__clear_preferred_languages_of_no_staff_screen.sql";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EmbeddedDatabase database;

	@Autowired
	List<JavaMigration> javaMigrations;

	@AfterEach
	void restore() {
		jdbc.sql("update app_user set preferred_language = null where username = 'onleme'").update();
	}

	@Test
	void theMigrationClearsEveryPreferredLanguageTheStaffScreensAreNotOfferedIn() throws SQLException {
		try (ScratchDatabase older = ScratchDatabase.create(database, "preferred_languages", javaMigrations)) {
			JdbcClient db = older.jdbc();
			older.migrateTo("20");
			UUID organisation = UUID.randomUUID();
			db.sql("insert into organisation (id, name, name_folded, type) values (:id, 'Göç İdaresi', 'goc idaresi', 'NGO')")
				.param("id", organisation).update();
			for (String language : new String[] { "tr", "en", "ar", "fa", "ru", null }) {
				db.sql("""
						insert into app_user (id, username, full_name, full_name_folded, password_hash, role, scope,
						                      organisation_id, preferred_language, version)
						values (:id, :username, 'Dil Deneme', 'dil deneme', 'x', 'ANALYST', 'NATIONAL', :org, :language, 3)""")
					.param("id", UUID.randomUUID()).param("username", "dil." + language).param("org", organisation)
					.param("language", language).update();
			}

			older.migrateTo("latest");

			assertThat(db.sql("select username || ' ' || coalesce(preferred_language, '-') || ' ' || version "
					+ "from app_user order by username").query(String.class).list())
				.containsExactly("dil.ar - 4", "dil.en en 3", "dil.fa - 4", "dil.null - 3", "dil.ru - 4", "dil.tr tr 3");
		}
	}

	@Test
	void anAccountThatPreferredArabicSignsInAndItsPagesShowNoLanguage() throws Exception {
		jdbc.sql("update app_user set preferred_language = 'ar' where username = 'onleme'").update();
		jdbc.sql(new ClassPathResource(V21).getContentAsString(StandardCharsets.UTF_8)).update();
		UUID id = jdbc.sql("select id from app_user where username = 'onleme'").query(UUID.class).single();

		// at a computer where Arabic was chosen in the menu, when it offered it
		MvcResult signedIn = mvc.perform(post("/login").param("username", "onleme").param("password", SignIn.DEMO_PASSWORD)
				.cookie(new Cookie("opennrm-lang", "ar")).with(csrf()))
			.andExpect(authenticated())
			.andExpect(redirectedUrl("/"))
			.andReturn();
		assertThat(signedIn.getResponse().getCookie("opennrm-lang")).isNull();
		// the session's cookies, and the language that browser chose then
		Cookie[] cookies = Stream.concat(Stream.of(signedIn.getResponse().getCookies()),
				Stream.of(new Cookie("opennrm-lang", "ar"))).toArray(Cookie[]::new);
		RequestPostProcessor person = request -> {
			request.setSession((MockHttpSession) signedIn.getRequest().getSession(false));
			request.setCookies(cookies);
			return request;
		};
		Document home = page(get("/").with(person));
		assertThat(home.selectFirst("html").attr("lang")).isEqualTo("tr");
		assertThat(home.selectFirst("html").attr("dir")).isEqualTo("ltr");
		Document own = page(get("/account").with(person));
		assertThat(own.select("#preferredLanguage option[selected]")).isEmpty(); // the first, "none", is shown
		assertThat(own.select("#preferredLanguage option")).extracting(o -> o.attr("value")).containsExactly("", "tr", "en");

		RequestPostProcessor admin = SignIn.as(mvc, "admin");
		assertThat(page(get("/admin/users/{id}", id).with(admin).param("lang", "en"))
			.selectFirst("dt:containsOwn(Preferred language) + dd").text()).isEqualTo("None");
		mvc.perform(get("/api/v1/users/{id}", id).with(admin))
			.andExpect(jsonPath("$.preferredLanguage").value(org.hamcrest.Matchers.nullValue()));
		SentForm edit = SentForm.of(mvc.perform(get("/admin/users/{id}/edit", id).with(admin)).andReturn());
		assertThat(edit.value("preferredLanguage")).isEmpty();
		mvc.perform(edit.set("preferredLanguage", "en").post()).andExpect(redirectedUrl("/admin/users/" + id));
		assertThat(jdbc.sql("select preferred_language from app_user where id = :id").param("id", id)
			.query(String.class).single()).isEqualTo("en");
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}


}
