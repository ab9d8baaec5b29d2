package org.opennrm.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.opennrm.IntegrationTest;
import org.opennrm.SignIn;

/** A session ends twelve hours after it began, however busy it has been, and the person is told why. */
@IntegrationTest
class SessionLifetimeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSessionOlderThanItsLifetimeEndsAtItsNextRequestWhileAYoungerOneGoesOn() throws Exception {
		endSessionsOfOtherTests("analist");
		RequestPostProcessor analist = SignIn.as(mvc, "analist");
		mvc.perform(get("/").with(analist)).andExpect(status().isOk());

		// used every few minutes all day: the idle timeout never ends it
		age("analist", "11 hours 50 minutes");
		mvc.perform(get("/").with(analist)).andExpect(status().isOk());

		age("analist", "20 minutes");
		mvc.perform(get("/").with(analist)).andExpect(redirectedUrl("/login?expired"));
		assertThat(sessionsOf("analist")).isZero();
		mvc.perform(get("/audit").with(analist)).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));

		mvc.perform(get("/login?expired").header("Accept-Language", "tr"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Oturumunuzun süresi doldu")));
		mvc.perform(get("/login?expired").header("Accept-Language", "en"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Your session has ended")));
	}

	@Test
	void aPageAskedForAfterTheSessionWentIdleSaysWhyTheSignInPageIsShown() throws Exception {
		endSessionsOfOtherTests("denetci");
		RequestPostProcessor denetci = SignIn.as(mvc, "denetci");
		mvc.perform(get("/").with(denetci).accept("text/html")).andExpect(status().isOk());
		jdbc.sql("update spring_session set last_access_time = last_access_time - 31 * 60 * 1000 where principal_name = 'denetci'")
			.update();

		mvc.perform(get("/").with(denetci).accept("text/html")).andExpect(redirectedUrl("/login?expired"));
		// the sign-in page itself, and what is not a page, are not sent round
		mvc.perform(get("/login").with(denetci).accept("text/html")).andExpect(status().isOk());
		mvc.perform(get("/css/opennrm.css").with(denetci)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/reference/provinces").with(denetci).accept("application/json"))
			.andExpect(status().isUnauthorized());
	}

	/** Moves the beginning of the account's sessions back by {@code interval}. */
	private void age(String username, String interval) {
		int aged = jdbc.sql("""
				update spring_session
				   set creation_time = creation_time - (extract(epoch from interval '%s') * 1000)::bigint
				 where principal_name = :u""".formatted(interval))
			.param("u", username).update();
		assertThat(aged).isPositive();
	}

	private void endSessionsOfOtherTests(String username) {
		jdbc.sql("delete from spring_session where principal_name = :u").param("u", username).update();
	}

	private long sessionsOf(String username) {
		return jdbc.sql("select count(*) from spring_session where principal_name = :u").param("u", username)
			.query(Long.class).single();
	}

}
