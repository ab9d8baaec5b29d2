package org.opennrm.shared.database;

import java.util.Map;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.opennrm.shared.EmbeddedMode;
import org.opennrm.shared.SafeErrors;

/**
 * Two database roles: the schema's owner runs the migrations, and the application connects as a role that may only
 * read and write rows, and only read and add rows of the audit trail ({@code db/migration/afterMigrate__grants.sql}).
 * The embedded database is set up so ({@link EmbeddedDatabase}). With an external database, set
 * {@code spring.flyway.user} and {@code spring.flyway.password} to the owner's and {@code spring.datasource.*} to
 * the application's role; the migrations then grant the latter its rights. With one role for both, OpenNRM runs, and
 * warns at start that its own connections could switch off the audit trail's guard.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseRoles {

	/** The migrations' placeholder naming the application's role; empty when it is the owner. */
	static final String APP_ROLE_PLACEHOLDER = "app_role";

	private static final Logger log = LoggerFactory.getLogger(DatabaseRoles.class);

	/** With an external database and a separate migration role: the application's role, to be granted its rights. */
	@Bean
	FlywayConfigurationCustomizer grantsToTheApplicationsRole(Environment environment) {
		return configuration -> {
			if (EmbeddedMode.isActive(environment)) {
				return; // EmbeddedDatabaseConfiguration names its own roles
			}
			String owner = environment.getProperty("spring.flyway.user", "");
			String app = environment.getProperty("spring.datasource.username", "");
			boolean separate = !owner.isBlank() && !app.isBlank() && !owner.equals(app);
			configuration.placeholders(Map.of(APP_ROLE_PLACEHOLDER, separate ? app : ""));
		};
	}

	/** Whether the connections of {@code dataSource} are the audit trail table's owner's, or a superuser's. */
	static boolean canAlterTheAuditTrail(DataSource dataSource) {
		return JdbcClient.create(dataSource).sql("""
				select r.rolsuper or pg_has_role(current_user, c.relowner, 'USAGE')
				  from pg_class c, pg_roles r
				 where c.oid = to_regclass('audit_entry') and r.rolname = current_user""")
			.query(Boolean.class).optional().orElse(false);
	}

	/** Says so when the application's own connections could alter the audit trail's table. */
	@EventListener(ApplicationReadyEvent.class)
	void warnIfTheApplicationOwnsTheAuditTrail(ApplicationReadyEvent event) {
		var dataSources = event.getApplicationContext().getBeanProvider(DataSource.class);
		DataSource dataSource = dataSources.getIfUnique();
		if (dataSource == null) {
			return;
		}
		try {
			if (canAlterTheAuditTrail(dataSource)) {
				log.warn("The application connects to the database as the owner of the audit trail's table (or as a "
						+ "superuser): its own connections could switch off the guard that keeps audit entries from "
						+ "being changed. Let a separate role own the schema and run the migrations: set "
						+ "spring.flyway.user and spring.flyway.password to it (README, Configuration).");
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not check the application's database rights: {}", SafeErrors.describe(ex));
		}
	}

}
