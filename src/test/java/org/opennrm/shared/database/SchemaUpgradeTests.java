package org.opennrm.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;

import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.diagnostics.FailureAnalysis;

import org.opennrm.IntegrationTest;
import org.opennrm.shared.StartRefusedFailureAnalyzer;

/**
 * The application's start migrates an older schema, and refuses one that a newer version migrated, leaving it as it
 * is: Flyway alone warned and started, and the first request meeting a changed table failed.
 */
@IntegrationTest
class SchemaUpgradeTests {

	@Autowired
	EmbeddedDatabase database;

	@Autowired
	List<JavaMigration> javaMigrations;

	@Test
	void anOlderSchemaIsMigratedAndOneANewerVersionMigratedIsRefused() throws SQLException {
		try (ScratchDatabase scratch = ScratchDatabase.create(database, "schema_upgrade", javaMigrations)) {
			scratch.migrateTo("23");
			SchemaUpgrade.migrate(scratch.flyway());
			String latest = scratch.jdbc().sql("select max(installed_rank) from flyway_schema_history")
				.query(String.class).single();
			assertThat(scratch.flyway().info().pending()).isEmpty();

			scratch.jdbc().sql("""
					insert into flyway_schema_history (installed_rank, version, description, type, script, installed_by,
					execution_time, success) values (9999, '9999', 'from a newer jar', 'SQL', 'V9999__newer.sql', 'test', 0, true)""")
				.update();
			assertThatThrownBy(() -> SchemaUpgrade.migrate(scratch.flyway()))
				.isInstanceOfSatisfying(SchemaNotAtJarVersion.class, refused -> {
					FailureAnalysis analysis = new StartRefusedFailureAnalyzer().analyze(refused);
					assertThat(analysis.getDescription()).startsWith("The database's schema is at version 9999, newer than"
							+ " this jar's (").endsWith("): a newer version of OpenNRM has migrated it.");
					assertThat(analysis.getAction()).isEqualTo(SchemaUpgrade.GO_BACK);
				});
			assertThat(scratch.jdbc().sql("select count(*) from flyway_schema_history where installed_rank <> 9999")
				.query(String.class).single()).isEqualTo(latest);
		}
	}

}
