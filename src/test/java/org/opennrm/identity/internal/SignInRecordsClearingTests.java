package org.opennrm.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.opennrm.IntegrationTest;

/**
 * Why sessions ended, and the refused sign-ins of client addresses, are deleted once their time is over, on a quiet
 * system too, and by one node at a time.
 */
@IntegrationTest
class SignInRecordsClearingTests {

	private static final String OLD = "192.0.2.61";

	private static final String CURRENT = "192.0.2.62";

	@Autowired
	SignInRecordsClearing clearing;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void forget() {
		jdbc.sql("delete from login_address_failure where address in (:a)").param("a", List.of(OLD, CURRENT)).update();
		jdbc.sql("delete from ended_session where reason = 'TEST'").update();
	}

	@Test
	void expiredRowsAreClearedByOneNodeAndCurrentOnesKept() {
		UUID account = jdbc.sql("select id from app_user where username = 'analist'").query(UUID.class).single();
		// a session ended thirteen hours ago (longer than a session lives) and one a minute ago
		jdbc.sql("""
				insert into ended_session (session_hash, reason, ended_at) values
				    (sha256('old'), 'TEST', now() - interval '13 hours'), (sha256('current'), 'TEST', now() - interval '1 minute')""")
			.update();
		// an address whose window of fifteen minutes has passed, with a refusal of an account noted in it; an address
		// counted now, with a refusal noted in its earlier window and one in this one
		jdbc.sql("""
				insert into login_address_failure (address, window_start, failures) values
				    (:old, now() - interval '20 minutes', 30), (:current, now() - interval '1 minute', 3)""")
			.param("old", OLD).param("current", CURRENT).update();
		jdbc.sql("""
				insert into login_address_account_failure (address, account_id, window_start, failures) values
				    (:old, :account, now() - interval '20 minutes', 2), (:current, :account, now() - interval '40 minutes', 4)""")
			.param("old", OLD).param("current", CURRENT).param("account", account).update();

		// another node holds the job's lock: this one clears nothing
		jdbc.sql("""
				insert into shedlock (name, lock_until, locked_at, locked_by)
				values ('sign-in-records-clearing', now() + interval '1 day', now(), 'another node')
				on conflict (name) do update set lock_until = excluded.lock_until, locked_by = excluded.locked_by""").update();
		clearing.clear();
		assertThat(endedSessions()).containsExactly("current", "old");
		assertThat(addresses()).containsExactly(OLD, CURRENT);

		// its lock released, the job clears what is past its time
		jdbc.sql("update shedlock set lock_until = now() - interval '1 day' where name = 'sign-in-records-clearing'").update();
		clearing.clear();
		assertThat(endedSessions()).containsExactly("current");
		assertThat(addresses()).containsExactly(CURRENT);
		assertThat(jdbc.sql("select count(*) from login_address_account_failure where address in (:a)")
			.param("a", List.of(OLD, CURRENT)).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select failures from login_address_failure where address = :a").param("a", CURRENT)
			.query(Integer.class).single()).isEqualTo(3);
	}

	private List<String> endedSessions() {
		return jdbc.sql("""
				select case when session_hash = sha256('old') then 'old' else 'current' end
				  from ended_session where reason = 'TEST' order by 1""").query(String.class).list();
	}

	private List<String> addresses() {
		return jdbc.sql("select address from login_address_failure where address in (:a) order by address")
			.param("a", List.of(OLD, CURRENT)).query(String.class).list();
	}

}
