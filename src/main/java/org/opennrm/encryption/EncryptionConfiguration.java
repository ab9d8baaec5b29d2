package org.opennrm.encryption;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EncryptionProperties.class)
class EncryptionConfiguration {

	@Bean
	EncryptionKeys encryptionKeys(EncryptionProperties properties, Environment environment) {
		Path keyFile = properties.keyFile() != null ? properties.keyFile()
				: Path.of(environment.getProperty("opennrm.data-dir", "./data"), "secrets", "encryption-keys.properties");
		return new EncryptionKeysLoader(new SecureRandom(), Clock.systemUTC()).load(properties, keyFile);
	}
}
