package org.opennrm.identity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

import org.opennrm.encryption.BlindIndex;
import org.opennrm.encryption.DecryptionException;
import org.opennrm.encryption.FieldEncryption;
import org.opennrm.encryption.IndexKeyedValues;
import org.opennrm.encryption.RowsBeingWritten;
import org.opennrm.identity.internal.Users;
import org.opennrm.shared.AuditChainLock;
import org.opennrm.shared.AuditableBatch;
import org.opennrm.shared.AuditableEvent;

/**
 * The accounts' e-mail look-ups ({@code app_user.email_hash}), keyed again under the active index key from the
 * encrypted addresses when the index key is rotated ({@code reencrypt}; docs/encryption.md, "Rotating the index key").
 * A batch takes its locks as a data key's batch does ({@link IndexKeyedValues#rekey}): an account's change locks its row
 * (and the e-mail writers' turn) before its audit entry, other writers may take the audit trail's lock first.
 */
@Component
class EmailLookupRekeying implements IndexKeyedValues {

	private static final Logger log = LoggerFactory.getLogger(EmailLookupRekeying.class);

	private final JdbcClient jdbc;
	private final FieldEncryption encryption;
	private final BlindIndex blindIndex;
	private final ApplicationEventPublisher events;
	private final Users users;

	EmailLookupRekeying(JdbcClient jdbc, FieldEncryption encryption, BlindIndex blindIndex,
			ApplicationEventPublisher events, Users users) {
		this.jdbc = jdbc;
		this.users = users;
		this.encryption = encryption;
		this.blindIndex = blindIndex;
		this.events = events;
	}

	@Override
	public String name() {
		return "app_user.email_hash";
	}

	@Override
	@PermitAll // counts only: the key check at each start reads them, before anyone acts
	public Map<String, Long> countByIndexKey() {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql("select email_index_key, count(*) from app_user where email_hash is not null group by 1 order by 1")
			.query((rs, i) -> counts.put(rs.getString(1), rs.getLong(2))).list();
		return counts;
	}

	@Override
	@PreAuthorize("hasRole('KEY_ROTATION')")
	public Batch rekey(int limit, @Nullable Object after) {
		String active = blindIndex.activeKeyId();
		var select = jdbc.sql("select id from app_user where email_hash is not null and email_index_key <> :active"
				+ (after == null ? "" : " and id > :after") + " order by id limit :limit")
			.param("active", active).param("limit", limit);
		if (after != null) {
			select = select.param("after", after);
		}
		List<UUID> due = select.query(UUID.class).list();
		if (due.isEmpty()) {
			return new Batch(0, List.of(), null);
		}
		// found without locking them: the audit trail's lock is waited for holding nothing, then nothing more is, since
		// an account's writer may hold its row or the e-mail writers' turn while it waits for the audit trail's lock
		AuditChainLock.take(jdbc);
		// the same turns as an account's creation or change, whose check for a taken address must see these
		if (!users.tryLockEmailWrites()) {
			throw new RowsBeingWritten("app_user", "id", due, null);
		}
		// for update: the look-up is unique, so its change is a key's
		List<Row> rows = RowsBeingWritten.lockingNowait("app_user", "id", due, () -> jdbc.sql("select id, email_enc,"
				+ " email_index_key from app_user where id in (:ids) and email_hash is not null and email_index_key <> :active"
				+ " order by id for update nowait")
			.param("ids", due).param("active", active)
			.query((rs, i) -> new Row(rs.getObject("id", UUID.class), rs.getBytes("email_enc"), rs.getString("email_index_key")))
			.list());
		List<String> left = new ArrayList<>();
		List<AuditableEvent> entries = new ArrayList<>();
		int rekeyed = 0;
		for (Row row : rows) {
			String email;
			try {
				email = encryption.decrypt(row.emailEnc(), EncryptedUserColumns.EMAIL.context(row.id()));
			}
			catch (DecryptionException ex) {
				log.warn("Account {}: its e-mail address cannot be decrypted ({}); its look-up is left under index key '{}'.",
						row.id(), ex.getMessage(), row.indexKey());
				left.add(row.id().toString());
				continue;
			}
			if (email == null) {
				log.warn("Account {} has an e-mail look-up but no address to key it from; it is left under index key '{}'.",
						row.id(), row.indexKey());
				left.add(row.id().toString());
				continue;
			}
			List<UUID> sharing = users.findByEmailHash(blindIndex.lookupHashes(UserManagement.EMAIL_INDEX, Users.asTyped(email))).stream()
				.filter(other -> !other.equals(row.id())).toList();
			if (!sharing.isEmpty()) {
				// two accounts with one address (written before the turns above existed): a person must choose
				log.warn("Account {} has the e-mail address of account(s) {}: its look-up is left under index key '{}'; give"
						+ " one of them another address, then run reencrypt again.", row.id(), sharing, row.indexKey());
				left.add(row.id().toString());
				// read all the same
				entries.add(new EmailLookupRekeyed(row.id(), row.indexKey(), active, false));
				continue;
			}
			jdbc.sql("update app_user set email_hash = :hash, email_index_key = :active where id = :id")
				.param("hash", blindIndex.hash(UserManagement.EMAIL_INDEX, Users.asTyped(email))).param("active", active)
				.param("id", row.id()).update();
			entries.add(new EmailLookupRekeyed(row.id(), row.indexKey(), active, true));
			rekeyed++;
		}
		if (!entries.isEmpty()) {
			events.publishEvent(new AuditableBatch(entries));
		}
		return new Batch(rekeyed, left, due.get(due.size() - 1));
	}

	private record Row(UUID id, byte[] emailEnc, String indexKey) {
	}

	/**
	 * An account's e-mail address read by the system to key its look-up again; not {@code rekeyed} when another account
	 * has the address too (the entry's outcome a failure).
	 */
	record EmailLookupRekeyed(UUID userId, String fromKey, String toKey, boolean rekeyed) implements AuditableEvent {

		@Override
		public String outcome() {
			return rekeyed ? "SUCCESS" : "FAILURE";
		}

		@Override
		public String action() {
			return "INDEX_KEYED_VALUE_REKEYED";
		}

		@Override
		public String entityType() {
			return "user";
		}

		@Override
		public String entityId() {
			return userId.toString();
		}

		@Override
		public String purpose() {
			return rekeyed
					? String.format(Locale.ROOT, "app_user.email_hash keyed again from index key %s to index key %s", fromKey,
							toKey)
					: String.format(Locale.ROOT, "app_user.email_hash left under index key %s: another account has the"
							+ " address too", fromKey);
		}
	}

}
