package org.opennrm.encryption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class EncryptionKeysFailureAnalyzerTest {

	@Test
	void startupWithoutKeysEndsWithBootsShortReport(@TempDir Path dataDir, CapturedOutput output) {
		var application = new SpringApplication(EncryptionConfiguration.class);
		application.setWebApplicationType(WebApplicationType.NONE);

		assertThatThrownBy(() -> application.run("--spring.config.location=optional:classpath:/no-such-config/",
				"--spring.main.banner-mode=off", "--opennrm.data-dir=" + dataDir,
				"--opennrm.encryption.generate-key-file=false"))
			.hasRootCauseInstanceOf(InvalidEncryptionKeysException.class);

		assertThat(output.getAll()).contains("APPLICATION FAILED TO START")
			.contains("No encryption keys are configured and there is no key file at " + dataDir)
			.contains("Action:")
			.contains("OPENNRM_ENCRYPTION_KEYS_<ID>", "openssl rand -base64 32");
	}
}
