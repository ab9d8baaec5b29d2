package org.opennrm.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.opennrm.audit.AuditEntry;
import org.opennrm.audit.AuditFilter;
import org.opennrm.shared.AuditChainLock;
import org.opennrm.shared.TextFolding;

@Repository
public class AuditEntries {

	private static final String COLUMNS = "seq, occurred_at, actor_id, actor_name, actor_kind, actor_organisation_id,"
			+ " actor_role, action, entity_type, entity_id, outcome, purpose, remote_address, request, index_key, asked_fields,"
			+ " asked_names";

	private final JdbcClient jdbc;
	private final JdbcTemplate template;

	AuditEntries(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** Serialises appends across all application nodes until the calling transaction ends. */
	/**
	 * Takes the chain's lock for the rest of the transaction, which must read what others committed before it got the
	 * lock: under a snapshot taken earlier (repeatable read, serializable) the last entry read would not be the newest,
	 * and the entry written after it would fork the chain. Such a transaction is refused; audited work runs in read
	 * committed, PostgreSQL's default.
	 */
	void lockChain() {
		String isolation = jdbc.sql("select current_setting('transaction_isolation') from pg_advisory_xact_lock("
				+ AuditChainLock.KEY + ")").query(String.class).single();
		if (!"read committed".equals(isolation)) {
			throw new IllegalStateException("An audit entry cannot be written in a transaction at " + isolation
					+ ": it would not see the chain's newest entry. Write it in a read committed transaction.");
		}
	}

	/** The chain's newest entry: its hash, and the id of the index key it is under. */
	record Last(byte[] hash, String indexKey) {
	}

	/** The newest entry, or the genesis, under no key, when the trail is empty. */
	Last last() {
		return jdbc.sql("select hash, index_key from audit_entry order by seq desc limit 1")
			.query((rs, i) -> new Last(rs.getBytes("hash"), rs.getString("index_key"))).optional()
			.orElse(new Last(AuditChain.GENESIS, null));
	}


	private static final String INSERT = """
			insert into audit_entry (occurred_at, actor_id, actor_name, actor_kind, actor_organisation_id, actor_role,
			    action, entity_type, entity_id, outcome, purpose, remote_address, request, prev_hash, hash, index_key,
			    asked_fields, asked_names)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	/** An entry to append, with its place in the chain and the id of the index key its hash is under. */
	record Appended(AuditChain.Fields fields, byte[] prevHash, byte[] hash, String indexKey) {
	}

	/** In the order given, which is the chain's. */
	void insertAll(List<Appended> chained) {
		for (int from = 0; from < chained.size(); from += 1000) {
			List<Appended> part = chained.subList(from, Math.min(chained.size(), from + 1000));
			template.batchUpdate(INSERT, part, part.size(), (ps, c) -> {
				AuditChain.Fields f = c.fields();
				ps.setTimestamp(1, Timestamp.from(f.occurredAt()));
				ps.setObject(2, f.actorId());
				ps.setString(3, f.actorName());
				ps.setString(4, f.actorKind());
				ps.setObject(5, f.actorOrganisationId());
				ps.setString(6, f.actorRole());
				ps.setString(7, f.action());
				ps.setString(8, f.entityType());
				ps.setString(9, f.entityId());
				ps.setString(10, f.outcome());
				ps.setString(11, f.purpose());
				ps.setString(12, f.remoteAddress());
				ps.setString(13, f.request());
				ps.setBytes(14, c.prevHash());
				ps.setBytes(15, c.hash());
				ps.setString(16, c.indexKey());
				ps.setString(17, f.askedFields());
				ps.setString(18, f.askedNames());
			});
		}
		// a name new to the trail joins the names its "who" filter looks in, folded as people type it (V20)
		List<String> names = chained.stream().map(c -> c.fields().actorName()).filter(Objects::nonNull).distinct()
			.filter(name -> !namedActors.contains(name))
			.toList();
		if (names.isEmpty()) {
			return;
		}
		template.batchUpdate("insert into audit_actor_name (name, name_folded) values (?, ?) on conflict do nothing",
				names, names.size(), (ps, name) -> {
					ps.setString(1, name);
					ps.setString(2, TextFolding.fold(name));
				});
		afterCommit(() -> {
			if (namedActors.size() + names.size() > NAMED_ACTORS_KEPT) {
				namedActors.clear();
			}
			namedActors.addAll(names);
		});
	}

	/**
	 * Actor names known to be in {@code audit_actor_name}, so that an entry of a known actor (nearly every entry: a
	 * system's actors are its accounts, clients and jobs) writes no second statement while it holds the chain's lock,
	 * which every audited operation of every node waits for. Added once their insert is committed (a name of a
	 * transaction undone is not there); the application may not delete from the table (afterMigrate__grants.sql), so
	 * a name known stays true.
	 */
	private final Set<String> namedActors = ConcurrentHashMap.newKeySet();

	/** Names kept in {@link #namedActors} before it starts again: a bound, far above a ministry's accounts. */
	static final int NAMED_ACTORS_KEPT = 20_000;

	private static void afterCommit(Runnable action) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			action.run(); // no transaction: each statement committed as it ran
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				action.run();
			}
		});
	}

	/**
	 * @param accounts the accounts whose full names contain the filter's {@code actor}: their entries are found as well
	 *     as those of the actors whose names contain it
	 */
	public List<AuditEntry> search(AuditFilter filter, Collection<UUID> accounts, int limit) {
		if (holdsNul(filter.actor(), filter.action(), filter.entityType(), filter.entityId(), filter.outcome(),
				filter.askedNames())) {
			return List.of(); // no entry holds a NUL, and PostgreSQL refuses one even to compare
		}
		String actor = TextFolding.containing(filter.actor());
		Query query = query(filter, actor == null ? null : actorsNamed(actor), accounts, limit);
		return query == null ? List.of() : jdbc.sql(query.sql()).params(query.params()).query(AuditEntries::map).list();
	}

	/** A statement and its parameters. */
	record Query(String sql, Map<String, Object> params) {
	}

	/**
	 * The search's statement, newest first: {@code actors} (null: no "who" filter) are the actor names that match it,
	 * {@code accounts} the accounts whose full names do; null when the filter matches no one. The entries of the names
	 * and those of the accounts are selected apart, each with the other conditions, newest first and no more than a
	 * page, and the two then merged: so each is read through its own index ({@code audit_entry_actor_name_seq_idx}, V22;
	 * {@code audit_entry_actor_idx}, V5) from its newest entry, and reading stops at the page's end. As one condition
	 * ({@code name in (…) or id in (…)}) no index gives entries in their order, and PostgreSQL, when it took an actor for
	 * one with many entries, walked the whole trail back from its newest entry to find those of one with few
	 * (docs/audit.md).
	 */
	static Query query(AuditFilter filter, List<String> actors, Collection<UUID> accounts, int limit) {
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		if (filter.from() != null) {
			where.add("occurred_at >= :from");
			params.put("from", Timestamp.from(filter.from()));
		}
		if (filter.to() != null) {
			where.add("occurred_at < :to");
			params.put("to", Timestamp.from(filter.to()));
		}
		if (hasText(filter.action())) {
			where.add("action = :action");
			params.put("action", filter.action().strip());
		}
		if (hasText(filter.entityType())) {
			where.add("entity_type = :entityType");
			params.put("entityType", filter.entityType().strip());
		}
		if (hasText(filter.entityId())) {
			where.add("entity_id = :entityId");
			params.put("entityId", filter.entityId().strip());
		}
		if (hasText(filter.outcome())) {
			where.add("outcome = :outcome");
			params.put("outcome", filter.outcome().strip());
		}
		if (filter.before() != null) {
			where.add("seq < :before");
			params.put("before", filter.before());
		}
		if (hasText(filter.askedNames())) {
			// the searches of one name, through the partial index of the digests (V29)
			where.add("asked_names = :askedNames");
			params.put("askedNames", filter.askedNames());
		}
		params.put("limit", limit);
		if (actors == null) {
			return new Query(newest(where), params);
		}
		List<String> selects = new ArrayList<>();
		if (!actors.isEmpty()) {
			selects.add(newest(and(where, "actor_name collate \"C\" in (:actors)")));
			params.put("actors", actors);
		}
		if (!accounts.isEmpty()) {
			selects.add(newest(and(where, "actor_kind = 'USER' and actor_id in (:accounts)")));
			params.put("accounts", accounts);
		}
		return switch (selects.size()) {
			case 0 -> null;
			case 1 -> new Query(selects.get(0), params);
			// a person's own entries are found by both, once
			default -> new Query("select " + COLUMNS + " from ((" + String.join(") union (", selects) + ")) found"
					+ " order by seq desc limit :limit", params);
		};
	}

	private static String newest(List<String> where) {
		return "select " + COLUMNS + " from audit_entry" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
				+ " order by seq desc limit :limit";
	}

	private static List<String> and(List<String> where, String condition) {
		List<String> all = new ArrayList<>(where);
		all.add(condition);
		return all;
	}

	/**
	 * The actor names in the trail whose folded form matches {@code pattern} ({@link TextFolding#containing}): case,
	 * Turkish letters and accents set aside, so that "yönetici", "YÖNETİCİ" and "yonetici" find "Yönetici". Folded by
	 * the application when the name first enters the trail, not by the database's {@code lower()}, whose İ and ı depend
	 * on its locale; looked up through a trigram index of the folded names (V20), so that only names sharing the
	 * pattern's letter triples are read, not every name (while the names are few, some thousands, PostgreSQL reads
	 * their small table instead, in about a millisecond).
	 */
	static final String ACTORS_NAMED = "select name from audit_actor_name where name_folded like :pattern";

	List<String> actorsNamed(String pattern) {
		return jdbc.sql(ACTORS_NAMED).param("pattern", pattern).query(String.class).list();
	}

	private static boolean holdsNul(String... values) {
		return java.util.Arrays.stream(values).anyMatch(v -> v != null && v.indexOf('\0') >= 0);
	}

	public java.util.Optional<AuditEntry> find(long seq) {
		return jdbc.sql("select " + COLUMNS + " from audit_entry where seq = :seq").param("seq", seq)
			.query(AuditEntries::map).optional();
	}

	/** The newest entry's number, 0 for an empty trail. */
	long newestSeq() {
		return jdbc.sql("select coalesce(max(seq), 0) from audit_entry").query(Long.class).single();
	}

	public List<String> actions() {
		return jdbc.sql("select distinct action from audit_entry order by action").query(String.class).list();
	}

	public List<String> entityTypes() {
		return jdbc.sql("select distinct entity_type from audit_entry where entity_type is not null order by entity_type")
			.query(String.class).list();
	}

	/** A stored entry with its chain columns, for verification. */
	record Chained(long seq, AuditChain.Fields fields, byte[] prevHash, byte[] hash, String indexKey) {
	}

	/** Streams the whole chain in order without holding it in memory (call inside a transaction). */
	void walk(Consumer<Chained> visitor) {
		JdbcTemplate streaming = new JdbcTemplate(template.getDataSource());
		streaming.setFetchSize(1000);
		streaming.query("select " + COLUMNS + ", prev_hash, hash from audit_entry order by seq", rs -> {
			AuditEntry e = map(rs, 0);
			visitor.accept(new Chained(e.seq(), new AuditChain.Fields(e.occurredAt(), e.actorId(), e.actorName(),
					e.actorKind(), e.actorOrganisationId(), e.actorRole(), e.action(), e.entityType(), e.entityId(),
					e.outcome(), e.purpose(), e.remoteAddress(), e.request(), rs.getString("asked_fields"),
					e.askedNames()), rs.getBytes("prev_hash"), rs.getBytes("hash"), e.indexKey()));
		});
	}

	private static AuditEntry map(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(),
				rs.getObject("actor_id", UUID.class), rs.getString("actor_name"), rs.getString("actor_kind"),
				rs.getObject("actor_organisation_id", UUID.class), rs.getString("actor_role"), rs.getString("action"),
				rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("outcome"), rs.getString("purpose"),
				rs.getString("remote_address"), rs.getString("request"), rs.getString("index_key"),
				fields(rs.getString("asked_fields")), rs.getString("asked_names"));
	}

	/** The codes of the fields a search asked, as {@link AuditRecorder} joins them. */
	private static List<String> fields(String joined) {
		return joined == null ? null : joined.isEmpty() ? List.of() : List.of(joined.split(","));
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

}
