package org.opennrm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.util.FileSystemUtils;

/**
 * For tests that start the application, or run its commands, on a PostgreSQL of the class's own (a rotation of keys,
 * a schema of another version): the server and a data directory, made before the class's tests and removed after.
 * {@code @RegisterExtension static final OwnDatabase database = new OwnDatabase();}
 */
public final class OwnDatabase implements BeforeAllCallback, AfterAllCallback {

	private EmbeddedPostgres postgres;

	private Path dataDir;

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		postgres = EmbeddedPostgres.builder().start();
		dataDir = Files.createTempDirectory("opennrm-data-");
	}

	@Override
	public void afterAll(ExtensionContext context) throws IOException {
		postgres.close();
		FileSystemUtils.deleteRecursively(dataDir);
	}

	/** The JDBC address of its database, as the superuser. */
	public String url() {
		return postgres.getJdbcUrl("postgres", "postgres");
	}

	public DataSource dataSource() {
		return postgres.getPostgresDatabase();
	}

	/** The data directory ({@code opennrm.data-dir}) of the applications the class starts. */
	public Path dataDir() {
		return dataDir;
	}

}
