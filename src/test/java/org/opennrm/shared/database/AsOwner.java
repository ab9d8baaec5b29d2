package org.opennrm.shared.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Statements run as the embedded database's owner, for tests and benchmarks that must do what the application's own
 * role may not (switch the audit trail's guard off, vacuum the index's tables, set up a crash).
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

	private static Connection connect(EmbeddedDatabase database) throws SQLException {
		return DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, database.password());
	}

}
