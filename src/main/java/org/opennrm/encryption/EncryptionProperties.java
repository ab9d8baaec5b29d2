package org.opennrm.encryption;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.jspecify.annotations.Nullable;

/**
 * Keys for field encryption and blind indexes. See {@code docs/encryption.md}.
 *
 * @param activeKeyId     id of the key that encrypts new values (letters and digits, case-insensitive)
 * @param keys            key id → base64 of 32 random bytes; old keys stay here after rotation, for decryption
 * @param indexKey        base64 of 32 random bytes, the key of all blind indexes
 * @param keyFile         key file used when no keys are configured; defaults to
 *                        {@code ${opennrm.data-dir:./data}/secrets/encryption-keys.properties}
 * @param generateKeyFile generate the key file when neither keys nor the file exist (laptop or demo only)
 */
@ConfigurationProperties("opennrm.encryption")
public record EncryptionProperties(
		@Nullable String activeKeyId,
		Map<String, String> keys,
		@Nullable String indexKey,
		@Nullable Path keyFile,
		boolean generateKeyFile) {

	public EncryptionProperties {
		keys = keys == null ? Map.of() : Map.copyOf(keys);
	}

	boolean hasAnyKeyConfigured() {
		return !keys.isEmpty() || hasText(activeKeyId) || hasText(indexKey);
	}

	static boolean hasText(@Nullable String value) {
		return value != null && !value.isBlank();
	}

	/** Never prints key material. */
	@Override
	public String toString() {
		return "EncryptionProperties[activeKeyId=" + activeKeyId + ", keys=" + keys.keySet()
				+ ", indexKey=" + (hasText(indexKey) ? "(set)" : "(not set)") + ", keyFile=" + keyFile
				+ ", generateKeyFile=" + generateKeyFile + "]";
	}
}
