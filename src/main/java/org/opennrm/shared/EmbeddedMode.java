package org.opennrm.shared;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertyResolver;
import org.springframework.util.StringUtils;

/** Whether OpenNRM runs its own database (no {@code spring.datasource.url} configured): the laptop default. */
public final class EmbeddedMode {

	private EmbeddedMode() {
	}

	public static boolean isActive(PropertyResolver environment) {
		return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
	}

	/** Where the embedded database keeps its data: {@code opennrm.embedded-database.data-dir}, or {@code <data-dir>/postgres}. */
	public static Path databaseDirectory(PropertyResolver environment) {
		String configured = environment.getProperty("opennrm.embedded-database.data-dir");
		return StringUtils.hasText(configured) ? Path.of(configured)
				: Path.of(environment.getProperty("opennrm.data-dir", "./data"), "postgres");
	}

	/** Set at start, before any bean, by {@link EarlierDatabase}: whether the embedded database was already there. */
	static final String EARLIER_DATABASE = "opennrm.embedded-database.earlier";

	/**
	 * Whether the embedded database of an earlier start was there to be kept (not a throw-away one) when this start
	 * began, before its own server could set one up: its data was written under that start's keys.
	 */
	public static boolean holdsEarlierDatabase(PropertyResolver environment) {
		return Boolean.parseBoolean(environment.getProperty(EARLIER_DATABASE, "false"));
	}

	/** Looks, once at start and before the database's server starts, for an embedded database of an earlier start. */
	public static final class EarlierDatabase implements EnvironmentPostProcessor {

		@Override
		public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
			boolean ephemeral = Boolean.parseBoolean(environment.getProperty("opennrm.embedded-database.ephemeral", "false"));
			boolean earlier = isActive(environment) && !ephemeral
					&& Files.exists(databaseDirectory(environment).resolve("PG_VERSION"));
			if (isActive(environment) && !earlier && !ephemeral && application.getAdditionalProfiles().contains("command")) {
				// an admin command works on a database that exists: it would otherwise set up an empty one, with new keys,
				// and report on it ("every value is under the active key")
				Path directory = databaseDirectory(environment).toAbsolutePath().normalize();
				throw new StartRefused("No database to work on: no external database is configured (spring.datasource.url),"
						+ " and " + directory + " holds no embedded database.", "Run the command with the application's own"
								+ " settings: the external database's (SPRING_DATASOURCE_URL, …) and keys, or, for the embedded"
								+ " database, in the folder the application runs in (or with --opennrm.data-dir=… naming its data"
								+ " directory), with the application stopped.");
			}
			environment.getPropertySources().addLast(new MapPropertySource("opennrm-earlier-database",
					Map.of(EARLIER_DATABASE, Boolean.toString(earlier))));
		}

	}

}
