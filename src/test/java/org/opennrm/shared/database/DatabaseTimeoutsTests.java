package org.opennrm.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import org.opennrm.IntegrationTest;
import org.opennrm.shared.TemporarilyUnavailable;

/**
 * The application's connections end a statement that runs too long, and a transaction left idle, on the server's
 * side, and give up on a server that cannot be heard on the driver's (application.properties): a statement over its
 * limit fails with a clear error, not taken for an outage, and the connection serves the next one.
 */
@IntegrationTest
class DatabaseTimeoutsTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theApplicationsConnectionsHaveTheirLimitsAndAStatementOverOneFailsClearlyWithoutBreakingThem()
			throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			assertThat(show(statement, "statement_timeout")).isEqualTo("2min");
			assertThat(show(statement, "idle_in_transaction_session_timeout")).isEqualTo("2min");
			// the driver's wait for an answer, longer than the server's own limit
			assertThat(connection.getNetworkTimeout()).isEqualTo(150_000);
		}

		Throwable failure = catchThrowable(() -> transactions.executeWithoutResult(status -> {
			// the limit of the application's connections, shortened for this transaction alone
			jdbc.sql("set local statement_timeout = '1s'").update();
			jdbc.sql("select pg_sleep(3)").query().singleValue();
		}));
		assertThat(failure).isInstanceOf(QueryTimeoutException.class)
			.hasRootCauseMessage("ERROR: canceling statement due to statement timeout");
		// answered as too slow, to be tried again; not an outage
		assertThat(TemporarilyUnavailable.why(failure)).hasValue(TemporarilyUnavailable.Why.TOO_SLOW);
		for (int i = 0; i < 12; i++) {
			// every connection of the pool (10) and more: none was left broken
			assertThat(jdbc.sql("select current_setting('statement_timeout')").query(String.class).single())
				.isEqualTo("2min");
		}
	}

	private static String show(Statement statement, String setting) throws SQLException {
		try (var result = statement.executeQuery("show " + setting)) {
			result.next();
			return result.getString(1);
		}
	}

}
