package org.opennrm.encryption;

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
}
