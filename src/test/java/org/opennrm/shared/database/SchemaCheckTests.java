package org.opennrm.shared.database;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;

import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.opennrm.IntegrationTest;

/**
 * A check that changes nothing ({@code verify-audit}) on a database whose country list a newer jar's file changed,
 * its schema's version the jar's: it is refused, saying what is older, where it said the version was older than itself.
 */
@IntegrationTest
class SchemaCheckTests {

	@Autowired
	EmbeddedDatabase database;

	@Autowired
	List<JavaMigration> javaMigrations;

	@Test
	void aCountryListOlderThanTheJarsIsSaidSo() throws SQLException {
		try (ScratchDatabase scratch = ScratchDatabase.create(database, "schema_check", javaMigrations)) {
			scratch.migrateTo("latest");
			SchemaCheck.require(scratch.flyway());
			// as an older jar's file left it
			scratch.jdbc().sql("update flyway_schema_history set checksum = checksum + 1 where version is null").update();
			assertThatThrownBy(() -> SchemaCheck.require(scratch.flyway())).isInstanceOf(SchemaNotAtJarVersion.class)
				.hasMessage("The database's country list is older than this jar's, and this command does not migrate it.");
		}
	}

}
