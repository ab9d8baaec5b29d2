package org.opennrm.encryption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldEncryptionTest {

	private final FieldEncryption k1Active = new FieldEncryption(TestKeys.keys("k1", "k1", TestKeys.K1));

	@ParameterizedTest
	@ValueSource(strings = { "Ayşe Yılmaz", "İĞÜŞÖÇ ığüşöç", "فاطمة الزهراء", "Наталья Иванова", "王芳", "👩🏽‍⚕️",
			"", "  spaces  ", "+90 555 123 45 67" })
	void roundTripsTextInAnyScript(String plaintext) {
		byte[] ciphertext = k1Active.encrypt(plaintext, "person.name:42");

		assertThat(k1Active.decrypt(ciphertext, "person.name:42")).isEqualTo(plaintext);
	}

	@Test
	void nullGivesNull() {
		assertThat(k1Active.encrypt(null, "person.name:42")).isNull();
		assertThat(k1Active.decrypt(null, "person.name:42")).isNull();
		assertThat(k1Active.reencrypt(null, "person.name:42")).isNull();
		assertThat(k1Active.isUnderActiveKey(null)).isTrue();
	}

	@Test
	void contextIsRequired() {
		assertThatIllegalArgumentException().isThrownBy(() -> k1Active.encrypt("Ayşe", " "));
		assertThatIllegalArgumentException().isThrownBy(() -> k1Active.decrypt(new byte[40], ""));
	}

	@Test
	void samePlaintextGivesDifferentCiphertexts() {
		byte[] first = k1Active.encrypt("Ayşe Yılmaz", "person.name:42");
		byte[] second = k1Active.encrypt("Ayşe Yılmaz", "person.name:42");

		assertThat(first).isNotEqualTo(second);
		assertThat(new String(first, StandardCharsets.ISO_8859_1)).doesNotContain("Ay");
	}

	@Test
	void hasTheDocumentedFormat() {
		byte[] ciphertext = k1Active.encrypt("abc", "ctx");

		assertThat(ciphertext[0]).isEqualTo((byte) 1);
		assertThat(ciphertext[1]).isEqualTo((byte) 2);
		assertThat(new String(ciphertext, 2, 2, StandardCharsets.US_ASCII)).isEqualTo("k1");
		assertThat(ciphertext).hasSize(1 + 1 + 2 + 12 + 3 + 16);
	}

	@Test
	void decryptsAValueWrittenByVersionOneOfTheFormat() {
		// Written independently (Python "cryptography", AESGCM) with TestKeys.K1, IV 100..111 and AAD = header +
		// context: pins the stored format, so stored data survives refactoring.
		byte[] stored = Base64.getDecoder().decode(VERSION_1_VALUE);

		assertThat(k1Active.decrypt(stored, "person.name:42")).isEqualTo("Ayşe Yılmaz");
	}

	static final String VERSION_1_VALUE = "AQJrMWRlZmdoaWprbG1ubwliG/kcyQ9ajw4yiaAJVtVsAXrw+8GzdVJjK6cp";

	@Test
	void wrongContextFails() {
		byte[] ciphertext = k1Active.encrypt("Ayşe Yılmaz", "person.name:42");

		assertThatThrownBy(() -> k1Active.decrypt(ciphertext, "person.name:43"))
			.isInstanceOf(DecryptionException.class)
			.hasMessageContaining("another field or row")
			.hasMessageNotContaining("Ayşe");
		assertThatThrownBy(() -> k1Active.decrypt(ciphertext, "person.birthplace:42"))
			.isInstanceOf(DecryptionException.class);
	}

	@Test
	void everyTamperedByteFails() {
		byte[] ciphertext = k1Active.encrypt("Ayşe Yılmaz", "person.name:42");

		for (int i = 0; i < ciphertext.length; i++) {
			byte[] tampered = ciphertext.clone();
			tampered[i] ^= 0x01;
			assertThatThrownBy(() -> k1Active.decrypt(tampered, "person.name:42")).as("byte %d", i)
				.isInstanceOf(DecryptionException.class)
				.hasMessageNotContaining("Ayşe");
		}
	}

	@Test
	void truncatedOrForeignValuesFail() {
		byte[] ciphertext = k1Active.encrypt("Ayşe", "ctx");

		for (byte[] bad : List.of(new byte[0], "Ayşe".getBytes(StandardCharsets.UTF_8),
				Arrays.copyOf(ciphertext, ciphertext.length - 1), Arrays.copyOf(ciphertext, 20))) {
			assertThatThrownBy(() -> k1Active.decrypt(bad, "ctx")).isInstanceOf(DecryptionException.class);
		}
	}

	@Test
	void rotationKeepsOldValuesReadableAndWritesWithTheNewKey() {
		byte[] old = k1Active.encrypt("Наталья", "person.name:7");
		var rotated = new FieldEncryption(TestKeys.keys("k2", "k1", TestKeys.K1, "k2", TestKeys.K2));

		assertThat(rotated.decrypt(old, "person.name:7")).isEqualTo("Наталья");
		assertThat(rotated.isUnderActiveKey(old)).isFalse();
		assertThat(k1Active.isUnderActiveKey(old)).isTrue();

		byte[] fresh = rotated.encrypt("Наталья", "person.name:7");
		assertThat(new String(fresh, 2, 2, StandardCharsets.US_ASCII)).isEqualTo("k2");
		assertThat(rotated.isUnderActiveKey(fresh)).isTrue();

		byte[] reencrypted = rotated.reencrypt(old, "person.name:7");
		assertThat(rotated.isUnderActiveKey(reencrypted)).isTrue();
		assertThat(rotated.decrypt(reencrypted, "person.name:7")).isEqualTo("Наталья");
		assertThatThrownBy(() -> rotated.reencrypt(old, "person.name:8")).isInstanceOf(DecryptionException.class);
	}

	@Test
	void missingOldKeyFailsClearly() {
		byte[] old = k1Active.encrypt("Наталья", "person.name:7");
		var withoutK1 = new FieldEncryption(TestKeys.keys("k2", "k2", TestKeys.K2));

		assertThatThrownBy(() -> withoutK1.decrypt(old, "person.name:7")).isInstanceOf(DecryptionException.class)
			.hasMessageContaining("No encryption key with id 'k1' is configured")
			.hasMessageContaining("opennrm.encryption.keys.k1")
			.hasMessageNotContaining(TestKeys.K1)
			.hasMessageNotContaining(TestKeys.K2);
	}

	@Test
	void aDifferentKeyUnderTheSameIdFails() {
		byte[] value = k1Active.encrypt("Наталья", "person.name:7");
		var replacedK1 = new FieldEncryption(TestKeys.keys("k1", "k1", TestKeys.K2));

		assertThatThrownBy(() -> replacedK1.decrypt(value, "person.name:7")).isInstanceOf(DecryptionException.class);
	}

	@Test
	void isSafeToShareBetweenThreads() {
		IntStream.range(0, 2_000).parallel().forEach(i -> {
			String context = "person.name:" + i;
			assertThat(k1Active.decrypt(k1Active.encrypt("Ayşe " + i, context), context)).isEqualTo("Ayşe " + i);
		});
	}
}
