package org.opennrm.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.FileSystemUtils;

/** A PostgreSQL server run by the application itself, listening on localhost only. */
public final class EmbeddedDatabase implements AutoCloseable {

	static final String USER = "postgres";
	static final String DATABASE = "opennrm";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private final EmbeddedPostgres postgres;
	private final Path temporaryDirectory;

	private EmbeddedDatabase(EmbeddedPostgres postgres, Path temporaryDirectory) {
		this.postgres = postgres;
		this.temporaryDirectory = temporaryDirectory;
	}

	static EmbeddedDatabase start(Path configuredDataDir, EmbeddedDatabaseProperties properties) {
		try {
			Path dataDir = properties.ephemeral() ? Files.createTempDirectory("opennrm-pg-")
					: configuredDataDir.toAbsolutePath().normalize();
			Files.createDirectories(dataDir);
			new OrphanedServer(dataDir).clear();
			long started = System.nanoTime();
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dataDir)
				.setCleanDataDirectory(properties.ephemeral())
				.setPort(properties.port() == 0 ? 0 : properties.port())
				.setLocaleConfig("encoding", "UTF8")
				.setLocaleConfig("locale", "C")
				.setServerConfig("listen_addresses", "localhost")
				.setServerConfig("max_connections", "100")
				.setServerConfig("shared_buffers", "256MB")
				// The server log must not quote statements or values: they can hold victims' data.
				.setServerConfig("log_min_error_statement", "panic")
				.setServerConfig("log_error_verbosity", "terse")
				.setPGStartupWait(Duration.ofSeconds(60))
				// Spring stops the server when the application context closes, after everything that still
				// writes to it (the library's own JVM hook would stop it too early, under their feet).
				.setRegisterShutdownHook(false)
				.start();
			createDatabaseIfMissing(postgres);
			log.info("Embedded PostgreSQL started on localhost:{} in {} ms, data in {}", postgres.getPort(),
					(System.nanoTime() - started) / 1_000_000, properties.ephemeral() ? "a temporary directory" : dataDir);
			return new EmbeddedDatabase(postgres, properties.ephemeral() ? dataDir : null);
		}
		catch (IOException ex) {
			throw new IllegalStateException("The embedded PostgreSQL could not start: " + ex.getMessage()
					+ ". Check that " + configuredDataDir + " is writable, or configure an external database"
					+ " with SPRING_DATASOURCE_URL.", ex);
		}
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws IOException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			try (ResultSet rs = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
				if (rs.next()) {
					return;
				}
			}
			statement.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
		}
		catch (SQLException ex) {
			throw new IOException("could not create the database: " + ex.getMessage(), ex);
		}
	}

	public String jdbcUrl() {
		return postgres.getJdbcUrl(USER, DATABASE);
	}

	public int port() {
		return postgres.getPort();
	}

	@Override
	public void close() {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (temporaryDirectory != null) {
				try {
					FileSystemUtils.deleteRecursively(temporaryDirectory);
				}
				catch (IOException ex) {
					log.warn("Could not delete the temporary database directory {}", temporaryDirectory);
				}
			}
		}
	}

}
