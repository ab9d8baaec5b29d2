package org.opennrm.encryption;

import java.util.Map;

/** For tests outside this package: blind indexes before, during and after a rotation of the index key. */
public final class TestIndexKeys {

	/** The key that replaces {@link TestKeys#INDEX} (id {@code 0}), under the id {@code i2}. */
	static final String SECOND = TestKeys.key(128);

	private TestIndexKeys() {
	}

	/** The first index key alone, {@code opennrm.encryption.index-key}. */
	public static BlindIndex first() {
		return new BlindIndex(TestKeys.keys("k1", "k1", TestKeys.K1));
	}

	/** Both, the second one active. */
	public static BlindIndex rotating() {
		return new BlindIndex(EncryptionKeys.of("k1", Map.of("k1", TestKeys.K1), TestKeys.INDEX, Map.of("i2", SECOND), "i2",
				"test"));
	}

	/** Both, the second one active and the first superseded (reencrypt found nothing keyed by it any more). */
	public static BlindIndex superseded() {
		BlindIndex index = rotating();
		index.supersede(java.util.List.of("0"));
		return index;
	}

	/** The second alone. */
	public static BlindIndex second() {
		return new BlindIndex(EncryptionKeys.of("k1", Map.of("k1", TestKeys.K1), null, Map.of("i2", SECOND), null, "test"));
	}

}
