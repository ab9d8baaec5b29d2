package org.opennrm.shared.database;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.ValidateResult;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With {@code opennrm.database.read-only=true} (set for {@code verify-audit}, a check that must change nothing): the
 * schema is compared with this jar's migrations instead of migrated, and a start on a schema at another version is
 * refused ({@link SchemaNotAtJarVersion}), since the check would read tables of another shape.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "opennrm.database.read-only", havingValue = "true")
class SchemaCheck {

	/** Applied by a newer jar: not among this one's migrations. */
	private static final Set<MigrationState> FUTURE = Set.of(MigrationState.FUTURE_SUCCESS, MigrationState.FUTURE_FAILED);

	@Bean
	FlywayMigrationStrategy checkInsteadOfMigrating() {
		return SchemaCheck::require;
	}

	static void require(Flyway flyway) {
		var info = flyway.info();
		refuseNewer(info, "Run the command with the jar of the version the database is run with.");
		MigrationInfo[] pending = info.pending();
		if (pending.length > 0) {
			// the schema at the jar's version, and a repeatable migration (the country list) whose file the jar changed
			boolean listsOnly = Arrays.stream(pending).allMatch(migration -> migration.getVersion() == null);
			String lists = Arrays.stream(pending).map(MigrationInfo::getDescription).collect(Collectors.joining(", "));
			String older = listsOnly ? "The database's " + lists + " is older than this jar's"
					: "The database's schema is at version " + databaseVersion(info) + ", older than this jar's ("
							+ jarVersion(info) + ")";
			throw new SchemaNotAtJarVersion(older + ", and this command does not migrate it.", "Start the"
					+ " application of this version once (it migrates the schema), or run the command with the jar of"
					+ " the version the database was last run with.");
		}
		ValidateResult validation = flyway.validateWithResult();
		if (!validation.validationSuccessful) {
			throw new SchemaNotAtJarVersion("The database's schema differs from this jar's migrations: "
					+ validation.getAllErrorMessages(), "Run the command with the jar of the version the database is"
					+ " run with.");
		}
	}

	/**
	 * Refuses a schema that a newer jar migrated: this jar's code is not made for its tables (Flyway itself only warns,
	 * and leaves the failures to the first request that meets a changed table).
	 */
	static void refuseNewer(MigrationInfoService info, String action) {
		if (Arrays.stream(info.applied()).anyMatch(migration -> FUTURE.contains(migration.getState()))) {
			throw new SchemaNotAtJarVersion("The database's schema is at version " + databaseVersion(info) + ", newer"
					+ " than this jar's (" + jarVersion(info) + "): a newer version of OpenNRM has migrated it.", action);
		}
	}

	private static String jarVersion(MigrationInfoService info) {
		return Arrays.stream(info.all())
			.filter(migration -> !FUTURE.contains(migration.getState()))
			.map(MigrationInfo::getVersion)
			.filter(version -> version != null)
			.max(MigrationVersion::compareTo)
			.map(MigrationVersion::getVersion)
			.orElse("none");
	}

	private static String databaseVersion(MigrationInfoService info) {
		MigrationInfo current = info.current();
		return current == null || current.getVersion() == null ? "none (no schema)" : current.getVersion().getVersion();
	}

}
