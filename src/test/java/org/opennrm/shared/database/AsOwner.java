package org.opennrm.shared.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Statements run as the embedded database's owner, for tests and benchmarks that must do what the application's own
 * role may not (switch the audit trail's guard off, vacuum the index's tables, set up a crash, take statistics).
 */
public final class AsOwner {

	private AsOwner() {
	}

	/** Runs the statements in order, on one connection. */
	public static void execute(EmbeddedDatabase database, String... sql) {
		try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
			for (String each : sql) {
				statement.execute(each);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The first column of the first row of a query. */
	public static String single(EmbeddedDatabase database, String sql) {
		try (Connection connection = connect(database); Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** What a test does as the owner, undone at its end. */
	@FunctionalInterface
	public interface Undone {

		void run(JdbcClient owner) throws SQLException;

	}

	/**
	 * Runs {@code work} in one transaction of the owner's, rolled back at its end whatever it did: a volume of rows to
	 * plan queries on, statistics taken of them ({@code analyze}, which only the owner may), leaving the test's database
	 * as it was.
	 */
	public static void undone(EmbeddedDatabase database, Undone work) throws SQLException {
		try (Connection connection = connect(database)) {
			connection.setAutoCommit(false);
			try {
				work.run(JdbcClient.create(new SingleConnectionDataSource(connection, true)));
			}
			finally {
				connection.rollback();
			}
		}
	}

	private static Connection connect(EmbeddedDatabase database) throws SQLException {
		return DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, database.password());
	}

}
