package org.opennrm.shared.database;

import java.nio.file.Path;
import java.util.OptionalLong;

import org.opennrm.shared.StartRefused;

/**
 * The embedded database's data directory is held by another OpenNRM that is still running: this one must not start
 * on it. Says which process that OpenNRM is (the database server's process belongs to it: stopping that one would
 * take the database from under a running application).
 */
public class DataDirectoryInUseException extends StartRefused {

	private static final long serialVersionUID = 1L;

	DataDirectoryInUseException(Path dataDir, OptionalLong application, long server) {
		super("the data directory " + dataDir + " is in use by another running OpenNRM ("
				+ (application.isPresent() ? "process " + application.getAsLong() + ", " : "") + "its database server is"
				+ " process " + server + "). Stop that one first, or start this one with another --opennrm.data-dir",
				"The embedded database's data directory " + dataDir + " is in use by another OpenNRM that is still "
						+ "running" + (application.isPresent() ? ": process " + application.getAsLong() : "")
						+ " (its database server is process " + server + ", which belongs to it).",
				"Stop that OpenNRM first" + (application.isPresent() ? " (Ctrl+C in its terminal, or kill "
						+ application.getAsLong() + "; not kill -9, and not its database server)"
						: " (Ctrl+C in its terminal)")
						+ ", then start this one again; or start this one on another directory with --opennrm.data-dir=... .",
				null);
	}

}
