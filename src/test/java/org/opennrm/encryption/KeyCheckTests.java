package org.opennrm.encryption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.opennrm.IntegrationTest;
import org.opennrm.shared.database.AsOwner;
import org.opennrm.shared.database.EmbeddedDatabase;

/** The keys configured are the keys the database was set up with, or the application does not start. */
@IntegrationTest
class KeyCheckTests {

	@Autowired
	EncryptionKeys keys;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EmbeddedDatabase database;

	@Test
	void theFirstStartRecordedACheckValueOfEveryKeyAndTheSameKeysPass() {
		assertThat(jdbc.sql("select key_name from encryption_key_check").query(String.class).list())
			.contains("index:0", "data:" + keys.activeKeyId());
		new KeyCheck(keys, new BlindIndex(keys), jdbc).check();
	}

	@Test
	void anotherIndexKeyOrAnotherDataKeyUnderAKnownIdStopsTheStart() {
		EncryptionKeys otherIndex = EncryptionKeys.of(keys.activeKeyId(), TestKeys.encoded(keys), TestKeys.random(), "test");
		assertThatThrownBy(() -> new KeyCheck(otherIndex, new BlindIndex(otherIndex), jdbc).check())
			.isInstanceOf(InvalidEncryptionKeysException.class)
			.hasMessageContaining("index key '0' (opennrm.encryption.index-key) is not the one this database was set up with")
			.hasMessageContaining("the audit chain would break");

		// other bytes under the active key's own id
		EncryptionKeys otherData = TestKeys.adding(keys, keys.activeKeyId(), keys.activeKeyId());
		assertThatThrownBy(() -> new KeyCheck(otherData, new BlindIndex(otherData), jdbc).check())
			.isInstanceOf(InvalidEncryptionKeysException.class)
			.hasMessageContaining("data key '" + keys.activeKeyId() + "'")
			.hasMessageContaining("the values encrypted under it could not be read")
			// the audit chain is keyed by the index key only
			.hasMessageNotContaining("audit chain");
	}

	@Test
	void aNewDataKeyIsRecordedBesideTheOthers() {
		EncryptionKeys rotated = TestKeys.adding(keys, "rotated2", "rotated2");
		try {
			new KeyCheck(rotated, new BlindIndex(rotated), jdbc).check();
			assertThat(jdbc.sql("select count(*) from encryption_key_check where key_name = 'data:rotated2'")
				.query(Long.class).single()).isOne();
			// the first keys still pass: the new one is only added
			new KeyCheck(keys, new BlindIndex(keys), jdbc).check();
		}
		finally {
			jdbc.sql("delete from encryption_key_check where key_name = 'data:rotated2'").update();
		}
	}

	@Test
	void aNodeWhoseNewKeyAnotherNodeRecordedFirstWithOtherBytesDoesNotStart() {
		EncryptionKeys mine = TestKeys.adding(keys, keys.activeKeyId(), "raced");
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

	@Test
	void aKeyAddedAndADataKeyMadeActiveAreAudited() {
		assertThat(jdbc.sql("select entity_id from audit_entry where action = 'ENCRYPTION_KEY_ADDED'").query(String.class)
			.list()).as("the first start's").contains("index:0", keys.activeKeyId());
		assertThat(jdbc.sql("select entity_id from audit_entry where action = 'ENCRYPTION_KEY_ACTIVATED'")
			.query(String.class).list()).as("the first start's").contains(keys.activeKeyId());

		EncryptionKeys rotated = TestKeys.adding(keys, "audited2", "audited2");
		List<Object> heard = new ArrayList<>();
		try {
			check(rotated, List.of(), heard);
			assertThat(heard).containsExactly(added("audited2"), activated("audited2"));
			heard.clear();
			check(rotated, List.of(), heard);
			assertThat(heard).as("nothing changed").isEmpty();
			check(keys, List.of(), heard);
			assertThat(heard).as("a key active before is not audited again; one added after it, on a node with a newer"
					+ " configuration, is not retired by a node without it").isEmpty();
			assertThat(jdbc.sql("select retired_at is null from encryption_key_check where key_name = 'data:audited2'")
				.query(Boolean.class).single()).isTrue();
		}
		finally {
			jdbc.sql("delete from encryption_key_check where key_name = 'data:audited2'").update();
		}
	}

	@Test
	void aKeyNoLongerConfiguredIsWarnedAboutWithTheValuesStillUnderIt() {
		AsOwner.execute(database, "create table key_check_test (id uuid primary key, secret_value bytea)",
				"grant select, insert, update, delete on key_check_test to public");
		ListAppender<ILoggingEvent> log = new ListAppender<>();
		Logger logger = (Logger) LoggerFactory.getLogger(KeyCheck.class);
		logger.addAppender(log);
		log.start();
		try {
			EncryptedColumn column = new EncryptedColumn("person", "key_check_test", "id", "secret_value", "key_check_test:");
			EncryptionKeys withLeaving = TestKeys.adding(keys, "leaving", "leaving");
			check(withLeaving, List.of(column), new ArrayList<>());
			// as an old key is: used before the key this node has active now
			jdbc.sql("""
					update encryption_key_check set recorded_at = recorded_at - interval '400 days',
					activated_at = activated_at - interval '400 days' where key_name = 'data:leaving'""").update();
			FieldEncryption encryption = new FieldEncryption(withLeaving);
			for (int i = 1; i <= 3; i++) {
				UUID id = new UUID(0, i);
				jdbc.sql("insert into key_check_test values (:id, :value)").param("id", id)
					.param("value", encryption.encrypt("değer", column.context(id))).update();
			}

			check(keys, List.of(column), new ArrayList<>());
			assertThat(log.list).filteredOn(e -> e.getLevel() == Level.WARN).extracting(ILoggingEvent::getFormattedMessage)
				.containsExactly("Data key 'leaving' was used with this database and is no longer configured: 3 values under"
						+ " it (key_check_test.secret_value 3) cannot be read until it is configured again"
						+ " (opennrm.encryption.keys.leaving).");

			log.list.clear();
			jdbc.sql("delete from key_check_test").update();
			List<Object> heard = new ArrayList<>();
			check(keys, List.of(column), heard);
			assertThat(log.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.INFO);
			assertThat(log.list.get(0).getFormattedMessage()).contains("no value under it remains");
			assertThat(heard).containsExactly(retired("leaving"));

			log.list.clear();
			heard.clear();
			check(keys, List.of(column), heard);
			assertThat(log.list).as("a retired key is not looked for again").isEmpty();
			assertThat(heard).isEmpty();

			// configured again, then gone again: looked for again
			check(withLeaving, List.of(column), new ArrayList<>());
			check(keys, List.of(column), heard);
			assertThat(heard).containsExactly(retired("leaving"));
		}
		finally {
			logger.detachAppender(log);
			AsOwner.execute(database, "drop table key_check_test");
			jdbc.sql("delete from encryption_key_check where key_name = 'data:leaving'").update();
			check(keys, List.of(), new ArrayList<>());
		}
	}

	@Test
	void aNodeWithoutAKeyAnotherNodeAddedSaysSoAndDoesNotRetireIt() {
		ListAppender<ILoggingEvent> log = new ListAppender<>();
		Logger logger = (Logger) LoggerFactory.getLogger(KeyCheck.class);
		logger.addAppender(log);
		log.start();
		EncryptionKeys otherNode = TestKeys.adding(keys, "newer", "newer");
		try {
			check(otherNode, List.of(), new ArrayList<>());
			List<Object> heard = new ArrayList<>();
			check(keys, List.of(), heard);
			assertThat(heard).isEmpty();
			assertThat(log.list).filteredOn(e -> e.getLevel() == Level.WARN).extracting(ILoggingEvent::getFormattedMessage)
				.containsExactly("Data key 'newer' was added on another node after this node's active key, and is not"
						+ " configured here: give every node the same keys (opennrm.encryption.keys.newer); 0 values under it"
						+ " cannot be read here.");
		}
		finally {
			logger.detachAppender(log);
			jdbc.sql("delete from encryption_key_check where key_name = 'data:newer'").update();
		}
	}

	@Test
	void anIndexKeyNoLongerConfiguredIsWarnedAboutWithWhatIsStillKeyedByItAndASupersededOneMayNotBeActive() {
		ListAppender<ILoggingEvent> log = new ListAppender<>();
		Logger logger = (Logger) LoggerFactory.getLogger(KeyCheck.class);
		logger.addAppender(log);
		log.start();
		EncryptionKeys withLeaving = TestKeys.addingIndexKey(keys, "0", "leaving");
		try {
			List<Object> heard = new ArrayList<>();
			check(withLeaving, List.of(), heard);
			assertThat(heard).containsExactly(new KeyChanged(KeyChanged.Change.ADDED, "index:leaving"));
			// as an old key is: used before the key this node has active now
			jdbc.sql("update encryption_key_check set recorded_at = recorded_at - interval '400 days'"
					+ " where key_name = 'index:leaving'").update();

			var keyed = new java.util.LinkedHashMap<String, Long>(java.util.Map.of("0", 5L, "leaving", 3L));
			IndexKeyedValues values = new IndexKeyedValues() {
				@Override
				public String name() {
					return "test_lookup";
				}

				@Override
				public java.util.Map<String, Long> countByIndexKey() {
					return keyed;
				}

				@Override
				public Batch rekey(int limit, Object after) {
					throw new UnsupportedOperationException("a key check keys nothing again");
				}
			};
			new KeyCheck(keys, new BlindIndex(keys), jdbc, false, List.of(), List.of(values), heard::add).check();
			assertThat(log.list).filteredOn(e -> e.getLevel() == Level.WARN).extracting(ILoggingEvent::getFormattedMessage)
				.containsExactly("Index key 'leaving' was used with this database and is no longer configured: 3 values"
						+ " keyed by it (test_lookup 3) cannot be found until it is configured again"
						+ " (opennrm.encryption.index.keys.leaving), or they are keyed again under the active index key"
						+ " (reencrypt, with the key configured).");

			keyed.remove("leaving");
			heard.clear();
			new KeyCheck(keys, new BlindIndex(keys), jdbc, false, List.of(), List.of(values), heard::add).check();
			assertThat(heard).containsExactly(new KeyChanged(KeyChanged.Change.RETIRED, "index:leaving"));

			// superseded by reencrypt: a node with it active is refused
			EncryptionKeys leavingActive = EncryptionKeys.of(keys.activeKeyId(), TestKeys.encoded(keys), null,
					java.util.Map.of("0", TestKeys.encoded(withLeaving.indexKeys().get("0")), "leaving",
							TestKeys.encoded(withLeaving.indexKeys().get("leaving"))), "leaving", "test");
			jdbc.sql("update encryption_key_check set superseded_at = now() where key_name = 'index:leaving'").update();
			assertThatThrownBy(() -> check(leavingActive, List.of(), new ArrayList<>()))
				.isInstanceOf(InvalidEncryptionKeysException.class)
				.hasMessageContaining("The active index key 'leaving' was replaced for good by the index key '0' on");
		}
		finally {
			logger.detachAppender(log);
			jdbc.sql("delete from encryption_key_check where key_name = 'index:leaving'").update();
		}
	}

	@Test
	void aSupersededIndexKeyStillConfiguredIsCheckedAndNeitherWarnedAboutNorRetired() {
		EncryptionKeys withOld = TestKeys.addingIndexKey(keys, "0", "old");
		BlindIndex index = new BlindIndex(withOld);
		try {
			new KeyCheck(withOld, index, jdbc).check();
			jdbc.sql("update encryption_key_check set superseded_at = now() where key_name = 'index:old'").update();
			List<Object> heard = new ArrayList<>();
			for (int start = 0; start < 2; start++) {
				new KeyCheck(withOld, index, jdbc, false, List.of(), List.of(), heard::add).check();
			}
			assertThat(heard).as("configured, so not gone").isEmpty();
			assertThat(index.keyIds()).as("but nothing is keyed by it").containsExactly("0");
		}
		finally {
			jdbc.sql("delete from encryption_key_check where key_name = 'index:old'").update();
		}
	}

	private static KeyChanged added(String dataKey) {
		return new KeyChanged(KeyChanged.Change.ADDED, "data:" + dataKey);
	}

	private static KeyChanged activated(String dataKey) {
		return new KeyChanged(KeyChanged.Change.ACTIVATED, "data:" + dataKey);
	}

	private static KeyChanged retired(String dataKey) {
		return new KeyChanged(KeyChanged.Change.RETIRED, "data:" + dataKey);
	}

	private void check(EncryptionKeys ring, List<EncryptedColumn> columns, List<Object> heard) {
		new KeyCheck(ring, new BlindIndex(ring), jdbc, false, columns, List.of(), heard::add).check();
	}

}
