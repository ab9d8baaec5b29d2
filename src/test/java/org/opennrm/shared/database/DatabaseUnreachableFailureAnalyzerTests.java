package org.opennrm.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A database not reached or not letting in is told in a short report; another SQL error keeps its trace. */
class DatabaseUnreachableFailureAnalyzerTests {

	private final DatabaseUnreachableFailureAnalyzer analyzer = new DatabaseUnreachableFailureAnalyzer();

	@Test
	void aDatabaseNotReachedIsToldWithWhereItWasLookedFor() {
		SQLException refused = connect("jdbc:postgresql://127.0.0.1:1/opennrm?connectTimeout=2");
		FailureAnalysis analysis = analyzer.analyze(new BeanCreationException("flyway", "init failed",
				new IllegalStateException("wrapped", refused)));
		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription()).startsWith("OpenNRM cannot reach its database: ").contains("127.0.0.1:1");
		assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL", "Restart=on-failure");
	}

	@Test
	void aRefusedRoleIsToldAsSuchAndAStatementsErrorIsNotThisAnalyzersBusiness() {
		FailureAnalysis denied = analyzer.analyze(new SQLException(
				"FATAL: password authentication failed for user \"opennrm_app\"", "28P01"));
		assertThat(denied.getDescription()).isEqualTo("OpenNRM's database did not let it in: FATAL: password "
				+ "authentication failed for user \"opennrm_app\"");
		assertThat(denied.getAction()).startsWith("Check SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD");
		assertThat(analyzer.analyze(new SQLException("duplicate key value violates unique constraint", "23505"))).isNull();
		assertThat(analyzer.analyze(new SQLException("no state"))).isNull();
	}

	private static SQLException connect(String url) {
		try {
			DriverManager.getConnection(url, "nobody", "none").close();
			throw new AssertionError("connected to " + url);
		}
		catch (SQLException expected) {
			return expected;
		}
	}

}
