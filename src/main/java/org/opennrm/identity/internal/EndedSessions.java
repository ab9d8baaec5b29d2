package org.opennrm.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import org.opennrm.identity.internal.SessionTermination.Why;

/**
 * Why sessions were ended ({@link SessionTermination}), so that the sign-in page the person is sent to next can say
 * so. Kept by the SHA-256 of the session's id (the database never holds a session key it does not need), for the
 * longest lifetime of a session; past it, the page says only that the session ended.
 * <p>
 * A session ended by signing out is kept by the SHA-256 of its CSRF token instead: the sign-out deletes the session's
 * cookie in the browser, so the pages of the session still open in its other tabs send no id of it, only the token
 * (in a form, in htmx's header).
 */
@Component
class EndedSessions {

	/** What a CSRF token is hashed with, so that no token is taken for a session's id (both are UUIDs). */
	private static final String CSRF_TOKEN = "csrf ";

	private final JdbcClient jdbc;
	private final TransactionTemplate ownTransaction;
	private final Duration kept;

	EndedSessions(JdbcClient jdbc, PlatformTransactionManager transactions,
			@Value("${opennrm.session.max-lifetime:12h}") Duration kept) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.kept = kept;
	}

	/**
	 * Notes why the session is ended, before it is: committed at once, as the session's deletion is, so that its next
	 * request finds the reason whatever becomes of the change that ended it.
	 */
	void record(String sessionId, Why why) {
		ownTransaction.executeWithoutResult(status -> jdbc.sql("""
				insert into ended_session (session_hash, reason) values (:hash, :reason)
				on conflict (session_hash) do update set reason = excluded.reason, ended_at = now()""")
			.param("hash", hash(sessionId))
			.param("reason", why.name())
			.update());
	}

	/**
	 * Deletes the reasons kept longer than a session lives, which {@link #why} no longer reads
	 * ({@link SignInRecordsClearing}).
	 * @return how many were deleted
	 */
	int clearExpired() {
		return jdbc.sql("delete from ended_session where ended_at <= now() - make_interval(secs => :seconds)")
			.param("seconds", kept.toSeconds())
			.update();
	}

	/** Notes that the session whose CSRF token this is was signed out. */
	void signedOut(String csrfToken) {
		record(CSRF_TOKEN + csrfToken, Why.SIGNED_OUT);
	}

	/** Why the session whose pages carry this CSRF token was ended, if it was signed out, and not too long ago. */
	Optional<Why> whyEndedWithToken(String csrfToken) {
		return why(CSRF_TOKEN + csrfToken);
	}

	/** Why the session of this id was ended, if it was ended for a reason and not too long ago. */
	Optional<Why> why(String sessionId) {
		return jdbc.sql("""
				select reason from ended_session
				 where session_hash = :hash and ended_at > now() - make_interval(secs => :seconds)""")
			.param("hash", hash(sessionId))
			.param("seconds", kept.toSeconds())
			.query(String.class)
			.optional()
			.map(Why::valueOf);
	}

	private static byte[] hash(String sessionId) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java has SHA-256", ex);
		}
	}

}
