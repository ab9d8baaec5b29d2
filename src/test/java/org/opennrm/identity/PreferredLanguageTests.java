package org.opennrm.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.opennrm.IntegrationTest;
import org.opennrm.SignIn;

/** The language set on an account is the language OpenNRM speaks to its user after each sign-in. */
@IntegrationTest
class PreferredLanguageTests {

	private static final String ADDRESS = "203.0.113.41";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void restore() {
		jdbc.sql("update app_user set preferred_language = null where username = 'onleme'").update();
		jdbc.sql("delete from login_address_failure where address = :a").param("a", ADDRESS).update();
	}

	@Test
	void theAccountsLanguageTakesOverFromTheOneTheSignInPageWasShownIn() throws Exception {
		jdbc.sql("update app_user set preferred_language = 'en' where username = 'onleme'").update();
		// the browser, shared in an office, still carries the last person's Turkish
		MvcResult signedIn = signIn(new Cookie("opennrm-lang", "tr"));
		assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/");
		Cookie chosen = signedIn.getResponse().getCookie("opennrm-lang");
		assertThat(chosen).isNotNull();
		assertThat(chosen.getValue()).isEqualTo("en");
		assertThat(chosen.isHttpOnly()).isTrue();
		// the pages follow it
		String home = mvc.perform(get("/").cookie(signedIn.getResponse().getCookies()))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(home).contains("<html lang=\"en\"");
	}

	@Test
	void anAccountWithoutALanguageKeepsTheOneInUse() throws Exception {
		MvcResult signedIn = signIn(new Cookie("opennrm-lang", "en"));
		assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(signedIn.getResponse().getCookie("opennrm-lang")).isNull();
	}

	private MvcResult signIn(Cookie language) throws Exception {
		return mvc.perform(post("/login").param("username", "onleme").param("password", SignIn.DEMO_PASSWORD)
				.cookie(language).with(csrf()).with(AddressThrottleTests.from(ADDRESS)))
			.andExpect(authenticated())
			.andReturn();
	}

}
