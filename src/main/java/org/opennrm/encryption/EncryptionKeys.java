package org.opennrm.encryption;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * The validated key ring: data keys by id, the active one, and the blind-index key. Key ids are lower-cased, since
 * environment variables (OPENNRM_ENCRYPTION_KEYS_K2026A) reach Spring as lower-case map keys.
 */
final class EncryptionKeys {

	static final int KEY_BYTES = 32;

	static final Pattern KEY_ID = Pattern.compile("[a-z0-9]{1,32}");

	private final String activeKeyId;

	private final Map<String, SecretKey> dataKeys;

	private final SecretKey indexKey;

	private EncryptionKeys(String activeKeyId, Map<String, SecretKey> dataKeys, SecretKey indexKey) {
		this.activeKeyId = activeKeyId;
		this.dataKeys = Map.copyOf(dataKeys);
		this.indexKey = indexKey;
	}

	/**
	 * Validates base64 keys. {@code origin} says where they came from ("configuration", "key file /x") for error
	 * messages; values never appear in a message.
	 */
	static EncryptionKeys of(@Nullable String activeKeyId, Map<String, String> base64Keys,
			@Nullable String base64IndexKey, String origin) {
		var missing = new TreeSet<String>();
		if (base64Keys.isEmpty()) {
			missing.add("opennrm.encryption.keys.<id> (OPENNRM_ENCRYPTION_KEYS_<ID>)");
		}
		if (!EncryptionProperties.hasText(activeKeyId)) {
			missing.add("opennrm.encryption.active-key-id (OPENNRM_ENCRYPTION_ACTIVE_KEY_ID)");
		}
		if (!EncryptionProperties.hasText(base64IndexKey)) {
			missing.add("opennrm.encryption.index-key (OPENNRM_ENCRYPTION_INDEX_KEY)");
		}
		if (!missing.isEmpty()) {
			throw invalid("Incomplete encryption keys in " + origin + ": missing " + String.join(", ", missing) + ".");
		}
		var dataKeys = new HashMap<String, SecretKey>();
		base64Keys.forEach((rawId, value) -> {
			String id = normaliseKeyId(rawId);
			if (!KEY_ID.matcher(id).matches()) {
				throw invalid("Invalid encryption key id '" + printable(rawId) + "' in " + origin
						+ ": key ids are 1 to 32 letters and digits.");
			}
			if (dataKeys.put(id, aesKey(value, "opennrm.encryption.keys." + id, origin)) != null) {
				throw invalid("Encryption key id '" + id + "' is defined twice in " + origin
						+ " (key ids are case-insensitive).");
			}
		});
		String active = normaliseKeyId(activeKeyId);
		if (!dataKeys.containsKey(active)) {
			throw invalid("The active encryption key id '" + printable(activeKeyId) + "' in " + origin
					+ " has no key: opennrm.encryption.keys." + active + " is not set (configured ids: "
					+ new TreeSet<>(dataKeys.keySet()) + ").");
		}
		SecretKey indexKey = new SecretKeySpec(decode(base64IndexKey, "opennrm.encryption.index-key", origin),
				"HmacSHA256");
		for (SecretKey dataKey : dataKeys.values()) {
			if (MessageDigest.isEqual(dataKey.getEncoded(), indexKey.getEncoded())) {
				throw invalid("The index key in " + origin + " equals an encryption key; they must differ.");
			}
		}
		return new EncryptionKeys(active, dataKeys, indexKey);
	}

	String activeKeyId() {
		return activeKeyId;
	}

	SecretKey activeKey() {
		return dataKeys.get(activeKeyId);
	}

	/** The data keys by id. */
	Map<String, SecretKey> dataKeys() {
		return dataKeys;
	}

	Optional<SecretKey> dataKey(String keyId) {
		return Optional.ofNullable(dataKeys.get(keyId));
	}

	SecretKey indexKey() {
		return indexKey;
	}

	@Override
	public String toString() {
		return "EncryptionKeys[active=" + activeKeyId + ", ids=" + new TreeSet<>(dataKeys.keySet()) + "]";
	}

	static String normaliseKeyId(@Nullable String keyId) {
		return keyId == null ? "" : keyId.strip().toLowerCase(Locale.ROOT);
	}

	private static SecretKey aesKey(@Nullable String base64, String property, String origin) {
		return new SecretKeySpec(decode(base64, property, origin), "AES");
	}

	private static byte[] decode(@Nullable String base64, String property, String origin) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
		}
		catch (IllegalArgumentException ex) {
			// The decoder's message quotes the offending character: never pass it on.
			throw invalid(property + " in " + origin + " is not valid base64.");
		}
		if (bytes.length != KEY_BYTES) {
			throw invalid(property + " in " + origin + " must be " + KEY_BYTES + " bytes (256 bits) in base64, but is "
					+ bytes.length + " bytes.");
		}
		return bytes;
	}

	private static String printable(@Nullable String keyId) {
		if (keyId == null) {
			return "";
		}
		String trimmed = keyId.strip();
		return trimmed.length() <= 40 && trimmed.chars().allMatch(c -> c >= 0x21 && c < 0x7f) ? trimmed : "(unprintable)";
	}

	private static InvalidEncryptionKeysException invalid(String description) {
		return new InvalidEncryptionKeysException(description, EncryptionKeysLoader.HOW_TO_CONFIGURE);
	}
}
