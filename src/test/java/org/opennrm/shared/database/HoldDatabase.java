package org.opennrm.shared.database;

import java.nio.file.Path;

/** Run in a child JVM by {@link EmbeddedDatabaseTests}: starts the embedded database on a directory and waits to be killed. */
public final class HoldDatabase {

	public static void main(String[] args) throws Exception {
		EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), new EmbeddedDatabaseProperties(null, 0, false));
		AsOwner.execute(database, "create table if not exists survivor (note text)",
				"insert into survivor values ('written before the crash')");
		System.out.println("READY");
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}

}
