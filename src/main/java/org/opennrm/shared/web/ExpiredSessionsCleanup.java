package org.opennrm.shared.web;

import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

import org.opennrm.shared.SafeErrors;
import org.opennrm.shared.TemporarilyUnavailable;

/**
 * Deletes the sessions that have expired, every minute, as Spring Session's own job did (switched off:
 * {@code spring.session.jdbc.cleanup-cron=-}). That job logged an unexpected error with its whole stack trace every
 * minute while the database was out of reach; this one says so once an outage, in one WARN line, and once when it
 * deletes again. Other failures keep their trace ({@code ScheduledJobErrors}).
 */
@Component
@Profile("!command")
@ConditionalOnWebApplication // sessions are the web server's: an application started without one keeps none
class ExpiredSessionsCleanup {

	private static final Logger log = LoggerFactory.getLogger(ExpiredSessionsCleanup.class);

	private final JdbcIndexedSessionRepository sessions;
	private final AtomicBoolean outOfReach = new AtomicBoolean();

	ExpiredSessionsCleanup(JdbcIndexedSessionRepository sessions) {
		this.sessions = sessions;
	}

	@Scheduled(cron = "${opennrm.session.cleanup-cron:0 * * * * *}")
	void deleteExpired() {
		try {
			sessions.cleanUpExpiredSessions();
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

}
