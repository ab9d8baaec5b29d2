package org.opennrm.encryption;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.opennrm.shared.Counted;

/**
 * Refuses to start with keys other than those the database was set up with. A changed index key would make every
 * blind index and matching key written from then on unlike the ones stored (e-mail look-ups and duplicate searches
 * find nothing, silently) and break the audit chain; a data key with a known id but other bytes would make values
 * written under it unreadable. On the first start with a database each key's check value is recorded
 * ({@code encryption_key_check}); on every start, before the server answers, the configured keys are checked against
 * them; so are the admin commands' ({@code create-admin}, {@code verify-audit}, which records no new key: it changes
 * nothing in the database). A recorded key no longer
 * configured is only warned about, with the number of values under it (encrypted by a data key, or keyed by an index
 * key: {@link IndexKeyedValues}), which cannot be read, or found, until it is configured again; one with none left is
 * noted as retired ({@code ENCRYPTION_KEY_RETIRED}) and not counted at later starts. A key recorded for the first time,
 * and a key that becomes the active one, are entries in the audit trail too ({@code ENCRYPTION_KEY_ADDED},
 * {@code ENCRYPTION_KEY_ACTIVATED}), so that an auditor sees when the keys changed. An active index key that
 * {@code reencrypt} superseded stops the start.
 */
@Component
class KeyCheck implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(KeyCheck.class);

	/** How {@code encryption_key_check} names an index key: this and its id. */
	static final String INDEX = "index:";

	private static final byte[] TEXT = "OpenNRM key check v1".getBytes(StandardCharsets.UTF_8);

	private final EncryptionKeys keys;
	private final BlindIndex blindIndex;
	private final JdbcClient jdbc;

	private final List<EncryptedColumn> columns;
	private final List<IndexKeyedValues> indexed;
	private final ApplicationEventPublisher events;

	/** Whether keys not seen before are left unrecorded: a start that changes nothing ({@code verify-audit}). */
	private final boolean readOnly;

	/** For tests of the keys alone: no encrypted column is counted, and nothing is audited. */
	KeyCheck(EncryptionKeys keys, BlindIndex blindIndex, JdbcClient jdbc) {
		this(keys, blindIndex, jdbc, false, List.of(), List.of(), event -> {
		});
	}

	@Autowired
	KeyCheck(EncryptionKeys keys, BlindIndex blindIndex, JdbcClient jdbc,
			@Value("${opennrm.database.read-only:false}") boolean readOnly, List<EncryptedColumn> columns,
			List<IndexKeyedValues> indexed, ApplicationEventPublisher events) {
		this.keys = keys;
		this.blindIndex = blindIndex;
		this.jdbc = jdbc;
		this.readOnly = readOnly;
		this.columns = List.copyOf(columns);
		this.indexed = List.copyOf(indexed);
		this.events = events;
	}

	@Override
	public void afterSingletonsInstantiated() {
		check();
	}

	void check() {
		Map<String, byte[]> configured = configured();
		Map<String, byte[]> recorded = recorded();
		refuseDiffering(configured, recorded);
		List<String> superseded = KeyRotation.supersededIndexKeys(jdbc);
		if (!readOnly && superseded.contains(keys.activeIndexKeyId())) {
			refuseSupersededIndexKey();
		}
		// the audit chain's older entries may be under them; nothing else may
		blindIndex.supersede(superseded);
		Set<String> retired = retired();
		TreeSet<String> gone = new TreeSet<>(recorded.keySet());
		gone.removeAll(configured.keySet());
		gone.removeAll(retired);
		Set<String> newer = gone.isEmpty() ? Set.of() : newerThanTheActiveKey();
		List<String> emptied = gone.isEmpty() ? List.of() : warnOfGoneKeys(gone, newer);
		if (readOnly) {
			return;
		}
		retire(emptied);
		List<String> back = retired.stream().filter(configured::containsKey).toList();
		if (!back.isEmpty()) {
			// configured again: values may be written under it, so its absence is looked into again when it goes
			jdbc.sql("update encryption_key_check set retired_at = null where key_name in (:names)").param("names", back)
				.update();
		}
		List<String> unrecorded = configured.keySet().stream().filter(name -> !recorded.containsKey(name)).toList();
		List<String> added = new ArrayList<>();
		for (String name : unrecorded) {
			int inserted = jdbc.sql("insert into encryption_key_check (key_name, check_value) values (:name, :value)"
					+ " on conflict (key_name) do nothing")
				.param("name", name).param("value", configured.get(name)).update();
			if (inserted == 1) {
				added.add(name);
			}
		}
		if (!unrecorded.isEmpty()) {
			// another node starting for the first time at the same moment may have recorded its keys first
			refuseDiffering(configured, recorded());
		}
		added.forEach(name -> events.publishEvent(new KeyChanged(KeyChanged.Change.ADDED, name)));
		recordActivation();
	}

	/**
	 * Notes when the active data key first became active, and audits it. A later return to a key active before (a node
	 * started again on its old configuration, a rotation undone) is not noted again: the first activation is the one
	 * that tells when the key began to be used.
	 */
	private void recordActivation() {
		for (String name : List.of("data:" + keys.activeKeyId(), INDEX + keys.activeIndexKeyId())) {
			int first = jdbc.sql("update encryption_key_check set activated_at = clock_timestamp()"
					+ " where key_name = :name and activated_at is null").param("name", name).update();
			if (first == 1) {
				events.publishEvent(new KeyChanged(KeyChanged.Change.ACTIVATED, name));
			}
		}
	}

	/**
	 * Data keys recorded, or made active, after this node's active key became active: added on another node whose
	 * configuration is newer than this one's, for a rotation this node has not been given yet.
	 */
	private Set<String> newerThanTheActiveKey() {
		Set<String> newer = new HashSet<>();
		for (String kind : List.of("data:", INDEX)) {
			newer.addAll(jdbc.sql("""
					select k.key_name from encryption_key_check k, encryption_key_check mine
					where mine.key_name = :mine and mine.activated_at is not null and k.key_name like :kind
					  and (k.recorded_at > mine.activated_at or k.activated_at > mine.activated_at)""")
				.param("mine", kind + (kind.equals(INDEX) ? keys.activeIndexKeyId() : keys.activeKeyId()))
				.param("kind", kind + "%").query(String.class).list());
		}
		return newer;
	}

	/**
	 * A node whose active index key was replaced for good ({@code reencrypt} found nothing keyed by it any more) would
	 * key new values by it again, and write audit entries that the chain refuses after the entry saying so.
	 */
	private void refuseSupersededIndexKey() {
		jdbc.sql("select superseded_at from encryption_key_check where key_name = :name")
			.param("name", INDEX + keys.activeIndexKeyId()).query(java.sql.Timestamp.class).optional()
			.ifPresent(when -> {
				String replacement = jdbc.sql("""
						select substring(key_name from 7) from encryption_key_check
						 where key_name like 'index:%' and superseded_at is null and activated_at is not null
						 order by activated_at desc limit 1""").query(String.class).optional().orElse("<id>");
				throw new InvalidEncryptionKeysException("The active index key '" + keys.activeIndexKeyId() + "' was replaced"
						+ " for good by the index key '" + replacement + "' on "
						+ when.toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + " (reencrypt found nothing"
						+ " keyed by it any more): values keyed by it would no longer be found, and audit entries under it would"
						+ " break the audit chain.",
						"Make '" + replacement + "' the active index key, as on the other nodes:"
								+ " opennrm.encryption.index.active-key-id=" + replacement
								+ " (OPENNRM_ENCRYPTION_INDEX_ACTIVE_KEY_ID), with the key itself in opennrm.encryption.index.keys."
								+ replacement + " (OPENNRM_ENCRYPTION_INDEX_KEYS_" + replacement.toUpperCase(java.util.Locale.ROOT)
								+ "); keep '" + keys.activeIndexKeyId() + "' configured beside it for the audit trail's older"
								+ " entries. See docs/encryption.md, \"Rotating the index key\".");
			});
	}

	/** Keys no longer configured under which no value was left when a start last looked: not looked for again. */
	private Set<String> retired() {
		return new HashSet<>(jdbc.sql("select key_name from encryption_key_check where retired_at is not null")
			.query(String.class).list());
	}

	/** Notes keys gone with no value left under them, so that later starts do not count again; audited. */
	private void retire(List<String> names) {
		for (String name : names) {
			int retiredNow = jdbc.sql("update encryption_key_check set retired_at = clock_timestamp()"
					+ " where key_name = :name and retired_at is null").param("name", name).update();
			if (retiredNow == 1) {
				events.publishEvent(new KeyChanged(KeyChanged.Change.RETIRED, name));
			}
		}
	}

	/**
	 * Says how many values each key no longer configured still holds (encrypted by a data key, keyed by an index key),
	 * which cannot be read, or found, without it; returns those under which none is left.
	 */
	private List<String> warnOfGoneKeys(TreeSet<String> goneNames, Set<String> newer) {
		Map<String, Map<String, Long>> held = new TreeMap<>();
		if (goneNames.stream().anyMatch(name -> !name.startsWith(INDEX))) {
			KeyRotation.usage(jdbc, columns).stream().filter(usage -> usage.keyId() != null)
				.forEach(usage -> hold(held, "data:" + usage.keyId(), usage));
		}
		if (goneNames.stream().anyMatch(name -> name.startsWith(INDEX))) {
			KeyRotation.indexUsage(indexed).forEach(usage -> hold(held, INDEX + usage.keyId(), usage));
		}
		List<String> emptied = new ArrayList<>();
		for (String name : goneNames) {
			GoneKey kind = name.startsWith(INDEX) ? GoneKey.INDEX : GoneKey.DATA;
			String id = name.substring(name.indexOf(':') + 1);
			Map<String, Long> fields = held.getOrDefault(name, Map.of());
			long values = fields.values().stream().mapToLong(Long::longValue).sum();
			String where = fields.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
				.collect(Collectors.joining(", "));
			if (newer.contains(name)) {
				// may be in use there, values or none: never retired from here
				log.warn(kind.label + " '{}' was added on another node after this node's " + kind.activeKey + ", and is not"
						+ " configured here: give every node the same keys (" + kind.property + "{}); {} " + kind.held + "{} "
						+ kind.unusable + " here.", id, id, Counted.of(values, "value", "values"),
						values == 0 ? "" : " (" + where + ")");
			}
			else if (values == 0) {
				emptied.add(name);
				log.info(kind.label + " '{}' was used with this database and is no longer configured; " + kind.noneLeft, id);
			}
			else {
				log.warn(kind.label + " '{}' was used with this database and is no longer configured: {} " + kind.held + " ({}) "
						+ kind.unusable + " until it is configured again (" + kind.property + "{})" + kind.orElse + ".", id,
						Counted.of(values, "value", "values"), where, id);
			}
		}
		return emptied;
	}

	private static void hold(Map<String, Map<String, Long>> held, String keyName, KeyRotation.KeyUsage usage) {
		held.computeIfAbsent(keyName, name -> new TreeMap<>()).merge(usage.field(), usage.values(), Long::sum);
	}

	/** How the warnings name a key no longer configured, and what is left under it, for each kind of key. */
	private enum GoneKey {
		DATA("Data key", "active key", "opennrm.encryption.keys.", "under it", "cannot be read",
				"no value under it remains in the database (backups taken before its values were re-encrypted still need it).",
				""),
		INDEX("Index key", "active index key", "opennrm.encryption.index.keys.", "keyed by it", "cannot be found",
				"nothing in the database is keyed by it any more, but the audit trail's entries under it are checked only"
						+ " where it is configured (the nightly check, the chain check screen, verify-audit).",
				", or they are keyed again under the active index key (reencrypt, with the key configured)");

		final String label;
		final String activeKey;
		final String property;
		final String held;
		final String unusable;
		final String noneLeft;
		final String orElse;

		GoneKey(String label, String activeKey, String property, String held, String unusable, String noneLeft,
				String orElse) {
			this.label = label;
			this.activeKey = activeKey;
			this.property = property;
			this.held = held;
			this.unusable = unusable;
			this.noneLeft = noneLeft;
			this.orElse = orElse;
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
			String harm = differing.stream().noneMatch(name -> name.startsWith(INDEX))
					? "the values encrypted under " + (differing.size() == 1 ? "it" : "them") + " could not be read"
					: "e-mail look-ups and duplicate searches would find nothing written before, and the audit chain would"
							+ " break" + (differing.size() > 1 ? "; values encrypted under the data keys could not be read" : "");
			throw new InvalidEncryptionKeysException("The configured " + describe(differing) + " not the one this"
					+ " database was set up with: " + harm + ".", "Configure the keys this database was set up with (see the backup of the key"
					+ " file or secret store). A key is rotated under a new id, never replaced under its own: see docs/encryption.md,"
					+ " \"Rotating a data key\" and \"Rotating the index key\".");
		}
	}

	private Map<String, byte[]> configured() {
		Map<String, byte[]> values = new LinkedHashMap<>();
		// every configured index key, superseded ones too: their bytes must be the database's all the same
		for (String id : new TreeSet<>(keys.indexKeys().keySet())) {
			values.put(INDEX + id, blindIndex.macFor(id, "encryption.key-check").doFinal(TEXT));
		}
		keys.dataKeys().forEach((id, key) -> values.put("data:" + id, check(key)));
		return values;
	}

	private static byte[] check(SecretKey dataKey) {
		return BlindIndex.hmac(new SecretKeySpec(dataKey.getEncoded(), "HmacSHA256")).doFinal(TEXT);
	}

	private static String describeIndexKey(String id) {
		return "index key '" + id + "' (" + (id.equals(EncryptionKeys.FIRST_INDEX_KEY_ID) ? "opennrm.encryption.index-key"
				: "opennrm.encryption.index.keys." + id) + ")";
	}

	private static String describe(List<String> names) {
		List<String> described = names.stream()
			.map(name -> name.startsWith(INDEX) ? describeIndexKey(name.substring(INDEX.length()))
					: "data key '" + name.substring(5) + "' (opennrm.encryption.keys." + name.substring(5) + ")")
			.toList();
		return String.join(" and ", described) + (described.size() == 1 ? " is" : " are");
	}

}
