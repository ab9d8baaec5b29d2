package org.opennrm.identity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

import org.opennrm.encryption.BlindIndex;
import org.opennrm.encryption.DecryptionException;
import org.opennrm.encryption.FieldEncryption;
import org.opennrm.encryption.IndexKeyedValues;
import org.opennrm.shared.AuditableBatch;
import org.opennrm.shared.AuditableEvent;

/**
 * The accounts' e-mail look-ups ({@code app_user.email_hash}), keyed again under the active index key from the
 * encrypted addresses when the index key is rotated ({@code reencrypt}; docs/encryption.md, "Rotating the index key").
 */
@Component
class EmailLookupRekeying implements IndexKeyedValues {

	private final JdbcClient jdbc;
	private final FieldEncryption encryption;
	private final BlindIndex blindIndex;
	private final ApplicationEventPublisher events;

	EmailLookupRekeying(JdbcClient jdbc, FieldEncryption encryption, BlindIndex blindIndex,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
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
		var select = jdbc.sql("select id, email_enc, email_index_key from app_user"
				+ " where email_hash is not null and email_index_key <> :active" + (after == null ? "" : " and id > :after")
				+ " order by id limit :limit for update")
			.param("active", active).param("limit", limit);
		if (after != null) {
			select = select.param("after", after);
		}
		List<Row> rows = select.query((rs, i) -> new Row(rs.getObject("id", UUID.class), rs.getBytes("email_enc"),
				rs.getString("email_index_key"))).list();
		if (rows.isEmpty()) {
			return new Batch(0, List.of(), null);
		}
		List<String> unreadable = new ArrayList<>();
		List<AuditableEvent> entries = new ArrayList<>();
		for (Row row : rows) {
			String email;
			try {
				email = encryption.decrypt(row.emailEnc(), EncryptedUserColumns.EMAIL.context(row.id()));
			}
			catch (DecryptionException ex) {
				unreadable.add(row.id().toString());
				continue;
			}
			jdbc.sql("update app_user set email_hash = :hash, email_index_key = :active where id = :id")
				.param("hash", blindIndex.hash(UserManagement.EMAIL_INDEX, email)).param("active", active)
				.param("id", row.id()).update();
			entries.add(new EmailLookupRekeyed(row.id(), row.indexKey(), active));
		}
		if (!entries.isEmpty()) {
			events.publishEvent(new AuditableBatch(entries));
		}
		return new Batch(entries.size(), unreadable, rows.get(rows.size() - 1).id());
	}

	private record Row(UUID id, byte[] emailEnc, String indexKey) {
	}

	/** An account's e-mail address read by the system to key its look-up again. */
	record EmailLookupRekeyed(UUID userId, String fromKey, String toKey) implements AuditableEvent {

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
			return String.format(Locale.ROOT, "app_user.email_hash keyed again from index key %s to index key %s", fromKey,
					toKey);
		}
	}

}
