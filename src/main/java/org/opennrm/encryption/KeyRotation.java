package org.opennrm.encryption;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.opennrm.shared.AuditChainLock;
import org.opennrm.shared.AuditableBatch;
import org.opennrm.shared.AuditableEvent;

/**
 * Finishing a data key's rotation: how many values of each encrypted column are under which key, and re-encrypting
 * under the active key every value that is not (docs/encryption.md, "Rotating a data key"). The columns are the
 * {@link EncryptedColumn}s the modules declare.
 * <p>
 * A value is re-encrypted with the context its owner gives it, a batch of rows at a time, each batch in its own
 * transaction with its rows locked, so the application can go on serving meanwhile and an interrupted run loses
 * nothing: run it again. Each value re-encrypted is an entry in the audit trail, written with its batch. A batch never
 * waits for a lock while it holds one that the application's writers may wait for ({@link ColumnRun#nextBatch}), so
 * that neither it nor a writer beside it is ever a deadlock's loser; the modules' {@link IndexKeyedValues} keep the same
 * order. A batch whose rows another transaction holds is tried again, and a row held for long is named in the log,
 * until the run stops ({@link HeldRowsRetry}, {@code opennrm.encryption.reencrypt.row-wait}). A value that cannot be
 * decrypted (its key is no longer configured, or it was altered) is left as it is and reported by its row's id. Plain
 * values never leave this class, and nothing of them is logged.
 * <p>
 * The same for an index key's rotation (docs/encryption.md, "Rotating the index key"): the values keyed by an index key
 * that the modules declare ({@link IndexKeyedValues}) are counted per index key and keyed again under the active one.
 * Once nothing is keyed by any other index key, each earlier index key is noted as superseded, in the audit trail too
 * ({@code ENCRYPTION_KEY_SUPERSEDED}, keyed by the active index key): no audit entry may be keyed by it after that
 * entry, and no node may start with it as its active index key.
 */
@Service
public class KeyRotation {

	/** Row ids reported per column for values that could not be re-encrypted; the count is always whole. */
	static final int IDS_REPORTED = 20;

	/** How long a batch waits for rows another transaction holds before the run stops, by default. */
	static final Duration DEFAULT_ROW_WAIT = Duration.ofMinutes(10);

	private final List<EncryptedColumn> columns;
	private final List<IndexKeyedValues> indexed;
	private final FieldEncryption encryption;
	private final EncryptionKeys keys;
	private final JdbcClient jdbc;
	private final JdbcTemplate batches;
	private final TransactionTemplate transactions;
	private final ApplicationEventPublisher events;
	private final HeldRowsRetry heldRows;

	@Autowired
	KeyRotation(List<EncryptedColumn> columns, List<IndexKeyedValues> indexed, FieldEncryption encryption,
			EncryptionKeys keys, JdbcClient jdbc, JdbcTemplate batches, PlatformTransactionManager transactions,
			ApplicationEventPublisher events, @Value("${opennrm.encryption.reencrypt.row-wait:PT10M}") Duration rowWait) {
		this.columns = List.copyOf(columns);
		this.indexed = List.copyOf(indexed);
		this.encryption = encryption;
		this.keys = keys;
		this.jdbc = jdbc;
		this.batches = batches;
		this.transactions = new TransactionTemplate(transactions);
		this.events = events;
		this.heldRows = new HeldRowsRetry(this.transactions, jdbc, rowWait);
	}

	/** With the default wait for rows another transaction holds, {@link #DEFAULT_ROW_WAIT}. */
	KeyRotation(List<EncryptedColumn> columns, List<IndexKeyedValues> indexed, FieldEncryption encryption,
			EncryptionKeys keys, JdbcClient jdbc, JdbcTemplate batches, PlatformTransactionManager transactions,
			ApplicationEventPublisher events) {
		this(columns, indexed, encryption, keys, jdbc, batches, transactions, events, DEFAULT_ROW_WAIT);
	}

	/** The id of the key new values are encrypted under. */
	@PermitAll // a key's id, not the key
	public String activeKeyId() {
		return keys.activeKeyId();
	}

	/** The id of the index key new values are keyed by. */
	@PermitAll // a key's id, not the key
	public String activeIndexKeyId() {
		return keys.activeIndexKeyId();
	}

	/** How many values of each kind are keyed by each index key, kind by kind, keys in order. */
	@PermitAll // counts only
	public List<KeyUsage> indexUsage() {
		return indexUsage(indexed);
	}

	static List<KeyUsage> indexUsage(List<IndexKeyedValues> indexed) {
		List<KeyUsage> usage = new ArrayList<>();
		for (IndexKeyedValues values : indexed) {
			new TreeMap<>(values.countByIndexKey())
				.forEach((keyId, count) -> usage.add(new KeyUsage(values.name(), keyId, count)));
		}
		return usage;
	}

	/**
	 * Keys again under the active index key every value keyed by another, kind by kind, {@code batchSize} rows per
	 * transaction; {@code progress} hears of each batch done. Then, if nothing is left keyed by another index key, notes
	 * every earlier index key as superseded ({@link KeyChanged.Change#SUPERSEDED}).
	 */
	@PreAuthorize("hasRole('KEY_ROTATION')")
	public Reencryption rekeyIndex(int batchSize, Consumer<Progress> progress) {
		if (batchSize < 1) {
			throw new IllegalArgumentException("a batch holds at least one row: " + batchSize);
		}
		String active = keys.activeIndexKeyId();
		List<Reencryption.Column> done = new ArrayList<>();
		for (IndexKeyedValues values : indexed) {
			long due = values.countByIndexKey().entrySet().stream().filter(e -> !e.getKey().equals(active))
				.mapToLong(Map.Entry::getValue).sum();
			progress.accept(new Progress(values.name(), 0, 0, due));
			var run = new Object() {
				@Nullable Object after;
				long rekeyed;
				long unreadable;
				final List<String> unreadableIds = new ArrayList<>();
			};
			while (true) {
				IndexKeyedValues.Batch batch = heldRows.execute(status -> values.rekey(batchSize, run.after));
				if (batch == null || batch.last() == null) {
					break;
				}
				run.after = batch.last();
				run.rekeyed += batch.rekeyed();
				run.unreadable += batch.leftIds().size();
				batch.leftIds().stream().limit(Math.max(0, IDS_REPORTED - run.unreadableIds.size()))
					.forEach(run.unreadableIds::add);
				progress.accept(new Progress(values.name(), run.rekeyed, run.unreadable, due));
			}
			done.add(new Reencryption.Column(values.name(), run.rekeyed, run.unreadable, List.copyOf(run.unreadableIds)));
		}
		if (indexUsage().stream().allMatch(u -> active.equals(u.keyId()))) {
			transactions.executeWithoutResult(status -> supersedeEarlierIndexKeys(active));
		}
		return new Reencryption(active, done);
	}

	/**
	 * Notes, and audits, every index key made active before the active one and not noted yet; not a key added for a
	 * rotation to come, which has not been active yet.
	 */
	private void supersedeEarlierIndexKeys(String active) {
		List<String> superseded = jdbc.sql("""
				update encryption_key_check k set superseded_at = clock_timestamp()
				  from encryption_key_check mine
				 where mine.key_name = :active and k.key_name like 'index:%' and k.key_name <> :active
				   and k.superseded_at is null and k.activated_at < mine.activated_at
				returning k.key_name""")
			.param("active", KeyCheck.INDEX + active).query(String.class).list();
		superseded.stream().sorted()
			.forEach(name -> events.publishEvent(new KeyChanged(KeyChanged.Change.SUPERSEDED, name)));
	}

	/** The index keys noted as superseded ({@link #rekeyIndex}), by id. */
	@PermitAll // keys' ids only
	public List<String> supersededIndexKeys() {
		return supersededIndexKeys(jdbc);
	}

	static List<String> supersededIndexKeys(JdbcClient jdbc) {
		return jdbc.sql("select substring(key_name from 7) from encryption_key_check where key_name like 'index:%'"
				+ " and superseded_at is not null order by 1").query(String.class).list();
	}

	/** How many values of each column are under each key, column by column, keys in order. */
	@PermitAll // counts only
	public List<KeyUsage> usage() {
		return usage(jdbc, columns);
	}

	/**
	 * Re-encrypts under the active key every value that is under another key, column by column, {@code batchSize} rows
	 * per transaction; {@code progress} hears of each batch done.
	 */
	@PreAuthorize("hasRole('KEY_ROTATION')")
	public Reencryption reencrypt(int batchSize, Consumer<Progress> progress) {
		if (batchSize < 1) {
			throw new IllegalArgumentException("a batch holds at least one row: " + batchSize);
		}
		String active = keys.activeKeyId();
		byte[] activeHeader = FieldEncryption.header(active);
		List<Reencryption.Column> done = new ArrayList<>();
		for (EncryptedColumn column : columns) {
			long due = jdbc.sql("select count(*) from " + column.table() + " where " + notUnder(column))
				.param("length", activeHeader.length).param("header", activeHeader)
				.query(Long.class).single();
			ColumnRun run = new ColumnRun(column, active, activeHeader, batchSize);
			progress.accept(new Progress(column.field(), 0, 0, due));
			while (run.next()) {
				progress.accept(new Progress(column.field(), run.reencrypted, run.unreadable, due));
			}
			done.add(new Reencryption.Column(column.field(), run.reencrypted, run.unreadable, List.copyOf(run.unreadableIds)));
		}
		return new Reencryption(active, done);
	}

	/** Rows of {@code column} whose value is not under the key whose header is {@code :header}, {@code :length} bytes. */
	private static String notUnder(EncryptedColumn column) {
		String c = column.column();
		return c + " is not null and substring(" + c + " from 1 for :length) <> :header";
	}

	static List<KeyUsage> usage(JdbcClient jdbc, List<EncryptedColumn> columns) {
		List<KeyUsage> usage = new ArrayList<>();
		for (EncryptedColumn column : columns) {
			String c = column.column();
			// the header's version byte, the key id's length and the id (FieldEncryption's format)
			jdbc.sql("select case when length(" + c + ") > 2 and get_byte(" + c + ", 0) = " + FieldEncryption.VERSION
					+ " then convert_from(substring(" + c + " from 3 for get_byte(" + c + ", 1)), 'SQL_ASCII') end as key_id,"
					+ " count(*) as n from " + column.table() + " where " + c + " is not null group by 1 order by 1")
				.query((rs, i) -> {
					String keyId = rs.getString("key_id");
					boolean wellFormed = keyId != null && EncryptionKeys.KEY_ID.matcher(keyId).matches();
					return new KeyUsage(column.field(), wellFormed ? keyId : null, rs.getLong("n"));
				})
				.list()
				.forEach(usage::add);
		}
		return usage;
	}

	/** The values under each key: {@code values} of the column {@code field} are under {@code keyId} (null: not in the format). */
	public record KeyUsage(String field, @Nullable String keyId, long values) {
	}

	/** Where a run is: in the column {@code field}, so many values done and left as they were, of those due at its start. */
	public record Progress(String field, long reencrypted, long unreadable, long due) {
	}

	/** What a run did, column by column. */
	public record Reencryption(String activeKeyId, List<Column> columns) {

		public long reencrypted() {
			return columns.stream().mapToLong(Column::reencrypted).sum();
		}

		public long unreadable() {
			return columns.stream().mapToLong(Column::unreadable).sum();
		}

		/** A column's values re-encrypted, and those left because they could not be decrypted, with the first rows' ids. */
		public record Column(String field, long reencrypted, long unreadable, List<String> unreadableIds) {
		}
	}

	/** One column's run: the rows after the last one seen, in the order of their ids. */
	private final class ColumnRun {

		private final EncryptedColumn column;
		private final String active;
		private final byte[] activeHeader;
		private final int batchSize;
		private @Nullable Object after;
		long reencrypted;
		long unreadable;
		final List<String> unreadableIds = new ArrayList<>();

		ColumnRun(EncryptedColumn column, String active, byte[] activeHeader, int batchSize) {
			this.column = column;
			this.active = active;
			this.activeHeader = activeHeader;
			this.batchSize = batchSize;
		}

		/**
		 * Re-encrypts the next batch in a transaction of its own; whether there was one. A batch one of whose rows was
		 * being written is undone and tried again a moment later, once the writer is through ({@link HeldRowsRetry}).
		 */
		boolean next() {
			BatchDone batch = heldRows.execute(status -> nextBatch());
			if (batch == null) {
				return false;
			}
			reencrypted += batch.reencrypted();
			unreadable += batch.unreadableIds().size();
			batch.unreadableIds().stream().limit(Math.max(0, IDS_REPORTED - unreadableIds.size()))
				.forEach(unreadableIds::add);
			after = batch.last();
			return true;
		}

		/**
		 * Re-encrypts the next batch, in the caller's transaction; null when there is none left.
		 * <p>
		 * The audit trail's lock first, then the rows, without waiting for them. The application's writers take the two
		 * in either order: the matching index's the audit trail's first ({@code PersonIndex}: its entry, the index
		 * writers' lock, then the row), an account's change its row first and its entry after. Rows locked first would
		 * wait for the audit trail's lock while an index writer held it and waited for one of them; the audit trail's
		 * lock taken first and the rows waited for after would wait for an account's row while its writer waited for
		 * the audit trail's: either way a deadlock, PostgreSQL aborting one side (the command, or a person's request).
		 * So the batch waits only for the audit trail's lock, holding nothing any writer waits for (its rows found
		 * unlocked), then locks its rows {@code nowait}: a row being written fails the batch, which is undone, the
		 * writer going on, and tried again ({@link #next}). Never waiting while it holds a lock, the batch is in no
		 * circle of waits, whatever order each writer keeps.
		 */
		private @Nullable BatchDone nextBatch() {
			String id = column.idColumn();
			var select = jdbc.sql("select " + id + " from " + column.table() + " where " + notUnder(column)
					+ (after == null ? "" : " and " + id + " > :after") + " order by " + id + " limit :limit")
				.param("length", activeHeader.length).param("header", activeHeader).param("limit", batchSize);
			if (after != null) {
				select = select.param("after", after);
			}
			List<Object> due = select.query((rs, i) -> rs.getObject(1)).list();
			if (due.isEmpty()) {
				return null;
			}
			AuditChainLock.take(jdbc);
			// read again under the lock: a value written meanwhile is re-encrypted as it is now, or left if it is under
			// the active key already
			List<Row> rows = RowsBeingWritten.lockingNowait(column.table(), id, due, () -> jdbc.sql("select " + id + " as id, "
					+ column.column() + " as value from " + column.table() + " where " + id + " in (:ids) and " + notUnder(column)
					+ " order by " + id + " for no key update nowait")
				.param("ids", due).param("length", activeHeader.length).param("header", activeHeader)
				.query((rs, i) -> new Row(rs.getObject("id"), rs.getBytes("value"))).list());
			Map<Object, byte[]> changed = new LinkedHashMap<>();
			List<AuditableEvent> entries = new ArrayList<>();
			List<String> unreadableIds = new ArrayList<>();
			for (Row row : rows) {
				try {
					String from = FieldEncryption.Header.parse(row.value()).keyId();
					changed.put(row.id(), encryption.reencrypt(row.value(), column.context(row.id())));
					entries.add(new FieldReencrypted(column, row.id().toString(), from, active));
				}
				catch (DecryptionException unreadableValue) {
					unreadableIds.add(row.id().toString());
				}
			}
			batches.batchUpdate("update " + column.table() + " set " + column.column() + " = ? where " + id + " = ?",
					changed.entrySet().stream().map(e -> new Object[] { e.getValue(), e.getKey() }).toList());
			if (!entries.isEmpty()) {
				events.publishEvent(new AuditableBatch(entries));
			}
			return new BatchDone(changed.size(), unreadableIds, due.get(due.size() - 1));
		}

	}

	/** A batch done: its values re-encrypted, the ids of those left unreadable, and the last row it looked at. */
	private record BatchDone(int reencrypted, List<String> unreadableIds, Object last) {
	}

	private record Row(Object id, byte[] value) {
	}

	/** A value re-encrypted under the active key: its owner's record, read by the system and written again. */
	record FieldReencrypted(EncryptedColumn column, String rowId, String fromKey, String toKey) implements AuditableEvent {

		@Override
		public String action() {
			return "ENCRYPTED_FIELD_REENCRYPTED";
		}

		@Override
		public String entityType() {
			return column.entityType();
		}

		@Override
		public String entityId() {
			return rowId;
		}

		@Override
		public String purpose() {
			return String.format(Locale.ROOT, "%s re-encrypted from key %s to key %s", column.field(), fromKey, toKey);
		}
	}

}
