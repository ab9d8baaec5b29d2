package org.opennrm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An administrative command run as the jar runs it, in a process of its own: its report is its standard output, which an
 * operator keeps or reads with a script ({@code reencrypt > report.txt}), and the application's log is its standard
 * error, where it was mixed into the report.
 */
class AdminCommandOutputTests {

	@RegisterExtension
	static final OwnDatabase database = new OwnDatabase();

	@Test
	void theReportIsTheStandardOutputAndTheLogGoesToStandardError() throws Exception {
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), OpenNrmApplication.class.getName(), "reencrypt",
				"--spring.datasource.url=" + database.url(), "--spring.datasource.username=postgres",
				"--opennrm.data-dir=" + database.dataDir(), "--opennrm.encryption.active-key-id=test1",
				"--opennrm.encryption.keys.test1=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
				"--opennrm.encryption.index-key=QEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaW1xdXl8=")
			.start();
		CompletableFuture<byte[]> errors = CompletableFuture.supplyAsync(() -> {
			try {
				return process.getErrorStream().readAllBytes();
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		String log = new String(errors.get(), StandardCharsets.UTF_8);
		assertThat(process.exitValue()).as(output + log).isZero();
		assertThat(output).startsWith("Before:").contains("Every encrypted value is under the active key 'test1'")
			.doesNotContain(" INFO ", " WARN ", "OpenNrmApplication", "Flyway");
		assertThat(log).contains(" INFO ", "Started OpenNrmApplication").doesNotContain("Before:");
	}

}
