package org.opennrm.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.diagnostics.FailureAnalysis;

import org.opennrm.shared.StartRefusedFailureAnalyzer;

/** The laptop database: keeps its data, survives a killed application, refuses to be shared. */
class EmbeddedDatabaseTests {

	@TempDir
	Path dir;

	private final EmbeddedDatabaseProperties persistent = new EmbeddedDatabaseProperties(null, 0, false);

	@Test
	void secondStartKeepsTheDataOfTheFirst() throws Exception {
		try (EmbeddedDatabase first = EmbeddedDatabase.start(dir, persistent)) {
			execute(first, "create table kept (value text); insert into kept values ('first run')");
		}
		try (EmbeddedDatabase second = EmbeddedDatabase.start(dir, persistent)) {
			assertThat(single(second, "select value from kept")).isEqualTo("first run");
		}
	}

	/** What is kept in ./data is written to the disk before a commit returns; a test's throw-away server need not. */
	@Test
	void aLastingDatabaseWritesToTheDiskBeforeACommitReturnsAndAThrowAwayOneNeedNot() throws Exception {
		try (EmbeddedDatabase lasting = EmbeddedDatabase.start(dir, persistent)) {
			assertThat(single(lasting, "select current_setting('fsync') || ' ' || current_setting('synchronous_commit')"
					+ " || ' ' || current_setting('full_page_writes')")).isEqualTo("on on on");
		}
		try (EmbeddedDatabase throwAway = EmbeddedDatabase.start(dir.resolve("unused"),
				new EmbeddedDatabaseProperties(null, 0, true))) {
			assertThat(single(throwAway, "select current_setting('fsync') || ' ' || current_setting('synchronous_commit')"))
				.isEqualTo("off off");
		}
	}

	@Test
	void onlyItsPasswordLetsAConnectionInAndTheFileWithItIsTheOwnersAlone() throws Exception {
		String password;
		try (EmbeddedDatabase first = EmbeddedDatabase.start(dir, persistent)) {
			password = first.password();
			assertThat(password).hasSizeGreaterThanOrEqualTo(32);
			assertThatThrownBy(() -> DriverManager.getConnection(first.jdbcUrl(), "postgres", "").close())
				.isInstanceOf(java.sql.SQLException.class);
			assertThatThrownBy(() -> DriverManager.getConnection(first.jdbcUrl(), "postgres", "guessed").close())
				.isInstanceOf(java.sql.SQLException.class);
			execute(first, "create table kept (value text); insert into kept values ('first run')");
		}
		Path file = dir.resolve(EmbeddedDatabase.PASSWORD_FILE);
		assertThat(java.nio.file.Files.getPosixFilePermissions(file))
			.containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
					java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
		try (EmbeddedDatabase second = EmbeddedDatabase.start(dir, persistent)) {
			assertThat(second.password()).isEqualTo(password);
			assertThat(single(second, "select value from kept")).isEqualTo("first run");
		}

		// the file lost: the next start sets a new password, and requires it
		Files.delete(file);
		try (EmbeddedDatabase third = EmbeddedDatabase.start(dir, persistent)) {
			assertThat(third.password()).isNotEqualTo(password);
			assertThat(single(third, "select value from kept")).isEqualTo("first run");
			assertThatThrownBy(() -> DriverManager.getConnection(third.jdbcUrl(), "postgres", password).close())
				.isInstanceOf(java.sql.SQLException.class);
		}
	}

	@Test
	void serverLeftBehindByAKilledApplicationIsStoppedAndTheDataKept() throws Exception {
		Process holder = startHolder();
		try {
			long postmaster = new OrphanedServer(dir).runningServer().orElseThrow().pid();
			holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // kill -9 of the application
			assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).as("orphaned postmaster").contains(true);

			try (EmbeddedDatabase restarted = EmbeddedDatabase.start(dir, persistent)) {
				assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false)).isFalse();
				assertThat(single(restarted, "select note from survivor")).isEqualTo("written before the crash");
			}
		}
		finally {
			holder.destroyForcibly();
		}
	}

	@Test
	void refusesADataDirectoryAnotherRunningOpenNrmUses() throws Exception {
		Process holder = startHolder();
		try {
			long server = new OrphanedServer(dir).runningServer().orElseThrow().pid();
			assertThatThrownBy(() -> EmbeddedDatabase.start(dir, persistent))
				.isInstanceOfSatisfying(DataDirectoryInUseException.class, refused -> {
					// the application's process named, not only its database server's, in Spring Boot's short report
					FailureAnalysis analysis = new StartRefusedFailureAnalyzer().analyze(refused);
					assertThat(analysis.getDescription()).isEqualTo("The embedded database's data directory " + dir
							+ " is in use by another OpenNRM that is still running: process " + holder.pid()
							+ " (its database server is process " + server + ", which belongs to it).");
					assertThat(analysis.getAction()).startsWith("Stop that OpenNRM first (Ctrl+C in its terminal, or kill "
							+ holder.pid() + "; not kill -9, and not its database server)");
				});
			assertThat(new OrphanedServer(dir).runningServer()).as("the other application's server is left alone").isPresent();
		}
		finally {
			holder.destroy();
			holder.waitFor(30, TimeUnit.SECONDS);
			// the holder's shutdown hook may not run after destroy(): clear what it leaves
			try (EmbeddedDatabase cleanup = EmbeddedDatabase.start(dir, persistent)) {
				assertThat(cleanup.port()).isPositive();
			}
		}
	}

	private Process startHolder() throws Exception {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
				HoldDatabase.class.getName(), dir.toString())
			.redirectErrorStream(true)
			.start();
		BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream()));
		String line;
		while ((line = output.readLine()) != null && !line.contains("READY")) {
			// wait for the database to be up
		}
		assertThat(line).as("the holder process started its database").isNotNull();
		assertThat(Files.exists(dir.resolve("postmaster.pid"))).isTrue();
		return process;
	}

	private static void execute(EmbeddedDatabase database, String sql) {
		AsOwner.execute(database, sql);
	}

	private static String single(EmbeddedDatabase database, String sql) {
		return AsOwner.single(database, sql);
	}

}
