package org.opennrm.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import org.opennrm.IntegrationTest;
import org.opennrm.SignIn;

/**
 * A signed-in caller refused what its role does not grant is in the audit trail, screens, API and the services'
 * checks alike; a caller not signed in, one allowed, and a form sent without its CSRF token are not.
 */
@IntegrationTest
class AccessRefusedAuditTests {

	private static final String CANDIDATES = "/api/v1/matching/candidates";

	private static final String QUERY = "{\"givenNames\":\"Fatma\",\"familyNames\":\"Hüseyni\"}";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRoleReachingForWhatItLacksIsWrittenDownWithWhoAndWhat() throws Exception {
		long before = lastSeq();
		// a frontline reporter asks the index about a person (the service's check); a focal point opens the user
		// administration (a screen's); an analyst asks for the metrics (an address's rule)
		mvc.perform(post(CANDIDATES).contentType(MediaType.APPLICATION_JSON).content(QUERY).with(csrf())
				.with(SignIn.as(mvc, "polis.istanbul")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/users").with(SignIn.as(mvc, "uzman.gaziantep"))).andExpect(status().isForbidden());
		mvc.perform(get("/actuator/prometheus").with(SignIn.as(mvc, "analist"))).andExpect(status().isForbidden());
		assertThat(refusalsSince(before)).containsExactly("polis.istanbul FRONTLINE_REPORTER POST " + CANDIDATES,
				"uzman.gaziantep FOCAL_POINT GET /admin/users", "analist ANALYST GET /actuator/prometheus");
	}

	@Test
	void noEntryForACallerNotSignedInNorForOneAllowedNorForAMissingCsrfToken() throws Exception {
		long before = lastSeq();
		mvc.perform(post(CANDIDATES).contentType(MediaType.APPLICATION_JSON).content(QUERY))
			.andExpect(status().isUnauthorized());
		mvc.perform(post(CANDIDATES).contentType(MediaType.APPLICATION_JSON).content(QUERY).with(csrf())
				.with(SignIn.as(mvc, "koordinator")))
			.andExpect(status().isOk());
		mvc.perform(post(CANDIDATES).contentType(MediaType.APPLICATION_JSON).content(QUERY)
				.with(SignIn.as(mvc, "koordinator")))
			.andExpect(status().isForbidden());
		assertThat(refusalsSince(before)).isEmpty();
	}

	private long lastSeq() {
		return jdbc.sql("select coalesce(max(seq), 0) from audit_entry").query(Long.class).single();
	}

	private List<String> refusalsSince(long seq) {
		return jdbc.sql("""
				select u.username || ' ' || e.actor_role || ' ' || e.request
				  from audit_entry e join app_user u on u.id = e.actor_id
				 where e.seq > :seq and e.action = 'ACCESS_REFUSED' and e.outcome = 'FAILURE'
				 order by e.seq""")
			.param("seq", seq)
			.query(String.class)
			.list();
	}

}
