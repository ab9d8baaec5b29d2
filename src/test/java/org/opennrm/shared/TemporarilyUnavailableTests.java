package org.opennrm.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import org.opennrm.shared.TemporarilyUnavailable.Why;

/**
 * The database out of reach is told by the JDBC failure under Spring's wrapping, wherever it surfaced; errors of a
 * statement, even those Spring files with the resource failures, are not.
 */
class TemporarilyUnavailableTests {

	/** What the pool throws when its wait for a connection ends (HikariCP), with the driver's refusal as its cause. */
	private static final SQLTransientConnectionException POOL_WAIT_ENDED = new SQLTransientConnectionException(
			"HikariPool-1 - Connection is not available, request timed out after 5000ms", "08001",
			new PSQLException("Connection to localhost:5432 refused.", PSQLState.CONNECTION_UNABLE_TO_CONNECT));

	@Test
	void aConnectionNotGotATransactionNotBegunOrASessionNotReadIsTheDatabaseOutOfReach() {
		assertThat(TemporarilyUnavailable.why(new CannotGetJdbcConnectionException("no connection", POOL_WAIT_ENDED)))
			.hasValue(Why.DATABASE);
		// Spring Session reads and writes the session in a transaction of its own
		assertThat(TemporarilyUnavailable.why(new CannotCreateTransactionException("Could not open JDBC Connection",
				POOL_WAIT_ENDED))).hasValue(Why.DATABASE);
		// the pool's wait ended before any attempt of its failed (the network to the database down): no SQL state
		assertThat(TemporarilyUnavailable.why(new SQLTransientConnectionException("request timed out"))).hasValue(Why.DATABASE);
		assertThat(TemporarilyUnavailable.in(POOL_WAIT_ENDED)).isTrue();
	}

	@Test
	void aConnectionBrokenUnderAStatementIsTheDatabaseOutOfReach() {
		// as PostgreSQL tells a connection whose server is stopping (its driver keeps the server's SQL state)
		SQLException shutDown = new SQLException("FATAL: terminating connection due to administrator command", "57P01");
		assertThat(TemporarilyUnavailable.why(new DataAccessResourceFailureException("PreparedStatementCallback", shutDown)))
			.hasValue(Why.DATABASE);
		assertThat(TemporarilyUnavailable.why(new SQLException("An I/O error occurred while sending to the backend.",
				"08006"))).hasValue(Why.DATABASE);
		assertThat(TemporarilyUnavailable.why(new SQLException("the database system is starting up", "57P03")))
			.hasValue(Why.DATABASE);
		// the rollback after it failed too, and is thrown with the statement's failure beside it, not as its cause
		TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed"));
		rollback.initApplicationException(new DataAccessResourceFailureException("PreparedStatementCallback", shutDown));
		assertThat(TemporarilyUnavailable.why(rollback)).hasValue(Why.DATABASE);
	}

	@Test
	void aStatementsOwnErrorIsNotEvenWhereSpringFilesItWithResourceFailures() {
		assertThat(TemporarilyUnavailable.why(new DataAccessResourceFailureException("statement too complex",
				new SQLException("stack depth limit exceeded", "54001")))).isEmpty();
		assertThat(TemporarilyUnavailable.why(new DuplicateKeyException("duplicate",
				new SQLException("duplicate key value violates unique constraint", "23505")))).isEmpty();
		assertThat(TemporarilyUnavailable.why(new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed")))).isEmpty();
		assertThat(TemporarilyUnavailable.why(new IllegalStateException("a bug"))).isEmpty();
	}

	/**
	 * A statement cancelled at the server's time limit (as Spring files it) is too slow, not an outage, and is warned
	 * of each time; a connection broken under it stays the database out of reach.
	 */
	@Test
	void aStatementCancelledAtItsTimeLimitIsTooSlowWithItsOwnTextsAndWait() {
		PSQLException cancelled = new PSQLException("ERROR: canceling statement due to statement timeout",
				PSQLState.QUERY_CANCELED);
		assertThat(TemporarilyUnavailable.why(new QueryTimeoutException("PreparedStatementCallback", cancelled)))
			.hasValue(Why.TOO_SLOW);
		assertThat(TemporarilyUnavailable.databaseOutOfReachIn(cancelled)).isFalse();
		assertThat(TemporarilyUnavailable.why(new DataAccessResourceFailureException("broken",
				new SQLException("An I/O error occurred while sending to the backend.", "08006", cancelled))))
			.hasValue(Why.DATABASE);
		assertThat(Why.TOO_SLOW.texts()).isEqualTo("503.tooSlow");
		assertThat(Why.TOO_SLOW.retryAfter()).isEqualTo("30");
		assertThat(Why.TOO_SLOW.logged()).isTrue();
		assertThat(Why.DATABASE.logged()).isFalse();
	}

	/**
	 * A transaction that lost a deadlock or a serialization failure (as Spring files them) lost a conflict, to be tried
	 * again, and is warned of each time; other locking failures are not.
	 */
	@Test
	void aTransactionThatLostADeadlockOrASerializationFailureLostAConflictWithItsOwnTextsAndWait() {
		assertThat(TemporarilyUnavailable.why(new PessimisticLockingFailureException("PreparedStatementCallback",
				new PSQLException("ERROR: deadlock detected", PSQLState.DEADLOCK_DETECTED)))).hasValue(Why.CONFLICT);
		assertThat(TemporarilyUnavailable.why(new PessimisticLockingFailureException("PreparedStatementCallback",
				new PSQLException("ERROR: could not serialize access due to concurrent update",
						PSQLState.SERIALIZATION_FAILURE)))).hasValue(Why.CONFLICT);
		assertThat(TemporarilyUnavailable.why(new PessimisticLockingFailureException("PreparedStatementCallback",
				new SQLException("could not obtain lock on row in relation \"app_user\"", "55P03")))).isEmpty();
		assertThat(TemporarilyUnavailable.databaseOutOfReachIn(new SQLException("deadlock detected", "40P01"))).isFalse();
		assertThat(Why.CONFLICT.texts()).isEqualTo("503.conflict");
		assertThat(Why.CONFLICT.retryAfter()).isEqualTo("5");
		assertThat(Why.CONFLICT.logged()).isTrue();
	}

	@Test
	void aBusyServiceIsBusyWithItsOwnTextsAndWait() {
		final class Busy extends RuntimeException implements TemporarilyUnavailable {

			private static final long serialVersionUID = 1L;

		}
		assertThat(TemporarilyUnavailable.why(new IllegalStateException(new Busy()))).hasValue(Why.BUSY);
		assertThat(Why.BUSY.texts()).isEqualTo("503");
		assertThat(Why.BUSY.retryAfter()).isEqualTo("5");
		assertThat(Why.DATABASE.texts()).isEqualTo("503.database");
		assertThat(Why.DATABASE.retryAfter()).isEqualTo("60");
	}

	@Test
	void aNodeOutOfServiceSaysSoWithItsOwnTextsAndWait() {
		assertThat(TemporarilyUnavailable.why(new IllegalStateException(new OutOfService.Refused())))
			.hasValue(Why.OUT_OF_SERVICE);
		assertThat(Why.OUT_OF_SERVICE.texts()).isEqualTo("503.outOfService");
		assertThat(Why.OUT_OF_SERVICE.retryAfter()).isEqualTo("300");
	}

}
