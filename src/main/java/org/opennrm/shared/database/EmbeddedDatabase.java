package org.opennrm.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.FileSystemUtils;

/**
 * A PostgreSQL server run by the application itself, listening on localhost only, and only to its password.
 * <p>
 * The library creates the server's superuser with no password and lets every local connection in ({@code initdb -A
 * trust}): on a shared machine any other user could have connected and rewritten an administrator's password hash.
 * So on its first start the server gets a random password, kept in {@value #PASSWORD_FILE} inside the data
 * directory (which PostgreSQL keeps readable by its owner only; the file itself is too), and {@code pg_hba.conf}
 * requires it of every connection. Should the file be lost, the next start, which owns the data directory, lets
 * itself in once more and sets a new one.
 * <p>
 * That superuser owns the schema and runs the migrations. The application itself connects as {@value #APP_ROLE}, a
 * role without any other right than reading and writing rows, and only reading and adding rows of the audit trail
 * (granted after each migration, {@code db/migration/afterMigrate__grants.sql}): it cannot change or remove an audit
 * entry, nor switch off the trigger that refuses it. Its password is new on every start and kept nowhere but in the
 * application's memory.
 */
public final class EmbeddedDatabase implements AutoCloseable {

	/** The superuser: owns the schema, runs the migrations. */
	public static final String USER = "postgres";

	/** The role the application's connections use. */
	public static final String APP_ROLE = "opennrm_app";

	static final String DATABASE = "opennrm";
	static final String PASSWORD_FILE = "opennrm-password";

	private static final String HBA_MARK = "# OpenNRM: every connection needs the password in " + PASSWORD_FILE;
	private static final String HBA = HBA_MARK + """
			, beside this file.
			local all all scram-sha-256
			host all all 127.0.0.1/32 scram-sha-256
			host all all ::1/128 scram-sha-256
			""";
	private static final String TRUST_UNTIL_PASSWORD_SET = """
			# OpenNRM: the password file was missing; the next start sets a new password and requires it again.
			local all all trust
			host all all 127.0.0.1/32 trust
			host all all ::1/128 trust
			""";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private final EmbeddedPostgres postgres;
	private final Path temporaryDirectory;
	private final String password;
	private final String appPassword;

	private EmbeddedDatabase(EmbeddedPostgres postgres, Path temporaryDirectory, String password, String appPassword) {
		this.postgres = postgres;
		this.temporaryDirectory = temporaryDirectory;
		this.password = password;
		this.appPassword = appPassword;
	}

	static EmbeddedDatabase start(Path configuredDataDir, EmbeddedDatabaseProperties properties) {
		try {
			Path dataDir = properties.ephemeral() ? Files.createTempDirectory("opennrm-pg-")
					: configuredDataDir.toAbsolutePath().normalize();
			Files.createDirectories(dataDir);
			OrphanedServer orphans = new OrphanedServer(dataDir);
			orphans.clear();
			String password = readPassword(dataDir);
			if (password == null && passwordRequired(dataDir)) {
				log.warn("The embedded database's password file {} is missing; a new password is set on this start.",
						dataDir.resolve(PASSWORD_FILE));
				Files.writeString(dataDir.resolve("pg_hba.conf"), TRUST_UNTIL_PASSWORD_SET);
			}
			long started = System.nanoTime();
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
			if (password != null) {
				// the library's own readiness check connects too
				builder.setConnectConfig("password", password);
			}
			// The library starts PostgreSQL with fsync off (-F) and synchronous_commit off, as fits a test's
			// throw-away server; data kept in ./data must survive a power cut or a crash of the machine, so a
			// lasting one has both on again (a later -c wins over -F). The tests' servers keep them off, for speed.
			String durable = properties.ephemeral() ? "off" : "on";
			builder.setServerConfig("fsync", durable).setServerConfig("synchronous_commit", durable);
			EmbeddedPostgres postgres = builder
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
			orphans.claim();
			password = requirePassword(postgres, dataDir, password);
			createDatabaseIfMissing(postgres, password);
			String appPassword = prepareAppRole(postgres, password);
			log.info("Embedded PostgreSQL started on localhost:{} in {} ms, data in {}", postgres.getPort(),
					(System.nanoTime() - started) / 1_000_000, properties.ephemeral() ? "a temporary directory" : dataDir);
			return new EmbeddedDatabase(postgres, properties.ephemeral() ? dataDir : null, password, appPassword);
		}
		catch (IOException ex) {
			throw new IllegalStateException("The embedded PostgreSQL could not start: " + ex.getMessage()
					+ ". Check that " + configuredDataDir + " is writable, or configure an external database"
					+ " with SPRING_DATASOURCE_URL.", ex);
		}
	}

	private static String readPassword(Path dataDir) throws IOException {
		Path file = dataDir.resolve(PASSWORD_FILE);
		return Files.isRegularFile(file) ? Files.readString(file).strip() : null;
	}

	private static boolean passwordRequired(Path dataDir) throws IOException {
		Path hba = dataDir.resolve("pg_hba.conf");
		return Files.isRegularFile(hba) && Files.readString(hba).startsWith(HBA_MARK);
	}

	/**
	 * Sets the server's password and requires it, unless that is done: the password (made and written first, so that
	 * a start cut short repeats the same steps with it), then the role, then {@code pg_hba.conf}, then a reload.
	 */
	private static String requirePassword(EmbeddedPostgres postgres, Path dataDir, String known) throws IOException {
		if (known != null && passwordRequired(dataDir)) {
			return known;
		}
		// a password of ours is letters, digits, - and _ (base64url); one edited by hand is replaced
		String password = known != null && known.matches("[A-Za-z0-9_-]{32,}") ? known : newPassword(dataDir);
		try (Connection connection = postgres.getPostgresDatabase(Map.of("password", password)).getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("alter role " + USER + " password '" + password + "'");
			Files.writeString(dataDir.resolve("pg_hba.conf"), HBA);
			statement.execute("select pg_reload_conf()");
		}
		catch (SQLException ex) {
			throw new IOException("could not set the database's password: " + ex.getMessage(), ex);
		}
		return password;
	}

	/**
	 * Creates the application's role if it is missing, makes sure it has no right beyond signing in, and gives it a
	 * new password. Its rights on the tables are granted by the migrations' callback.
	 */
	private static String prepareAppRole(EmbeddedPostgres postgres, String password) throws IOException {
		String appPassword = randomPassword();
		try (Connection connection = postgres.getPostgresDatabase(Map.of("password", password)).getConnection();
				Statement statement = connection.createStatement()) {
			boolean exists;
			try (ResultSet rs = statement.executeQuery("select 1 from pg_roles where rolname = '" + APP_ROLE + "'")) {
				exists = rs.next();
			}
			if (!exists) {
				statement.execute("create role " + APP_ROLE);
			}
			statement.execute("alter role " + APP_ROLE + " with login nosuperuser nocreatedb nocreaterole noreplication"
					+ " nobypassrls noinherit password '" + appPassword + "'");
		}
		catch (SQLException ex) {
			throw new IOException("could not prepare the application's database role: " + ex.getMessage(), ex);
		}
		return appPassword;
	}

	private static String randomPassword() {
		byte[] random = new byte[24];
		new SecureRandom().nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

	private static String newPassword(Path dataDir) throws IOException {
		String password = randomPassword();
		Path file = dataDir.resolve(PASSWORD_FILE);
		Files.deleteIfExists(file);
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		Files.writeString(file, password);
		return password;
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String password) throws IOException {
		try (Connection connection = postgres.getPostgresDatabase(Map.of("password", password)).getConnection();
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

	/** The database's address, without a user: {@link #USER} or {@link #APP_ROLE} are given with their password. */
	public String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
	}

	/** The password of the superuser, {@link #USER}. */
	public String password() {
		return password;
	}

	/** The password of the application's role, {@link #APP_ROLE}, for this run only. */
	public String appPassword() {
		return appPassword;
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
