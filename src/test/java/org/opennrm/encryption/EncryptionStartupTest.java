package org.opennrm.encryption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** How the keys are found at startup, with only this module's beans in the context. */
@ExtendWith(OutputCaptureExtension.class)
class EncryptionStartupTest {

	@TempDir
	Path dataDir;

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(EncryptionConfiguration.class, FieldEncryption.class, BlindIndex.class);

	private ApplicationContextRunner inDataDir() {
		return runner.withPropertyValues("opennrm.data-dir=" + dataDir);
	}

	private Path defaultKeyFile() {
		return dataDir.resolve("secrets/encryption-keys.properties");
	}

	@Test
	void usesKeysFromProperties() {
		inDataDir()
			.withPropertyValues("opennrm.encryption.active-key-id=k1", "opennrm.encryption.keys.k1=" + TestKeys.K1,
					"opennrm.encryption.index-key=" + TestKeys.INDEX)
			.run(context -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(EncryptionKeys.class).activeKeyId()).isEqualTo("k1");
				assertRoundTrip(context);
				assertThat(defaultKeyFile()).doesNotExist();
			});
	}

	@Test
	void usesKeysFromEnvironmentVariablesThroughRelaxedBinding() {
		Map<String, Object> environment = Map.of("OPENNRM_ENCRYPTION_ACTIVE_KEY_ID", "K2026A",
				"OPENNRM_ENCRYPTION_KEYS_K2025B", TestKeys.K1, "OPENNRM_ENCRYPTION_KEYS_K2026A", TestKeys.K2,
				"OPENNRM_ENCRYPTION_INDEX_KEY", TestKeys.INDEX);
		inDataDir()
			.withInitializer(context -> context.getEnvironment()
				.getPropertySources()
				.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
						new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
								environment)))
			.run(context -> {
				assertThat(context).hasNotFailed();
				EncryptionKeys keys = context.getBean(EncryptionKeys.class);
				assertThat(keys.activeKeyId()).isEqualTo("k2026a");
				assertThat(keys.dataKey("k2025b")).isPresent();
				byte[] ciphertext = context.getBean(FieldEncryption.class).encrypt("Ayşe", "user.phone:1");
				assertThat(new FieldEncryption(TestKeys.keys("k2026a", "k2026a", TestKeys.K2)).decrypt(ciphertext,
						"user.phone:1"))
					.isEqualTo("Ayşe");
			});
	}

	@Test
	void generatesAKeyFileOnFirstStartWithOneWarningAndReloadsItOnTheNext(CapturedOutput output) throws IOException {
		AtomicReference<byte[]> ciphertext = new AtomicReference<>();
		AtomicReference<byte[]> blindIndex = new AtomicReference<>();
		inDataDir().withPropertyValues("opennrm.encryption.generate-key-file=true").run(context -> {
			assertThat(context).hasNotFailed();
			ciphertext.set(context.getBean(FieldEncryption.class).encrypt("Наталья", "user.phone:1"));
			blindIndex.set(context.getBean(BlindIndex.class).hash("user.email", "n@example.org"));
		});

		Path keyFile = defaultKeyFile();
		assertThat(keyFile).exists();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile.getParent())))
			.isEqualTo("rwx------");
		String content = Files.readString(keyFile);
		assertThat(content).contains("opennrm.encryption.active-key-id=k", "opennrm.encryption.index-key=");
		String warnings = output.getAll().lines().filter(line -> line.contains("WARN")).reduce("", String::concat);
		assertThat(warnings).containsOnlyOnce("Generated new encryption keys in " + keyFile.toAbsolutePath())
			.contains("laptop or a demo", "OPENNRM_ENCRYPTION_KEYS_<ID>", "openssl rand -base64 32");
		assertNoKeyMaterialIn(output.getAll(), content);

		inDataDir().withPropertyValues("opennrm.encryption.generate-key-file=true").run(context -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(FieldEncryption.class).decrypt(ciphertext.get(), "user.phone:1"))
				.isEqualTo("Наталья");
			assertThat(context.getBean(BlindIndex.class).hash("user.email", "n@example.org")).isEqualTo(blindIndex.get());
		});
		assertThat(Files.readString(keyFile)).isEqualTo(content);
		assertThat(output.getAll()).containsOnlyOnce("Generated new encryption keys");
	}

	/**
	 * A key file lost beside an embedded database that an earlier start set up with it: new keys would read none of its
	 * data, and, left behind, would make every later start refuse it too. None is made; the message says to put the
	 * file back. (Whether the database was there before this start is noted before any bean, EmbeddedModeTests.)
	 */
	@Test
	void makesNoNewKeysForAnEmbeddedDatabaseOfAnEarlierStart() {
		Path database = dataDir.resolve("postgres");
		inDataDir().withPropertyValues("opennrm.embedded-database.earlier=true").run(context -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause().isInstanceOfSatisfying(InvalidEncryptionKeysException.class,
					refused -> {
						assertThat(refused.description()).isEqualTo("The encryption key file "
								+ defaultKeyFile().toAbsolutePath() + " is missing, but the embedded database in "
								+ database.toAbsolutePath() + " was set up with the keys it held: without them its "
								+ "victims' data cannot be read, so no new keys are made.");
						assertThat(refused.action()).startsWith("Put the key file back from your backup");
					});
		});
		assertThat(defaultKeyFile()).doesNotExist();
		// the first start of a database makes them
		inDataDir().withPropertyValues("opennrm.embedded-database.earlier=false")
			.run(context -> assertThat(context).hasNotFailed());
		assertThat(defaultKeyFile()).exists();
	}

	@Test
	void loadsAnExistingKeyFileEvenWhenGenerationIsOff() throws IOException {
		Path keyFile = dataDir.resolve("elsewhere/keys.properties");
		Files.createDirectories(keyFile.getParent());
		Files.writeString(keyFile, """
				opennrm.encryption.active-key-id=k2
				opennrm.encryption.keys.k1=%s
				opennrm.encryption.keys.k2=%s
				opennrm.encryption.index-key=%s
				""".formatted(TestKeys.K1, TestKeys.K2, TestKeys.INDEX));
		Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));

		runner.withPropertyValues("opennrm.encryption.key-file=" + keyFile).run(context -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(EncryptionKeys.class).activeKeyId()).isEqualTo("k2");
			assertThat(context.getBean(EncryptionKeys.class).dataKey("k1")).isPresent();
		});
	}

	@Test
	void warnsWhenTheKeyFileIsReadableByOthers(CapturedOutput output) throws IOException {
		inDataDir().withPropertyValues("opennrm.encryption.generate-key-file=true").run(context -> {
		});
		Files.setPosixFilePermissions(defaultKeyFile(), PosixFilePermissions.fromString("rw-r--r--"));

		inDataDir().run(context -> assertThat(context).hasNotFailed());

		assertThat(output.getAll()).contains("can be read by other users (rw-r--r--)", "chmod 600");
	}

	@Test
	void configuredKeysTakePrecedenceOverTheKeyFile() {
		inDataDir().withPropertyValues("opennrm.encryption.generate-key-file=true").run(context -> {
		});

		inDataDir()
			.withPropertyValues("opennrm.encryption.active-key-id=k1", "opennrm.encryption.keys.k1=" + TestKeys.K1,
					"opennrm.encryption.index-key=" + TestKeys.INDEX)
			.run(context -> assertThat(context.getBean(EncryptionKeys.class).activeKeyId()).isEqualTo("k1"));
	}

	@Test
	void rotatesThroughConfiguration() {
		AtomicReference<byte[]> old = new AtomicReference<>();
		inDataDir()
			.withPropertyValues("opennrm.encryption.active-key-id=k1", "opennrm.encryption.keys.k1=" + TestKeys.K1,
					"opennrm.encryption.index-key=" + TestKeys.INDEX)
			.run(context -> old.set(context.getBean(FieldEncryption.class).encrypt("فاطمة", "user.phone:9")));

		inDataDir()
			.withPropertyValues("opennrm.encryption.active-key-id=k2", "opennrm.encryption.keys.k1=" + TestKeys.K1,
					"opennrm.encryption.keys.k2=" + TestKeys.K2, "opennrm.encryption.index-key=" + TestKeys.INDEX)
			.run(context -> {
				FieldEncryption encryption = context.getBean(FieldEncryption.class);
				assertThat(encryption.decrypt(old.get(), "user.phone:9")).isEqualTo("فاطمة");
				assertThat(encryption.isUnderActiveKey(old.get())).isFalse();
				byte[] rotated = encryption.reencrypt(old.get(), "user.phone:9");
				assertThat(encryption.isUnderActiveKey(rotated)).isTrue();
				assertThat(encryption.isUnderActiveKey(encryption.encrypt("x", "user.phone:9"))).isTrue();
			});

		inDataDir()
			.withPropertyValues("opennrm.encryption.active-key-id=k2", "opennrm.encryption.keys.k2=" + TestKeys.K2,
					"opennrm.encryption.index-key=" + TestKeys.INDEX)
			.run(context -> assertThatThrownBy(
					() -> context.getBean(FieldEncryption.class).decrypt(old.get(), "user.phone:9"))
				.isInstanceOf(DecryptionException.class)
				.hasMessageContaining("'k1'"));
	}

	@Test
	void failsClearlyWithoutKeysWhenGenerationIsOff() {
		inDataDir().withPropertyValues("opennrm.encryption.generate-key-file=false").run(context -> {
			assertThat(context).hasFailed();
			Throwable failure = rootCause(context);
			assertThat(failure).isInstanceOf(InvalidEncryptionKeysException.class)
				.hasMessageContaining("No encryption keys are configured")
				.hasMessageContaining(defaultKeyFile().toString())
				.hasMessageContaining("opennrm.encryption.keys.<id>")
				.hasMessageContaining("OPENNRM_ENCRYPTION_KEYS_<ID>")
				.hasMessageContaining("OPENNRM_ENCRYPTION_ACTIVE_KEY_ID")
				.hasMessageContaining("OPENNRM_ENCRYPTION_INDEX_KEY")
				.hasMessageContaining("openssl rand -base64 32");
		});
		assertThat(defaultKeyFile()).doesNotExist();
	}

	@Test
	void generatesKeysByDefaultOnlyWithTheEmbeddedDatabase() {
		inDataDir().withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example/opennrm")
			.run(context -> assertThat(rootCause(context)).isInstanceOf(InvalidEncryptionKeysException.class));
		assertThat(defaultKeyFile()).as("an external database never gets generated keys").doesNotExist();
		inDataDir().run(context -> assertThat(context).hasNotFailed());
		assertThat(defaultKeyFile()).as("the embedded (laptop) mode generates its keys").exists();
	}

	@Test
	void failsOnIncompleteConfigurationWithoutPrintingKeys(CapturedOutput output) {
		inDataDir()
			.withPropertyValues("opennrm.encryption.keys.k1=" + TestKeys.K1, "opennrm.encryption.generate-key-file=true")
			.run(context -> assertThat(rootCause(context)).hasMessageContaining("Incomplete encryption keys")
				.hasMessageContaining("opennrm.encryption.active-key-id")
				.hasMessageContaining("opennrm.encryption.index-key")
				.hasMessageNotContaining(TestKeys.K1));
		assertThat(defaultKeyFile()).as("configured keys are never silently replaced by a generated file")
			.doesNotExist();
		assertNoKeyMaterialIn(output.getAll(), TestKeys.K1);
	}

	@Test
	void failsOnInvalidKeysWithoutPrintingThem(CapturedOutput output) {
		String shortKey = TestKeys.K1.substring(0, 24);
		inDataDir()
			.withPropertyValues("opennrm.encryption.active-key-id=k1", "opennrm.encryption.keys.k1=" + shortKey,
					"opennrm.encryption.index-key=" + TestKeys.INDEX)
			.run(context -> assertThat(rootCause(context)).hasMessageContaining("opennrm.encryption.keys.k1")
				.hasMessageContaining("must be 32 bytes")
				.hasMessageNotContaining(shortKey));
		inDataDir()
			.withPropertyValues("opennrm.encryption.active-key-id=k1", "opennrm.encryption.keys.k1=" + TestKeys.K1,
					"opennrm.encryption.index-key=not-base64!" + TestKeys.INDEX)
			.run(context -> assertThat(rootCause(context)).hasMessageContaining("index-key")
				.hasMessageContaining("not valid base64")
				.hasMessageNotContaining(TestKeys.INDEX));
		inDataDir()
			.withPropertyValues("opennrm.encryption.active-key-id=k3", "opennrm.encryption.keys.k1=" + TestKeys.K1,
					"opennrm.encryption.index-key=" + TestKeys.INDEX)
			.run(context -> assertThat(rootCause(context)).hasMessageContaining("'k3'")
				.hasMessageContaining("[k1]")
				.hasMessageNotContaining(TestKeys.K1));
		inDataDir()
			.withPropertyValues("opennrm.encryption.active-key-id=k1", "opennrm.encryption.keys.k1=" + TestKeys.K1,
					"opennrm.encryption.index-key=" + TestKeys.K1)
			.run(context -> assertThat(rootCause(context)).hasMessageContaining("must differ")
				.hasMessageNotContaining(TestKeys.K1));
		assertNoKeyMaterialIn(output.getAll(), TestKeys.K1, shortKey, TestKeys.INDEX);
	}

	@Test
	void neverPrintsPropertiesWithKeys() {
		var properties = new EncryptionProperties("k1", Map.of("k1", TestKeys.K1), TestKeys.INDEX, null, null, false);

		assertThat(properties.toString()).contains("k1").doesNotContain(TestKeys.K1).doesNotContain(TestKeys.INDEX);
		assertThat(TestKeys.keys("k1", "k1", TestKeys.K1).toString()).doesNotContain(TestKeys.K1);
	}

	private static void assertRoundTrip(AssertableApplicationContext context) {
		FieldEncryption encryption = context.getBean(FieldEncryption.class);
		assertThat(encryption.decrypt(encryption.encrypt("Ayşe", "user.phone:1"), "user.phone:1")).isEqualTo("Ayşe");
		assertThat(context.getBean(BlindIndex.class).hash("user.email", "a@example.org")).hasSize(32);
	}

	private static Throwable rootCause(AssertableApplicationContext context) {
		Throwable failure = context.getStartupFailure();
		assertThat(failure).isNotNull();
		while (failure.getCause() != null) {
			failure = failure.getCause();
		}
		return failure;
	}

	/** No base64 key, nor any 12-character run of one, appears in the output. */
	private static void assertNoKeyMaterialIn(String output, String... secrets) {
		java.util.regex.Matcher keys = java.util.regex.Pattern.compile("[A-Za-z0-9+/]{43}=").matcher(String.join("\n", secrets));
		while (keys.find()) {
			String key = keys.group();
			for (int i = 0; i + 12 <= key.length(); i += 4) {
				assertThat(output).doesNotContain(key.substring(i, i + 12));
			}
		}
		for (String secret : secrets) {
			if (!secret.contains("\n")) {
				assertThat(output).doesNotContain(secret);
			}
		}
	}
}
