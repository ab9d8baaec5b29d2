package org.opennrm.shared.database;

import java.sql.SQLException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start that cannot reach its database, or is not let in, told in Spring Boot's short report instead of a stack trace
 * of 130 to 180 lines with the cause far inside. Only PostgreSQL's connection (08…) and authorization (28…) states and
 * a database that does not exist (3D000): an error of a statement is another matter, and keeps its trace. Their
 * messages name a host, a port, a role or a database, never a row.
 */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
		String state = cause.getSQLState() == null ? "" : cause.getSQLState();
		if (state.startsWith("28")) {
			return new FailureAnalysis("OpenNRM's database did not let it in: " + cause.getMessage(), "Check "
					+ "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD (and SPRING_FLYWAY_USER and "
					+ "SPRING_FLYWAY_PASSWORD, if set) against the roles of the database, and pg_hba.conf on its server "
					+ "(README, Configuration).", cause);
		}
		if (state.startsWith("08") || "3D000".equals(state)) {
			return new FailureAnalysis("OpenNRM cannot reach its database: " + cause.getMessage(), "Check "
					+ "SPRING_DATASOURCE_URL (host, port, database name), that PostgreSQL runs there and accepts "
					+ "connections from this machine, and that the database exists. A start does not wait for the "
					+ "database: under systemd, Restart=on-failure with RestartSec=10 starts OpenNRM again until it "
					+ "comes up (README, Operations).", cause);
		}
		return null;
	}

}
