package org.opennrm.encryption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.opennrm.IntegrationTest;

/** The keys configured are the keys the database was set up with, or the application does not start. */
@IntegrationTest
class KeyCheckTests {

	@Autowired
	EncryptionKeys keys;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFirstStartRecordedACheckValueOfEveryKeyAndTheSameKeysPass() {
		assertThat(jdbc.sql("select key_name from encryption_key_check").query(String.class).list())
			.contains("index", "data:" + keys.activeKeyId());
		new KeyCheck(keys, new BlindIndex(keys), jdbc).check();
	}

	@Test
	void anotherIndexKeyOrAnotherDataKeyUnderAKnownIdStopsTheStart() {
		EncryptionKeys otherIndex = EncryptionKeys.of(keys.activeKeyId(), base64(keys.dataKeys()), random(), "test");
		assertThatThrownBy(() -> new KeyCheck(otherIndex, new BlindIndex(otherIndex), jdbc).check())
			.isInstanceOf(InvalidEncryptionKeysException.class)
			.hasMessageContaining("index key (opennrm.encryption.index-key) is not the one this database was set up with")
			.hasMessageContaining("the audit chain would break");

		Map<String, String> data = base64(keys.dataKeys());
		data.put(keys.activeKeyId(), random());
		EncryptionKeys otherData = EncryptionKeys.of(keys.activeKeyId(), data,
				Base64.getEncoder().encodeToString(keys.indexKey().getEncoded()), "test");
		assertThatThrownBy(() -> new KeyCheck(otherData, new BlindIndex(otherData), jdbc).check())
			.isInstanceOf(InvalidEncryptionKeysException.class)
			.hasMessageContaining("data key '" + keys.activeKeyId() + "'")
			.hasMessageContaining("the values encrypted under it could not be read")
			// the audit chain is keyed by the index key only
			.hasMessageNotContaining("audit chain");
	}

	@Test
	void aNewDataKeyIsRecordedBesideTheOthers() {
		Map<String, String> data = base64(keys.dataKeys());
		data.put("rotated2", random());
		EncryptionKeys rotated = EncryptionKeys.of("rotated2", data,
				Base64.getEncoder().encodeToString(keys.indexKey().getEncoded()), "test");
		new KeyCheck(rotated, new BlindIndex(rotated), jdbc).check();
		assertThat(jdbc.sql("select count(*) from encryption_key_check where key_name = 'data:rotated2'")
			.query(Long.class).single()).isOne();
		// the first keys still pass: the new one is only added
		new KeyCheck(keys, new BlindIndex(keys), jdbc).check();
	}

	@Test
	void aNodeWhoseNewKeyAnotherNodeRecordedFirstWithOtherBytesDoesNotStart() {
		Map<String, String> data = base64(keys.dataKeys());
		data.put("raced", random());
		EncryptionKeys mine = EncryptionKeys.of(keys.activeKeyId(), data,
				Base64.getEncoder().encodeToString(keys.indexKey().getEncoded()), "test");
		KeyCheck racing = new KeyCheck(mine, new BlindIndex(mine), jdbc) {
			private boolean first = true;

			@Override
			Map<String, byte[]> recorded() {
				Map<String, byte[]> seen = super.recorded();
				if (first) {
					first = false;
					// the other node, starting at the same moment with its own key "raced", records it now
					jdbc.sql("insert into encryption_key_check (key_name, check_value) values ('data:raced', :v)")
						.param("v", new byte[32]).update();
				}
				return seen;
			}
		};
		try {
			assertThatThrownBy(racing::check).isInstanceOf(InvalidEncryptionKeysException.class)
				.hasMessageContaining("data key 'raced'");
		}
		finally {
			jdbc.sql("delete from encryption_key_check where key_name = 'data:raced'").update();
		}
	}

	private static Map<String, String> base64(Map<String, javax.crypto.SecretKey> keys) {
		Map<String, String> encoded = new HashMap<>();
		keys.forEach((id, key) -> encoded.put(id, Base64.getEncoder().encodeToString(key.getEncoded())));
		return encoded;
	}

	private static String random() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getEncoder().encodeToString(bytes);
	}

}
