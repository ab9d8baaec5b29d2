package org.opennrm.encryption;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses to start with keys other than those the database was set up with. A changed index key would make every
 * blind index and matching key written from then on unlike the ones stored (e-mail look-ups and duplicate searches
 * find nothing, silently) and break the audit chain; a data key with a known id but other bytes would make values
 * written under it unreadable. On the first start with a database each key's check value is recorded
 * ({@code encryption_key_check}); on every start, before the server answers, the configured keys are checked against
 * them; so are the admin commands' ({@code create-admin}, {@code verify-audit}, which records no new key: it changes
 * nothing in the database). A recorded data key no longer
 * configured is only warned about: the values encrypted with it cannot be read
 * until it is configured again.
 */
@Component
class KeyCheck implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(KeyCheck.class);

	private static final byte[] TEXT = "OpenNRM key check v1".getBytes(StandardCharsets.UTF_8);

	private final EncryptionKeys keys;
	private final BlindIndex blindIndex;
	private final JdbcClient jdbc;

	/** Whether keys not seen before are left unrecorded: a start that changes nothing ({@code verify-audit}). */
	private final boolean readOnly;

	KeyCheck(EncryptionKeys keys, BlindIndex blindIndex, JdbcClient jdbc) {
		this(keys, blindIndex, jdbc, false);
	}

	@Autowired
	KeyCheck(EncryptionKeys keys, BlindIndex blindIndex, JdbcClient jdbc,
			@Value("${opennrm.database.read-only:false}") boolean readOnly) {
		this.keys = keys;
		this.blindIndex = blindIndex;
		this.jdbc = jdbc;
		this.readOnly = readOnly;
	}

	@Override
	public void afterSingletonsInstantiated() {
		check();
	}

	void check() {
		Map<String, byte[]> configured = configured();
		Map<String, byte[]> recorded = recorded();
		refuseDiffering(configured, recorded);
		TreeSet<String> gone = new TreeSet<>(recorded.keySet());
		gone.removeAll(configured.keySet());
		if (!gone.isEmpty()) {
			log.warn("Data keys {} were used with this database and are no longer configured: values encrypted with them"
					+ " cannot be read until they are configured again.", gone);
		}
		if (readOnly) {
			return;
		}
		boolean added = false;
		for (var key : configured.entrySet()) {
			if (!recorded.containsKey(key.getKey())) {
				jdbc.sql("insert into encryption_key_check (key_name, check_value) values (:name, :value)"
						+ " on conflict (key_name) do nothing")
					.param("name", key.getKey()).param("value", key.getValue()).update();
				added = true;
			}
		}
		if (added) {
			// another node starting for the first time at the same moment may have recorded its keys first
			refuseDiffering(configured, recorded());
		}
	}

	/** The check values the database holds. */
	Map<String, byte[]> recorded() {
		Map<String, byte[]> recorded = new LinkedHashMap<>();
		jdbc.sql("select key_name, check_value from encryption_key_check")
			.query((rs, i) -> recorded.put(rs.getString(1), rs.getBytes(2)))
			.list();
		return recorded;
	}

	private static void refuseDiffering(Map<String, byte[]> configured, Map<String, byte[]> recorded) {
		List<String> differing = configured.keySet().stream()
			.filter(name -> recorded.containsKey(name) && !MessageDigest.isEqual(recorded.get(name), configured.get(name)))
			.sorted()
			.toList();
		if (!differing.isEmpty()) {
			// the audit chain is keyed by the index key alone: a data key has nothing to do with it
			String harm = !differing.contains("index")
					? "the values encrypted under " + (differing.size() == 1 ? "it" : "them") + " could not be read"
					: "e-mail look-ups and duplicate searches would find nothing written before, and the audit chain would"
							+ " break" + (differing.size() > 1 ? "; values encrypted under the data keys could not be read" : "");
			throw new InvalidEncryptionKeysException("The configured " + describe(differing) + " not the one this"
					+ " database was set up with: " + harm + ".", "Configure the keys this database was set up with (see the backup of the key"
					+ " file or secret store). Replacing a key is a migration, not a configuration change: see"
					+ " docs/encryption.md.");
		}
	}

	private Map<String, byte[]> configured() {
		Map<String, byte[]> values = new LinkedHashMap<>();
		values.put("index", blindIndex.macFor("encryption.key-check").doFinal(TEXT));
		keys.dataKeys().forEach((id, key) -> values.put("data:" + id, check(key)));
		return values;
	}

	private static byte[] check(SecretKey dataKey) {
		return BlindIndex.hmac(new SecretKeySpec(dataKey.getEncoded(), "HmacSHA256")).doFinal(TEXT);
	}

	private static String describe(List<String> names) {
		List<String> described = names.stream()
			.map(name -> name.equals("index") ? "index key (opennrm.encryption.index-key)"
					: "data key '" + name.substring(5) + "' (opennrm.encryption.keys." + name.substring(5) + ")")
			.toList();
		return String.join(" and ", described) + (described.size() == 1 ? " is" : " are");
	}

}
