package org.opennrm.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.web.servlet.MockMvc;

import org.opennrm.IntegrationTest;
import org.opennrm.SignIn;

/**
 * A client that asks for pages without keeping its session cookie stores a session per request; beyond
 * {@code opennrm.session.anonymous-limit} such sessions, those used longest ago are deleted, with a warning, and the
 * sessions of people signed in are kept whatever their number or age.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AnonymousSessionsLimitTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcIndexedSessionRepository sessions;

	@Test
	void sessionsOfNoOneSignedInAreKeptToTheLimitTheMostRecentlyUsedFirst(CapturedOutput log) throws Exception {
		mvc.perform(SecurityMockMvcRequestBuilders.formLogin().user("koordinator").password(SignIn.DEMO_PASSWORD));
		List<String> before = ids();
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/login"));
		}
		List<String> pages = ids().stream().filter(id -> !before.contains(id)).toList();
		assertThat(pages).as("a session stored per sign-in page asked for without a cookie").hasSize(5);
		assertThat(anonymous()).containsAll(pages);
		// the signed-in person's session used longest ago of all: it is kept all the same
		jdbc.sql("update spring_session set last_access_time = 0 where principal_name = 'koordinator'").update();
		for (int i = 0; i < pages.size(); i++) {
			jdbc.sql("update spring_session set last_access_time = :at where primary_id = :id")
				.param("at", 4_000_000_000_000L + i)
				.param("id", pages.get(i))
				.update();
		}

		new ExpiredSessionsCleanup(sessions, jdbc, 2).deleteExpired();

		assertThat(anonymous()).containsExactlyInAnyOrder(pages.get(3), pages.get(4));
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = 'koordinator'")
			.query(Long.class).single()).isPositive();
		assertThat(log.getOut().lines().filter(line -> line.contains("sessions of no one signed in were deleted")))
			.singleElement().satisfies(line -> assertThat(line).contains("WARN")
				.contains("over the limit of 2 (opennrm.session.anonymous-limit)"));

		// under the limit: nothing deleted, nothing said
		new ExpiredSessionsCleanup(sessions, jdbc, 2).deleteExpired();
		assertThat(anonymous()).hasSize(2);
		assertThat(log.getOut().lines().filter(line -> line.contains("sessions of no one signed in were deleted")))
			.hasSize(1);
	}

	@Test
	void aLimitOfNoneIsRefused() {
		assertThatThrownBy(() -> new ExpiredSessionsCleanup(sessions, jdbc, 0))
			.hasMessage("opennrm.session.anonymous-limit must be 1 at least, not 0");
	}

	private List<String> ids() {
		return jdbc.sql("select primary_id from spring_session").query(String.class).list();
	}

	private List<String> anonymous() {
		return jdbc.sql("select primary_id from spring_session where principal_name is null").query(String.class).list();
	}

}
