package org.opennrm.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import org.opennrm.IntegrationTest;
import org.opennrm.SignIn;

/**
 * The sign-in page gives away nothing about accounts: an unknown user name, a wrong password, a locked account and a
 * deactivated one get the same answer, whatever the password, and each counts alike against the client's address.
 */
@IntegrationTest
class SignInAnswerTests {

	private static final String ADDRESS = "203.0.113.40";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void restore() {
		jdbc.sql("delete from login_address_failure where address = :a").param("a", ADDRESS).update();
		jdbc.sql("update app_user set failed_logins = 0, locked_until = null, active = true where username = 'onleme'")
			.update();
	}

	@Test
	void anUnknownNameAWrongPasswordALockedAndADeactivatedAccountGetOneAnswer() throws Exception {
		assertThat(answer("nobody.at.all", SignIn.DEMO_PASSWORD)).isEqualTo("/login?error=credentials");
		assertThat(answer("onleme", "not the password")).isEqualTo("/login?error=credentials");

		jdbc.sql("update app_user set failed_logins = 0, locked_until = now() + interval '10 minutes'"
				+ " where username = 'onleme'").update();
		assertThat(answer("onleme", SignIn.DEMO_PASSWORD)).isEqualTo("/login?error=credentials");
		assertThat(answer("onleme", "not the password")).isEqualTo("/login?error=credentials");

		jdbc.sql("update app_user set locked_until = null, active = false where username = 'onleme'").update();
		assertThat(answer("onleme", SignIn.DEMO_PASSWORD)).isEqualTo("/login?error=credentials");
		assertThat(answer("onleme", "not the password")).isEqualTo("/login?error=credentials");

		// the audit trail still tells them apart, for the administrator
		assertThat(jdbc.sql("select action from audit_entry where remote_address = :a order by seq")
			.param("a", ADDRESS).query(String.class).list()).containsExactly("LOGIN_FAILED", "LOGIN_FAILED",
					"LOGIN_REFUSED_ACCOUNT_LOCKED", "LOGIN_REFUSED_ACCOUNT_LOCKED", "LOGIN_REFUSED_ACCOUNT_INACTIVE",
					"LOGIN_REFUSED_ACCOUNT_INACTIVE");
		// and each of the six counted against the address, so its count tells nothing of the accounts tried either
		assertThat(jdbc.sql("select failures from login_address_failure where address = :a").param("a", ADDRESS)
			.query(Integer.class).single()).isEqualTo(6);
	}

	@Test
	void thePageSaysTheAccountMayBeLockedOrNotActiveWithoutSayingWhichInBothLanguages() throws Exception {
		for (String error : List.of("credentials", "locked", "disabled")) {
			// "locked" and "disabled" were answers once: a page kept open from then shows the one answer too
			assertThat(page(error, "en")).contains("The user name or password may be wrong, or the account may be locked");
			assertThat(page(error, "tr")).contains("Kullanıcı adı ya da parola yanlış olabilir; hesap kilitli");
		}
	}

	private String answer(String username, String password) throws Exception {
		return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
				.with(AddressThrottleTests.from(ADDRESS)))
			.andExpect(unauthenticated())
			.andReturn().getResponse().getRedirectedUrl();
	}

	private String page(String error, String lang) throws Exception {
		return mvc.perform(get("/login").param("error", error).param("lang", lang))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
