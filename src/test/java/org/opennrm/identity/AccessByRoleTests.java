package org.opennrm.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.opennrm.IntegrationTest;

@IntegrationTest
class AccessByRoleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void loginPageIsPublicAndCarriesSecurityHeaders() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	@Test
	void everythingElseNeedsSignIn() throws Exception {
		mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/api/v1/organisations")).andExpect(status().isUnauthorized());
	}

	@Test
	void sessionsLiveInTheDatabaseSoAnyNodeCanServeThem() throws Exception {
		mvc.perform(formLogin().user("analist").password("demo-parola-2026")).andExpect(authenticated());
		long sessions = jdbc.sql("select count(*) from spring_session where principal_name = 'analist'")
			.query(Long.class).single();
		org.assertj.core.api.Assertions.assertThat(sessions).isPositive();
	}

	@Test
	void repeatedWrongPasswordsLockTheAccount() throws Exception {
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin().user("onleme").password("not the password " + i))
				.andExpect(redirectedUrl("/login?error=credentials"));
		}
		mvc.perform(formLogin().user("onleme").password("demo-parola-2026"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error=credentials"));
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("select locked_until > now() from app_user where username = 'onleme'")
			.query(Boolean.class).single()).isTrue();
		jdbc.sql("update app_user set locked_until = null, failed_logins = 0 where username = 'onleme'").update();
		mvc.perform(formLogin().user("onleme").password("demo-parola-2026")).andExpect(authenticated());
	}

	@Test
	void demoAccountSignsInWithThePolicyPassword() throws Exception {
		mvc.perform(formLogin().user("uzman.gaziantep").password("demo-parola-2026"))
			.andExpect(authenticated().withUsername("uzman.gaziantep"));
		mvc.perform(formLogin().user("uzman.gaziantep").password("wrong-password-123"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error=credentials"));
	}

}
