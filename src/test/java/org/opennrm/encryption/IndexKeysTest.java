package org.opennrm.encryption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Index keys with ids, for the index key's rotation: {@code opennrm.encryption.index-key} is the key {@code 0},
 * {@code opennrm.encryption.index.keys.<id>} adds others, {@code opennrm.encryption.index.active-key-id} says which keys new values.
 */
class IndexKeysTest {

	private static final String I2 = TestKeys.key(128);

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(EncryptionConfiguration.class, FieldEncryption.class, BlindIndex.class)
		.withPropertyValues("opennrm.encryption.active-key-id=k1", "opennrm.encryption.keys.k1=" + TestKeys.K1);

	@Test
	void theSingleIndexKeyIsTheKeyZeroAndActive() {
		EncryptionKeys keys = TestKeys.keys("k1", "k1", TestKeys.K1);
		assertThat(keys.activeIndexKeyId()).isEqualTo("0");
		assertThat(new BlindIndex(keys).keyIds()).containsExactly("0");
	}

	@Test
	void aSecondIndexKeyFromTheEnvironmentIsActiveWhereSaidAndTheFirstStaysForLookUps() {
		Map<String, Object> environment = Map.of("OPENNRM_ENCRYPTION_INDEX_KEY", TestKeys.INDEX,
				"OPENNRM_ENCRYPTION_INDEX_KEYS_I2027A", I2, "OPENNRM_ENCRYPTION_INDEX_ACTIVE_KEY_ID", "I2027A");
		runner.withInitializer(context -> context.getEnvironment().getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment)))
			.run(context -> {
				assertThat(context).hasNotFailed();
				BlindIndex index = context.getBean(BlindIndex.class);
				assertThat(index.activeKeyId()).isEqualTo("i2027a");
				assertThat(index.keyIds()).containsExactly("i2027a", "0");
				BlindIndex before = new BlindIndex(TestKeys.keys("k1", "k1", TestKeys.K1));
				assertThat(index.hash("0", "user.email", "ayse@example.org"))
					.isEqualTo(before.hash("user.email", "ayse@example.org"));
				assertThat(index.hash("user.email", "ayse@example.org")).as("new values under the new key")
					.isNotEqualTo(before.hash("user.email", "ayse@example.org"));
				assertThat(index.lookupHashes("user.email", "AYSE@example.org")).containsExactly(
						index.hash("i2027a", "user.email", "ayse@example.org"), index.hash("0", "user.email", "ayse@example.org"));
				assertThat(index.lookupHashes("user.email", " ")).isEmpty();
			});
	}

	@Test
	void withSeveralIndexKeysTheActiveOneMustBeNamedAndConfigured() {
		assertThatThrownBy(() -> EncryptionKeys.of("k1", Map.of("k1", TestKeys.K1), TestKeys.INDEX, Map.of("i2", I2), null,
				"test")).hasMessageContaining("Several index keys are configured in test (ids [0, i2])")
			.hasMessageContaining("opennrm.encryption.index.active-key-id");
		assertThatThrownBy(() -> EncryptionKeys.of("k1", Map.of("k1", TestKeys.K1), TestKeys.INDEX, Map.of("i2", I2), "i3",
				"test")).hasMessageContaining("The active index key id 'i3' in test has no key");
		assertThat(EncryptionKeys.of("k1", Map.of("k1", TestKeys.K1), null, Map.of("i2", I2), null, "test")
			.activeIndexKeyId()).as("one index key, under an id").isEqualTo("i2");
	}

	@Test
	void indexKeysAreDistinctFromEachOtherAndFromDataKeysAndTheirIdsUnique() {
		assertThatThrownBy(() -> EncryptionKeys.of("k1", Map.of("k1", TestKeys.K1), TestKeys.INDEX,
				Map.of("i2", TestKeys.INDEX), "i2", "test"))
			.hasMessageContaining("The index key 'i2' in test equals the index key '0'");
		assertThatThrownBy(() -> EncryptionKeys.of("k1", Map.of("k1", TestKeys.K1), TestKeys.INDEX,
				Map.of("i2", TestKeys.K1), "i2", "test"))
			.hasMessageContaining("The index key 'i2' in test equals the data key 'k1'")
			.isInstanceOfSatisfying(InvalidEncryptionKeysException.class,
					ex -> assertThat(ex.action()).contains("OPENNRM_ENCRYPTION_INDEX_KEYS_<ID>")
						.doesNotContain("generate-key-file"));
		assertThatThrownBy(() -> EncryptionKeys.of("k1", Map.of("k1", TestKeys.K1), TestKeys.INDEX, Map.of("0", I2), "0",
				"test")).hasMessageContaining("Index key id '0' is defined twice")
			.hasMessageContaining("OPENNRM_ENCRYPTION_INDEX_KEY, is the index key '0'")
			.hasMessageContaining("OPENNRM_ENCRYPTION_INDEX_KEYS_0");
		assertThatThrownBy(() -> EncryptionKeys.of("k1", Map.of("k1", TestKeys.K1), null, Map.of("i-2", I2), null, "test"))
			.hasMessageContaining("Invalid index key id 'i-2'");
	}

	@Test
	void aKeyIdNotConfiguredIsRefused() {
		BlindIndex index = new BlindIndex(TestKeys.keys("k1", "k1", TestKeys.K1));
		assertThatThrownBy(() -> index.macFor("i2", "user.email")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("The index key 'i2' is not configured");
		assertThat(index.hasKey("i2")).isFalse();
	}

	@Test
	void aKeyFileMayHoldSeveralIndexKeys() throws Exception {
		java.nio.file.Path file = java.nio.file.Files.createTempFile("keys", ".properties");
		try {
			java.nio.file.Files.writeString(file, """
					opennrm.encryption.active-key-id=k1
					opennrm.encryption.keys.k1=%s
					opennrm.encryption.index-key=%s
					opennrm.encryption.index.keys.i2=%s
					opennrm.encryption.index.active-key-id=i2
					""".formatted(TestKeys.K1, TestKeys.INDEX, I2));
			new ApplicationContextRunner()
				.withUserConfiguration(EncryptionConfiguration.class, FieldEncryption.class, BlindIndex.class)
				.withPropertyValues("opennrm.encryption.key-file=" + file)
				.run(context -> assertThat(context.getBean(BlindIndex.class).keyIds()).containsExactly("i2", "0"));
		}
		finally {
			java.nio.file.Files.delete(file);
		}
	}

}
