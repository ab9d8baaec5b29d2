package org.opennrm.shared.web;

import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

import org.opennrm.shared.SafeErrors;
import org.opennrm.shared.TemporarilyUnavailable;

/**
 * Deletes the sessions that have expired, every minute, as Spring Session's own job did (switched off:
 * {@code spring.session.jdbc.cleanup-cron=-}). That job logged an unexpected error with its whole stack trace every
 * minute while the database was out of reach; this one says so once an outage, in one WARN line, and once when it
 * deletes again. Other failures keep their trace ({@code ScheduledJobErrors}).
 * <p>
 * Then it keeps the sessions of those not signed in to {@code opennrm.session.anonymous-limit}, the most recently used.
 * Each page asked for without a session stores one (the sign-in form's CSRF token, the page to return to after signing
 * in), for 30 minutes: a script that keeps no cookie stores one per request, 30 a second from one plain loop, and could
 * fill the database's disk without ever signing in. Beyond the limit, the sessions used longest ago are deleted, and a
 * warning says how many; a person whose sign-in page was among them is told on sending it that the page had expired,
 * their user name kept, and signs in on the next try. The sessions of people signed in are never touched.
 */
@Component
@Profile("!command")
@ConditionalOnWebApplication // sessions are the web server's: an application started without one keeps none
class ExpiredSessionsCleanup {

	private static final Logger log = LoggerFactory.getLogger(ExpiredSessionsCleanup.class);

	private final JdbcIndexedSessionRepository sessions;
	private final JdbcClient jdbc;
	private final int anonymousLimit;
	private final AtomicBoolean outOfReach = new AtomicBoolean();

	ExpiredSessionsCleanup(JdbcIndexedSessionRepository sessions, JdbcClient jdbc,
			@Value("${opennrm.session.anonymous-limit:20000}") int anonymousLimit) {
		if (anonymousLimit < 1) {
			throw new IllegalArgumentException("opennrm.session.anonymous-limit must be 1 at least, not " + anonymousLimit);
		}
		this.sessions = sessions;
		this.jdbc = jdbc;
		this.anonymousLimit = anonymousLimit;
	}

	@Scheduled(cron = "${opennrm.session.cleanup-cron:0 * * * * *}")
	void deleteExpired() {
		try {
			sessions.cleanUpExpiredSessions();
			keepAnonymousToTheLimit();
		}
		catch (RuntimeException failure) {
			if (!TemporarilyUnavailable.databaseOutOfReachIn(failure)) {
				throw failure;
			}
			if (outOfReach.compareAndSet(false, true)) {
				log.warn("Expired sessions cannot be deleted, the database being out of reach; tried again every minute, "
						+ "without a word until it is back: {}", SafeErrors.describe(failure));
			}
			return;
		}
		if (outOfReach.compareAndSet(true, false)) {
			log.info("Expired sessions are deleted again, the database being back");
		}
	}

	/**
	 * Deletes the sessions without a person signed in (Spring Session writes the person's name beside a session once
	 * signed in) beyond the limit, those used longest ago first. Rows another transaction holds (a request saving its
	 * session, another node doing the same) are skipped rather than waited for, so that two nodes never wait on each
	 * other; they are deleted a minute later if still over.
	 */
	void keepAnonymousToTheLimit() {
		var cutoff = jdbc.sql("""
				select last_access_time from spring_session where principal_name is null
				order by last_access_time desc offset :limit limit 1""")
			.param("limit", anonymousLimit)
			.query(Long.class)
			.optional();
		if (cutoff.isEmpty()) {
			return;
		}
		int deleted = jdbc.sql("""
				delete from spring_session where primary_id in (
				  select primary_id from spring_session where principal_name is null and last_access_time <= :cutoff
				  for update skip locked)""")
			.param("cutoff", cutoff.get())
			.update();
		if (deleted > 0) {
			log.warn("{} sessions of no one signed in were deleted, over the limit of {} (opennrm.session.anonymous-limit):"
					+ " something asks for pages without keeping its session cookie, a script perhaps; a sign-in page among"
					+ " them asks its person to sign in again", deleted, anonymousLimit);
		}
	}

}
