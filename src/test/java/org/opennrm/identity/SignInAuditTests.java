package org.opennrm.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import org.opennrm.IntegrationTest;
import org.opennrm.SignIn;

/** Every sign-in leaves its entry: who signed in, and each attempt on a locked or deactivated account. */
@IntegrationTest
class SignInAuditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void restore() {
		jdbc.sql("update app_user set failed_logins = 0, locked_until = null, active = true where username = 'onleme'").update();
	}

	@Test
	void aSignInIsAuditedWithTheSignedInPersonAsItsActor() throws Exception {
		mvc.perform(formLogin().user("denetci").password(SignIn.DEMO_PASSWORD)).andExpect(redirectedUrl("/"));
		Map<String, Object> entry = latest("LOGIN");
		assertThat(entry.get("actor_name")).isEqualTo("denetci");
		assertThat(entry.get("actor_kind")).isEqualTo("USER");
		assertThat(entry.get("entity_id")).isEqualTo(idOf("denetci").toString());
	}

	@Test
	void attemptsOnALockedOrADeactivatedAccountAreAuditedAndRefusedWhateverThePassword() throws Exception {
		jdbc.sql("update app_user set locked_until = now() + interval '10 minutes' where username = 'onleme'").update();
		mvc.perform(formLogin().user("onleme").password(SignIn.DEMO_PASSWORD)).andExpect(redirectedUrl("/login?error=credentials"));
		Map<String, Object> locked = latest("LOGIN_REFUSED_ACCOUNT_LOCKED");
		assertThat(locked.get("entity_id")).isEqualTo(idOf("onleme").toString());
		assertThat(locked.get("outcome")).isEqualTo("FAILURE");

		jdbc.sql("update app_user set locked_until = null, active = false where username = 'onleme'").update();
		mvc.perform(formLogin().user("onleme").password("anything")).andExpect(redirectedUrl("/login?error=credentials"));
		assertThat(latest("LOGIN_REFUSED_ACCOUNT_INACTIVE").get("entity_id")).isEqualTo(idOf("onleme").toString());
	}

	@Test
	void attemptsOnADeactivatedAccountCountForNothingSoItSignsInOnceReactivated() throws Exception {
		jdbc.sql("update app_user set active = false, last_login_at = null where username = 'onleme'").update();
		for (int i = 0; i < 6; i++) {
			mvc.perform(formLogin().user("onleme").password("wrong-" + i)).andExpect(redirectedUrl("/login?error=credentials"));
		}
		mvc.perform(formLogin().user("onleme").password(SignIn.DEMO_PASSWORD)).andExpect(redirectedUrl("/login?error=credentials"));
		assertThat(jdbc.sql("select failed_logins from app_user where username = 'onleme'").query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select last_login_at from app_user where username = 'onleme'").query(java.sql.Timestamp.class)
			.optional()).isEmpty();

		jdbc.sql("update app_user set active = true where username = 'onleme'").update();
		mvc.perform(formLogin().user("onleme").password(SignIn.DEMO_PASSWORD))
			.andExpect(org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated());
	}

	private Map<String, Object> latest(String action) {
		return jdbc.sql("select actor_name, actor_kind, entity_id, outcome from audit_entry where action = :a"
				+ " order by seq desc limit 1").param("a", action).query().singleRow();
	}

	private UUID idOf(String username) {
		return jdbc.sql("select id from app_user where username = :u").param("u", username).query(UUID.class).single();
	}

}
