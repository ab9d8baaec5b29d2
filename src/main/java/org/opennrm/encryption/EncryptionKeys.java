package org.opennrm.encryption;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * The validated key ring: data keys by id and the active one, index keys (blind indexes, matching keys, the audit
 * chain, session cookies) by id and the active one. Key ids are lower-cased, since environment variables
 * (OPENNRM_ENCRYPTION_KEYS_K2026A) reach Spring as lower-case map keys. The single index key of
 * {@code opennrm.encryption.index-key} has the id {@value #FIRST_INDEX_KEY_ID}: every database set up before index keys
 * had ids was set up with it.
 */
final class EncryptionKeys {

	static final int KEY_BYTES = 32;

	static final Pattern KEY_ID = Pattern.compile("[a-z0-9]{1,32}");

	/** The id of the index key configured as {@code opennrm.encryption.index-key}. */
	static final String FIRST_INDEX_KEY_ID = "0";

	private final String activeKeyId;

	private final Map<String, SecretKey> dataKeys;

	private final String activeIndexKeyId;

	private final Map<String, SecretKey> indexKeys;

	private EncryptionKeys(String activeKeyId, Map<String, SecretKey> dataKeys, String activeIndexKeyId,
			Map<String, SecretKey> indexKeys) {
		this.activeKeyId = activeKeyId;
		this.dataKeys = Map.copyOf(dataKeys);
		this.activeIndexKeyId = activeIndexKeyId;
		this.indexKeys = Map.copyOf(indexKeys);
	}

	/** Data keys and one index key, {@code opennrm.encryption.index-key}. */
	static EncryptionKeys of(@Nullable String activeKeyId, Map<String, String> base64Keys,
			@Nullable String base64IndexKey, String origin) {
		return of(activeKeyId, base64Keys, base64IndexKey, Map.of(), null, origin);
	}

	/**
	 * Validates base64 keys. {@code origin} says where they came from ("configuration", "key file /x") for error
	 * messages; values never appear in a message.
	 */
	static EncryptionKeys of(@Nullable String activeKeyId, Map<String, String> base64Keys,
			@Nullable String base64IndexKey, Map<String, String> base64IndexKeys, @Nullable String activeIndexKeyId,
			String origin) {
		var missing = new TreeSet<String>();
		if (base64Keys.isEmpty()) {
			missing.add("opennrm.encryption.keys.<id> (OPENNRM_ENCRYPTION_KEYS_<ID>)");
		}
		if (!EncryptionProperties.hasText(activeKeyId)) {
			missing.add("opennrm.encryption.active-key-id (OPENNRM_ENCRYPTION_ACTIVE_KEY_ID)");
		}
		if (!EncryptionProperties.hasText(base64IndexKey) && base64IndexKeys.isEmpty()) {
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
		Map<String, SecretKey> indexKeys = indexKeys(base64IndexKey, base64IndexKeys, origin);
		String activeIndex = activeIndexKeyId(activeIndexKeyId, indexKeys, origin);
		Map<String, SecretKey> all = new LinkedHashMap<>();
		new TreeMap<>(dataKeys).forEach((id, key) -> all.put("the data key '" + id + "'", key));
		for (var indexKey : new TreeMap<>(indexKeys).entrySet()) {
			for (var other : all.entrySet()) {
				if (MessageDigest.isEqual(other.getValue().getEncoded(), indexKey.getValue().getEncoded())) {
					throw invalidIndexKeys("The index key '" + indexKey.getKey() + "' in " + origin + " equals " + other.getKey()
							+ "; every key must differ from the others (generate each with 'openssl rand -base64 32').");
				}
			}
			all.put("the index key '" + indexKey.getKey() + "'", indexKey.getValue());
		}
		return new EncryptionKeys(active, dataKeys, activeIndex, indexKeys);
	}

	private static Map<String, SecretKey> indexKeys(@Nullable String base64IndexKey, Map<String, String> base64IndexKeys,
			String origin) {
		var indexKeys = new HashMap<String, SecretKey>();
		if (EncryptionProperties.hasText(base64IndexKey)) {
			indexKeys.put(FIRST_INDEX_KEY_ID, hmacKey(base64IndexKey, "opennrm.encryption.index-key", origin));
		}
		base64IndexKeys.forEach((rawId, value) -> {
			String id = normaliseKeyId(rawId);
			if (!KEY_ID.matcher(id).matches()) {
				throw invalidIndexKeys("Invalid index key id '" + printable(rawId) + "' in " + origin
						+ ": key ids are 1 to 32 letters and digits.");
			}
			if (indexKeys.put(id, hmacKey(value, "opennrm.encryption.index.keys." + id, origin)) != null) {
				throw invalidIndexKeys("Index key id '" + id + "' is defined twice in " + origin + " (key ids are"
						+ " case-insensitive; opennrm.encryption.index-key, OPENNRM_ENCRYPTION_INDEX_KEY, is the index key '"
						+ FIRST_INDEX_KEY_ID + "': do not set opennrm.encryption.index.keys." + FIRST_INDEX_KEY_ID
						+ ", OPENNRM_ENCRYPTION_INDEX_KEYS_" + FIRST_INDEX_KEY_ID + ", beside it).");
			}
		});
		return indexKeys;
	}

	private static String activeIndexKeyId(@Nullable String configured, Map<String, SecretKey> indexKeys, String origin) {
		if (!EncryptionProperties.hasText(configured)) {
			if (indexKeys.size() == 1) {
				return indexKeys.keySet().iterator().next();
			}
			throw invalidIndexKeys("Several index keys are configured in " + origin + " (ids " + new TreeSet<>(indexKeys.keySet())
					+ "), and opennrm.encryption.index.active-key-id (OPENNRM_ENCRYPTION_INDEX_ACTIVE_KEY_ID) does not say"
					+ " which one keys new values.");
		}
		String active = normaliseKeyId(configured);
		if (!indexKeys.containsKey(active)) {
			throw invalidIndexKeys("The active index key id '" + printable(configured) + "' in " + origin
					+ " has no key: opennrm.encryption.index.keys." + active + " (OPENNRM_ENCRYPTION_INDEX_KEYS_"
					+ active.toUpperCase(Locale.ROOT) + ") is not set (configured index key ids: "
					+ new TreeSet<>(indexKeys.keySet()) + "; opennrm.encryption.index-key is the index key '"
					+ FIRST_INDEX_KEY_ID + "').");
		}
		return active;
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

	String activeIndexKeyId() {
		return activeIndexKeyId;
	}

	/** The active index key: what new blind indexes, matching keys, audit entries and session cookies are keyed by. */
	SecretKey indexKey() {
		return indexKeys.get(activeIndexKeyId);
	}

	/** The index keys by id. */
	Map<String, SecretKey> indexKeys() {
		return indexKeys;
	}

	@Override
	public String toString() {
		return "EncryptionKeys[active=" + activeKeyId + ", ids=" + new TreeSet<>(dataKeys.keySet()) + ", active index key="
				+ activeIndexKeyId + ", index key ids=" + new TreeSet<>(indexKeys.keySet()) + "]";
	}

	static String normaliseKeyId(@Nullable String keyId) {
		return keyId == null ? "" : keyId.strip().toLowerCase(Locale.ROOT);
	}

	private static SecretKey hmacKey(@Nullable String base64, String property, String origin) {
		return new SecretKeySpec(decode(base64, property, origin), "HmacSHA256");
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

	/** How index keys are configured, for a refusal of theirs. */
	static final String HOW_TO_CONFIGURE_INDEX_KEYS = "The index key is opennrm.encryption.index-key"
			+ " (OPENNRM_ENCRYPTION_INDEX_KEY), whose id is '" + FIRST_INDEX_KEY_ID + "'; during a rotation of the index key,"
			+ " more index keys are opennrm.encryption.index.keys.<id> (OPENNRM_ENCRYPTION_INDEX_KEYS_<ID>), and"
			+ " opennrm.encryption.index.active-key-id (OPENNRM_ENCRYPTION_INDEX_ACTIVE_KEY_ID) names the one that keys new"
			+ " values. Generate each key with 'openssl rand -base64 32'. See docs/encryption.md, \"Rotating the index key\".";

	private static InvalidEncryptionKeysException invalidIndexKeys(String description) {
		return new InvalidEncryptionKeysException(description, HOW_TO_CONFIGURE_INDEX_KEYS);
	}

	private static InvalidEncryptionKeysException invalid(String description) {
		return new InvalidEncryptionKeysException(description, EncryptionKeysLoader.HOW_TO_CONFIGURE);
	}
}
