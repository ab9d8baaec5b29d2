package org.opennrm.shared.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dataDir where the embedded PostgreSQL keeps its files; default {@code ${opennrm.data-dir}/postgres}
 * @param port TCP port on localhost; 0 picks a free one
 * @param ephemeral a throw-away database in a temporary directory (tests)
 */
@ConfigurationProperties("opennrm.embedded-database")
record EmbeddedDatabaseProperties(Path dataDir,
		@DefaultValue("0") int port, @DefaultValue("false") boolean ephemeral) {
}
