package org.opennrm.encryption;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Fixed, obviously fake keys for tests. */
final class TestKeys {

	static final String K1 = key(0);

	static final String K2 = key(32);

	static final String INDEX = key(64);

	static final String OTHER_INDEX = key(96);

	private TestKeys() {
	}

	static String key(int firstByte) {
		byte[] key = new byte[32];
		for (int i = 0; i < key.length; i++) {
			key[i] = (byte) (firstByte + i);
		}
		return Base64.getEncoder().encodeToString(key);
	}

	static EncryptionKeys keys(String active, String... idsAndKeys) {
		return keysWithIndex(INDEX, active, idsAndKeys);
	}

	static EncryptionKeys keysWithIndex(String indexKey, String active, String... idsAndKeys) {
		Map<String, String> keys = new LinkedHashMap<>();
		for (int i = 0; i < idsAndKeys.length; i += 2) {
			keys.put(idsAndKeys[i], idsAndKeys[i + 1]);
		}
		return EncryptionKeys.of(active, keys, indexKey, "test");
	}

	/** A key of random bytes, in base64. */
	static String random() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getEncoder().encodeToString(bytes);
	}

	/** The data keys of {@code keys}, in base64 by id. */
	static Map<String, String> encoded(EncryptionKeys keys) {
		Map<String, String> encoded = new LinkedHashMap<>();
		keys.dataKeys().forEach((id, key) -> encoded.put(id, Base64.getEncoder().encodeToString(key.getEncoded())));
		return encoded;
	}

	/**
	 * {@code keys} with a data key of random bytes added under each of {@code ids}, {@code active} the active one, and
	 * the same index key: a rotation of the keys a database was set up with.
	 */
	static EncryptionKeys adding(EncryptionKeys keys, String active, String... ids) {
		Map<String, String> data = encoded(keys);
		for (String id : ids) {
			data.put(id, random());
		}
		return EncryptionKeys.of(active, data, Base64.getEncoder().encodeToString(keys.indexKey().getEncoded()), "test");
	}


	/** A key in base64. */
	static String encoded(javax.crypto.SecretKey key) {
		return Base64.getEncoder().encodeToString(key.getEncoded());
	}

	/**
	 * {@code keys} with an index key of random bytes added under each of {@code ids} beside the index key {@code 0},
	 * {@code activeIndex} the active one.
	 */
	static EncryptionKeys addingIndexKey(EncryptionKeys keys, String activeIndex, String... ids) {
		Map<String, String> index = new LinkedHashMap<>();
		for (String id : ids) {
			index.put(id, random());
		}
		return EncryptionKeys.of(keys.activeKeyId(), encoded(keys),
				Base64.getEncoder().encodeToString(keys.indexKeys().get(EncryptionKeys.FIRST_INDEX_KEY_ID).getEncoded()), index,
				activeIndex, "test");
	}

}
