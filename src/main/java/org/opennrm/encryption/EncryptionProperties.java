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
 * @param indexKey        base64 of 32 random bytes, the key of all blind indexes: the index key with the id
 *                        {@code 0}
 * @param indexKeys       index key id → base64 of 32 random bytes, for a rotation of the index key (old keys stay
 *                        here until nothing is keyed under them, and to check the audit trail's older entries)
 * @param activeIndexKeyId the id of the index key that keys new values; may be left out when there is one index key
 * @param keyFile         key file used when no keys are configured; defaults to
 *                        {@code ${opennrm.data-dir:./data}/secrets/encryption-keys.properties}
 * @param generateKeyFile generate the key file when neither keys nor the file exist (laptop or demo only);
 *                        unset: only when OpenNRM runs its embedded database
 */
@ConfigurationProperties("opennrm.encryption")
public record EncryptionProperties(
		@Nullable String activeKeyId,
		Map<String, String> keys,
		@Nullable String indexKey,
		Map<String, String> indexKeys,
		@Nullable String activeIndexKeyId,
		@Nullable Path keyFile,
		@Nullable Boolean generateKeyFile) {

	public EncryptionProperties {
		keys = keys == null ? Map.of() : Map.copyOf(keys);
		indexKeys = indexKeys == null ? Map.of() : Map.copyOf(indexKeys);
	}

	boolean hasAnyKeyConfigured() {
		return !keys.isEmpty() || hasText(activeKeyId) || hasText(indexKey) || !indexKeys.isEmpty()
				|| hasText(activeIndexKeyId);
	}

	static boolean hasText(@Nullable String value) {
		return value != null && !value.isBlank();
	}

	/** Never prints key material. */
	@Override
	public String toString() {
		return "EncryptionProperties[activeKeyId=" + activeKeyId + ", keys=" + keys.keySet()
				+ ", indexKey=" + (hasText(indexKey) ? "(set)" : "(not set)") + ", indexKeys=" + indexKeys.keySet()
				+ ", activeIndexKeyId=" + activeIndexKeyId + ", keyFile=" + keyFile
				+ ", generateKeyFile=" + generateKeyFile + "]";
	}
}
