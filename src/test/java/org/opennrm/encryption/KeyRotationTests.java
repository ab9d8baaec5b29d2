package org.opennrm.encryption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.PlatformTransactionManager;

import org.opennrm.IntegrationTest;
import org.opennrm.identity.Role;
import org.opennrm.identity.SystemActor;
import org.opennrm.shared.database.AsOwner;
import org.opennrm.shared.database.EmbeddedDatabase;

/**
 * A data key's rotation finished: the values of a column under old keys are counted and re-encrypted under the active
 * key, a batch at a time, each audited; a value that cannot be decrypted is left and reported. On a table of the test's
 * own, so that the application's data keeps the keys the other tests use.
 */
@IntegrationTest
class KeyRotationTests {

	private static final EncryptedColumn COLUMN = new EncryptedColumn("person", "key_rotation_test", "id", "secret_value",
			"key_rotation_test.secret:");

	@Autowired
	EncryptionKeys keys;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate batches;

	@Autowired
	EmbeddedDatabase database;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	KeyRotation applicationsRotation;

	private EncryptionKeys old;
	private EncryptionKeys rotated;
	/** Encrypts under a key that neither {@code old} nor {@code rotated} has. */
	private FieldEncryption gone;

	@BeforeEach
	void aTableAndTwoKeys() {
		// the application's own role may not create tables
		AsOwner.execute(database, "create table key_rotation_test (id uuid primary key, secret_value bytea)",
				"grant select, insert, update, delete on key_rotation_test to public");
		old = TestKeys.adding(keys, "old", "old");
		rotated = TestKeys.adding(old, "new", "new");
		gone = new FieldEncryption(TestKeys.adding(old, "gone", "gone"));
	}

	@AfterEach
	void dropTheTable() {
		AsOwner.execute(database, "drop table key_rotation_test");
	}

	@Test
	void valuesUnderOldKeysAreCountedThenReencryptedUnderTheActiveKeyEachAudited() {
		FieldEncryption before = new FieldEncryption(old);
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			UUID id = new UUID(0, i + 1);
			ids.add(id);
			insert(id, before.encrypt("değer " + i, COLUMN.context(id)));
		}
		insert(new UUID(0, 100), null);
		FieldEncryption after = new FieldEncryption(rotated);
		UUID alreadyNew = new UUID(0, 50);
		insert(alreadyNew, after.encrypt("zaten yeni", COLUMN.context(alreadyNew)));
		KeyRotation rotation = rotation(rotated);

		assertThat(rotation.usage()).containsExactly(new KeyRotation.KeyUsage(COLUMN.field(), "new", 1),
				new KeyRotation.KeyUsage(COLUMN.field(), "old", 7));

		long entriesBefore = reencryptionEntries();
		List<KeyRotation.Progress> heard = new ArrayList<>();
		KeyRotation.Reencryption result = SystemActor.call("reencrypt", Role.KEY_ROTATION,
				() -> rotation.reencrypt(3, heard::add));

		assertThat(result.reencrypted()).isEqualTo(7);
		assertThat(result.unreadable()).isZero();
		assertThat(rotation.usage()).containsExactly(new KeyRotation.KeyUsage(COLUMN.field(), "new", 8));
		for (int i = 0; i < 7; i++) {
			byte[] value = value(ids.get(i));
			assertThat(after.decrypt(value, COLUMN.context(ids.get(i)))).isEqualTo("değer " + i);
			assertThat(after.isUnderActiveKey(value)).isTrue();
		}
		// batches of three: 3, 6, 7 done, after the column's start
		assertThat(heard).extracting(KeyRotation.Progress::reencrypted).containsExactly(0L, 3L, 6L, 7L);
		assertThat(heard).allSatisfy(p -> assertThat(p.due()).isEqualTo(7));
		assertThat(reencryptionEntries() - entriesBefore).isEqualTo(7);
		assertThat(jdbc.sql("""
				select actor_name || ' ' || actor_role || ' ' || entity_type || ' ' || entity_id || ' ' || purpose
				from audit_entry where action = 'ENCRYPTED_FIELD_REENCRYPTED' order by seq desc limit 1""")
			.query(String.class).single())
			.isEqualTo("system:reencrypt KEY_ROTATION person " + ids.get(6)
					+ " key_rotation_test.secret_value re-encrypted from key old to key new");

		// a second run finds nothing to do
		assertThat(SystemActor.call("reencrypt", Role.KEY_ROTATION, () -> rotation.reencrypt(3, p -> {
		})).reencrypted()).isZero();
	}

	@Test
	void aValueThatCannotBeDecryptedIsLeftAndReportedAndTheOthersAreDone() {
		FieldEncryption before = new FieldEncryption(old);
		for (int i = 1; i <= 5; i++) {
			UUID id = new UUID(0, i);
			insert(id, i == 2 ? gone.encrypt("anahtarı yok", COLUMN.context(id))
					: i == 4 ? before.encrypt("başka satırın", COLUMN.context(new UUID(0, 99)))
					: before.encrypt("değer", COLUMN.context(id)));
		}
		byte[] underGone = value(new UUID(0, 2));
		KeyRotation rotation = rotation(rotated);
		assertThat(rotation.usage()).containsExactly(new KeyRotation.KeyUsage(COLUMN.field(), "gone", 1),
				new KeyRotation.KeyUsage(COLUMN.field(), "old", 4));

		KeyRotation.Reencryption result = SystemActor.call("reencrypt", Role.KEY_ROTATION,
				() -> rotation.reencrypt(2, p -> {
				}));

		assertThat(result.reencrypted()).isEqualTo(3);
		assertThat(result.columns()).singleElement().satisfies(column -> {
			assertThat(column.unreadable()).isEqualTo(2);
			assertThat(column.unreadableIds()).containsExactly(new UUID(0, 2).toString(), new UUID(0, 4).toString());
		});
		assertThat(value(new UUID(0, 2))).as("left as it was").isEqualTo(underGone);
		assertThat(rotation.usage()).containsExactly(new KeyRotation.KeyUsage(COLUMN.field(), "gone", 1),
				new KeyRotation.KeyUsage(COLUMN.field(), "new", 3), new KeyRotation.KeyUsage(COLUMN.field(), "old", 1));
	}

	@Test
	void aValueNotInTheFormatIsCountedApart() {
		insert(new UUID(0, 1), new byte[] { 7, 7, 7 });
		assertThat(rotation(rotated).usage()).containsExactly(new KeyRotation.KeyUsage(COLUMN.field(), null, 1));
	}

	@Test
	void onlyTheRotationsSystemJobMayReencrypt() {
		assertThatThrownBy(() -> applicationsRotation.reencrypt(10, p -> {
		})).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
		assertThatThrownBy(() -> SystemActor.call("index-upkeep", Role.INDEX_UPKEEP,
				() -> applicationsRotation.reencrypt(10, p -> {
				}))).isInstanceOf(AuthorizationDeniedException.class);
	}

	@Test
	void anIndexKeyAddedForARotationToComeIsNotSupersededByAnotherRun() {
		EncryptionKeys withNext = TestKeys.addingIndexKey(keys, "0", "next");
		try {
			new KeyCheck(withNext, new BlindIndex(withNext), jdbc).check();
			KeyRotation rotation = rotation(withNext);
			SystemActor.call("reencrypt", Role.KEY_ROTATION, () -> rotation.rekeyIndex(10, p -> {
			}));
			assertThat(rotation.supersededIndexKeys()).as("not active yet: the rotation to come").doesNotContain("next");
		}
		finally {
			jdbc.sql("delete from encryption_key_check where key_name = 'index:next'").update();
		}
	}

	private KeyRotation rotation(EncryptionKeys ring) {
		return new KeyRotation(List.of(COLUMN), List.of(), new FieldEncryption(ring), ring, jdbc, batches, transactions,
				events);
	}

	private void insert(UUID id, byte[] value) {
		jdbc.sql("insert into key_rotation_test (id, secret_value) values (:id, :value)").param("id", id)
			.param("value", value).update();
	}

	private byte[] value(UUID id) {
		return jdbc.sql("select secret_value from key_rotation_test where id = :id").param("id", id)
			.query(byte[].class).single();
	}

	private long reencryptionEntries() {
		return jdbc.sql("select count(*) from audit_entry where action = 'ENCRYPTED_FIELD_REENCRYPTED'").query(Long.class)
			.single();
	}

}
