package org.opennrm.encryption;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import org.opennrm.shared.EmbeddedMode;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EncryptionProperties.class)
class EncryptionConfiguration {

	@Bean
	EncryptionKeys encryptionKeys(EncryptionProperties properties, Environment environment) {
		Path keyFile = properties.keyFile() != null ? properties.keyFile()
				: Path.of(environment.getProperty("opennrm.data-dir", "./data"), "secrets", "encryption-keys.properties");
		// The laptop default generates keys next to its embedded data; a production installation must configure them.
		boolean generate = properties.generateKeyFile() != null ? properties.generateKeyFile()
				: EmbeddedMode.isActive(environment);
		if (generate && !properties.hasAnyKeyConfigured() && !Files.exists(keyFile)
				&& EmbeddedMode.holdsEarlierDatabase(environment)) {
			// new keys would read nothing of it, and, left behind, make every later start refuse it too
			Path database = EmbeddedMode.databaseDirectory(environment).toAbsolutePath().normalize();
			throw new InvalidEncryptionKeysException("The encryption key file " + keyFile.toAbsolutePath().normalize()
					+ " is missing, but the embedded database in " + database + " was set up with the keys it held: "
					+ "without them its victims' data cannot be read, so no new keys are made.",
					"Put the key file back from your backup (the same path), then start again. To start afresh with an "
							+ "empty database instead, move " + database + " away first.");
		}
		EncryptionProperties effective = new EncryptionProperties(properties.activeKeyId(), properties.keys(),
				properties.indexKey(), properties.index(), properties.keyFile(), generate);
		return new EncryptionKeysLoader(new SecureRandom(), Clock.systemUTC()).load(effective, keyFile);
	}
}
