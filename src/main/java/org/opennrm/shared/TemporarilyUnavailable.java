package org.opennrm.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Optional;

import org.springframework.transaction.TransactionSystemException;

/**
 * An exception that says the service cannot serve the request just now, not that anything is wrong with it: too busy
 * (an exception of this type), or its database out of reach. The screens and the API answer 503 with when to try
 * again, rather than an unexpected error.
 */
public interface TemporarilyUnavailable {

	/** Why, with the texts that say so ({@code error.<texts>.title}, {@code .detail}) and the wait asked for. */
	enum Why {

		/** Too many password checks at once: a few seconds. */
		BUSY("503", 5, "the service being too busy"),

		/** The database cannot be reached (stopped, restarting, the network to it down): a minute. */
		DATABASE("503.database", 60, "the database being out of reach"),

		/**
		 * A statement of the request ran past the database's limit ({@code statement_timeout}, two minutes) and was
		 * cancelled, its transaction rolled back: a load or a lock held that long may have passed in half a minute.
		 * Not an outage, and no fault of the user's: an operator is told of each ({@link #logged()}).
		 */
		TOO_SLOW("503.tooSlow", 30, "a database statement having run past its time limit and been cancelled"),

		/**
		 * A transaction of the request lost to another one at the same moment and was rolled back: a deadlock (40P01),
		 * which PostgreSQL ends by aborting one side, or a serialization failure (40001). Tried again, it goes through.
		 * No fault of the user's, and one the application's lock order should not allow: an operator is told of each
		 * ({@link #logged()}).
		 */
		CONFLICT("503.conflict", 5,
				"a database transaction having lost a deadlock or a serialization conflict with another and been rolled back"),

		/**
		 * This node may do nothing audited until an operator restarts it (its active index key was replaced for good,
		 * docs/encryption.md): a few minutes, in which a load balancer sends the user to another node.
		 */
		OUT_OF_SERVICE("503.outOfService", 300, "this server being out of service until restarted (an ERROR above says why)");

		private final String texts;
		private final int retryAfterSeconds;
		private final String inTheLog;

		Why(String texts, int retryAfterSeconds, String inTheLog) {
			this.texts = texts;
			this.retryAfterSeconds = retryAfterSeconds;
			this.inTheLog = inTheLog;
		}

		public String texts() {
			return texts;
		}

		/**
		 * Whether each such answer is worth a warning of its own in the log: a statement cancelled at its limit, or a
		 * transaction that lost a conflict, is rare and says where the service is slow or its locks taken in an order
		 * that can fail; the others are told once per outage, or per minute.
		 */
		public boolean logged() {
			return this == TOO_SLOW || this == CONFLICT;
		}

		/**
		 * The reason in the operators' log, one phrase wherever it is told (a request answered 503, a scheduled job not
		 * run): "…, the database being out of reach".
		 */
		public String inTheLog() {
			return inTheLog;
		}

		/** The {@code Retry-After} header's value. */
		public String retryAfter() {
			return String.valueOf(retryAfterSeconds);
		}

	}

	/** Why this exception's request cannot be served just now: too busy, unless the exception says otherwise. */
	default Why reason() {
		return Why.BUSY;
	}

	/** Whether {@code failure}, or one of its causes, is such an exception, or a database out of reach. */
	static boolean in(Throwable failure) {
		return why(failure).isPresent();
	}

	/** Whether {@code failure} is temporary because the database is out of reach ({@link Why#DATABASE}). */
	static boolean databaseOutOfReachIn(Throwable failure) {
		return why(failure).orElse(null) == Why.DATABASE;
	}

	/**
	 * Why {@code failure} is temporary, if it is. The database's absence is told by the JDBC exception under whatever
	 * Spring wrapped it in (a connection not got, a transaction not begun or committed, Spring Session's session not
	 * read or written): a connection exception (SQL state class 08, as PostgreSQL's driver reports a server refusing
	 * connections or a connection broken), the pool's wait for a connection ended, or the server shutting down or
	 * starting up (57P01 to 57P03). Not by Spring's {@code DataAccessResourceFailureException} alone, which also stands
	 * for errors that are no outage (a statement over a limit of the server's, 54xxx): those stay unexpected, and logged.
	 * A statement cancelled at the server's {@code statement_timeout} (57014) is {@link Why#TOO_SLOW}; a transaction
	 * that lost a deadlock (40P01) or a serialization failure (40001), {@link Why#CONFLICT}.
	 */
	static Optional<Why> why(Throwable failure) {
		List<Throwable> chain = Causes.chain(failure);
		Optional<Why> declared = chain.stream().filter(TemporarilyUnavailable.class::isInstance)
			.map(cause -> ((TemporarilyUnavailable) cause).reason()).findFirst();
		if (declared.isPresent()) {
			return declared;
		}
		if (chain.stream().anyMatch(TemporarilyUnavailable::databaseOutOfReach)) {
			return Optional.of(Why.DATABASE);
		}
		if (chain.stream().anyMatch(TemporarilyUnavailable::cancelledAtItsLimit)) {
			return Optional.of(Why.TOO_SLOW);
		}
		return chain.stream().anyMatch(TemporarilyUnavailable::lostAConflict) ? Optional.of(Why.CONFLICT)
				: Optional.empty();
	}

	private static boolean lostAConflict(Throwable cause) {
		// deadlock_detected, serialization_failure: the transaction was rolled back, and may be tried again as it was
		return cause instanceof SQLException sql && ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState()));
	}

	private static boolean cancelledAtItsLimit(Throwable cause) {
		// query_canceled: the statement timeout, or a cancel request (pg_cancel_backend of an operator's), both
		// answered alike: nothing of the request's transaction was kept
		return cause instanceof SQLException sql && "57014".equals(sql.getSQLState());
	}

	private static boolean databaseOutOfReach(Throwable cause) {
		// a rollback that failed after its statement did (the connection was gone) is thrown with the statement's
		// failure beside it, not as its cause
		return connectionFailed(cause) || cause instanceof TransactionSystemException rollback
				&& rollback.getApplicationException() != null
				&& Causes.chain(rollback.getApplicationException()).stream().anyMatch(TemporarilyUnavailable::connectionFailed);
	}

	private static boolean connectionFailed(Throwable cause) {
		if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
			return true;
		}
		String state = cause instanceof SQLException sql ? sql.getSQLState() : null;
		return state != null && (state.startsWith("08") || state.matches("57P0[123]"));
	}

}
