package org.opennrm.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.opennrm.IntegrationTest;
import org.opennrm.SignIn;

/**
 * Whoever reads the database (a database administrator, a backup, a server log quoting statements) finds the live
 * sessions' ids in {@code spring_session}; sent as a cookie, such an id names no session: the cookie carries the id
 * with a keyed hash of it, whose key is not in the database.
 */
@IntegrationTest
class SignedSessionCookieTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anIdReadFromTheDatabaseIsNoSessionCookieButTheCookieTheApplicationGaveIs() throws Exception {
		MvcResult signIn = mvc.perform(SecurityMockMvcRequestBuilders.formLogin().user("koordinator")
			.password(SignIn.DEMO_PASSWORD)).andReturn();
		Cookie given = signIn.getResponse().getCookie("SESSION");
		assertThat(given).isNotNull();
		String value = new String(Base64.getDecoder().decode(given.getValue()), StandardCharsets.UTF_8);
		String id = jdbc.sql("select session_id from spring_session where principal_name = 'koordinator' "
				+ "order by creation_time desc limit 1").query(String.class).single();
		assertThat(value).startsWith(id + ".").hasSizeGreaterThan(id.length() + 40);

		mvc.perform(get("/").cookie(given)).andExpect(status().isOk());
		mvc.perform(get("/").cookie(cookie(id))).andExpect(redirectedUrl("/login"));
		mvc.perform(post("/api/v1/matching/candidates").cookie(cookie(id)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"givenNames\":\"Ayşe\"}")).andExpect(status().isUnauthorized());
		// an id with another session's hash, or a hash altered
		String otherHash = value.substring(value.lastIndexOf('.'));
		String otherId = jdbc.sql("select session_id from spring_session where session_id <> :id limit 1")
			.param("id", id).query(String.class).optional().orElse("00000000-0000-0000-0000-000000000000");
		mvc.perform(get("/").cookie(cookie(otherId + otherHash))).andExpect(redirectedUrl("/login"));
		String altered = value.substring(0, value.length() - 1) + (value.endsWith("A") ? "B" : "A");
		mvc.perform(get("/").cookie(cookie(altered))).andExpect(redirectedUrl("/login"));
		// the session is still there, for the cookie that was given
		mvc.perform(get("/").cookie(given)).andExpect(status().isOk());
	}

	private static Cookie cookie(String value) {
		return new Cookie("SESSION", Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)));
	}

}
