package org.opennrm.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/**
 * Whether an embedded database of an earlier start is there is noted when the start begins, before its own server
 * sets one up (a first start's initdb must not look like an earlier database to the keys, made after it).
 */
class EmbeddedModeTests {

	@TempDir
	Path dataDir;

	@Test
	void anEarlierDatabaseIsOneWhoseServerSetItUpBeforeThisStartBegan() throws IOException {
		assertThat(earlier(environment())).isFalse();
		Files.createDirectories(dataDir.resolve("postgres"));
		Files.writeString(dataDir.resolve("postgres/PG_VERSION"), "18\n");
		assertThat(earlier(environment())).isTrue();
		// a throw-away one, or an external database, is no earlier start's
		assertThat(earlier(environment().withProperty("opennrm.embedded-database.ephemeral", "true"))).isFalse();
		assertThat(earlier(environment().withProperty("spring.datasource.url", "jdbc:postgresql://db/opennrm"))).isFalse();
		// one kept elsewhere
		Path elsewhere = Files.createDirectories(dataDir.resolve("elsewhere"));
		assertThat(earlier(environment().withProperty("opennrm.embedded-database.data-dir", elsewhere.toString()))).isFalse();
		Files.writeString(elsewhere.resolve("PG_VERSION"), "18\n");
		assertThat(earlier(environment().withProperty("opennrm.embedded-database.data-dir", elsewhere.toString()))).isTrue();
	}

	@Test
	void anAdminCommandRefusesToSetUpADatabaseOfItsOwn() throws IOException {
		SpringApplication command = new SpringApplication();
		command.setAdditionalProfiles("command");
		assertThatThrownBy(() -> new EmbeddedMode.EarlierDatabase().postProcessEnvironment(environment(), command))
			.isInstanceOf(StartRefused.class)
			.hasMessageContaining("No database to work on")
			.hasMessageContaining(dataDir.resolve("postgres").toAbsolutePath().normalize().toString());
		assertThat(dataDir.resolve("postgres")).doesNotExist();

		// with an external database, or the embedded one of the application's earlier starts, it runs
		new EmbeddedMode.EarlierDatabase().postProcessEnvironment(
				environment().withProperty("spring.datasource.url", "jdbc:postgresql://db/opennrm"), command);
		Files.createDirectories(dataDir.resolve("postgres"));
		Files.writeString(dataDir.resolve("postgres/PG_VERSION"), "18\n");
		new EmbeddedMode.EarlierDatabase().postProcessEnvironment(environment(), command);
	}

	private MockEnvironment environment() {
		return new MockEnvironment().withProperty("opennrm.data-dir", dataDir.toString());
	}

	private static boolean earlier(MockEnvironment environment) {
		new EmbeddedMode.EarlierDatabase().postProcessEnvironment(environment, new SpringApplication());
		return EmbeddedMode.holdsEarlierDatabase(environment);
	}

}
