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
 * @param index           index keys with ids, for a rotation of the index key ({@code opennrm.encryption.index.*})
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
		@Nullable Index index,
		@Nullable Path keyFile,
		@Nullable Boolean generateKeyFile) {

	public EncryptionProperties {
		keys = keys == null ? Map.of() : Map.copyOf(keys);
		index = index == null ? new Index(Map.of(), null) : index;
	}

	/**
	 * @param keys        index key id → base64 of 32 random bytes ({@code opennrm.encryption.index.keys.<id>},
	 *                    {@code OPENNRM_ENCRYPTION_INDEX_KEYS_<ID>}): old keys stay here until nothing is keyed by them,
	 *                    and where {@code verify-audit} runs, to check the audit trail's older entries
	 * @param activeKeyId the id of the index key that keys new values ({@code opennrm.encryption.index.active-key-id});
	 *                    may be left out when there is one index key
	 */
	public record Index(Map<String, String> keys, @Nullable String activeKeyId) {

		public Index {
			keys = keys == null ? Map.of() : Map.copyOf(keys);
		}
	}

	boolean hasAnyKeyConfigured() {
		return !keys.isEmpty() || hasText(activeKeyId) || hasText(indexKey) || !index.keys().isEmpty()
				|| hasText(index.activeKeyId());
	}

	static boolean hasText(@Nullable String value) {
		return value != null && !value.isBlank();
	}

	/** Never prints key material. */
	@Override
	public String toString() {
		return "EncryptionProperties[activeKeyId=" + activeKeyId + ", keys=" + keys.keySet()
				+ ", indexKey=" + (hasText(indexKey) ? "(set)" : "(not set)") + ", index.keys=" + index.keys().keySet()
				+ ", index.activeKeyId=" + index.activeKeyId() + ", keyFile=" + keyFile
				+ ", generateKeyFile=" + generateKeyFile + "]";
	}
}
