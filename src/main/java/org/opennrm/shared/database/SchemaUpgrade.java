package org.opennrm.shared.database;

import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's start migrates the schema to this jar's version, and refuses one that a newer jar has migrated:
 * started on it, an older version would fail at the first request that meets a changed table (an account saved, a 500).
 * Going back to an older version is restoring the backup taken before the upgrade. A check that changes nothing
 * ({@code opennrm.database.read-only=true}) has {@link SchemaCheck} instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "opennrm.database.read-only", havingValue = "false", matchIfMissing = true)
class SchemaUpgrade {

	static final String GO_BACK = "Start the version of OpenNRM that migrated it. To go back to this version, restore "
			+ "the backup taken before the upgrade (README, \"Backup and restore\").";

	@Bean
	FlywayMigrationStrategy migrateUnlessNewer() {
		return SchemaUpgrade::migrate;
	}

	static void migrate(Flyway flyway) {
		SchemaCheck.refuseNewer(flyway.info(), GO_BACK);
		flyway.migrate();
	}

}
