package org.opennrm.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.opennrm.audit.AuditEntry;
import org.opennrm.audit.AuditFilter;

@Repository
public class AuditEntries {

	private static final String COLUMNS = "seq, occurred_at, actor_id, actor_name, actor_kind, actor_organisation_id,"
			+ " actor_role, action, entity_type, entity_id, outcome, purpose, remote_address, request";

	private final JdbcClient jdbc;
	private final JdbcTemplate template;

	AuditEntries(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** Serialises appends across all application nodes until the calling transaction ends. */
	void lockChain() {
		jdbc.sql("select pg_advisory_xact_lock(7402951618331)").query().singleRow();
	}

	byte[] lastHash() {
		return jdbc.sql("select hash from audit_entry order by seq desc limit 1").query(byte[].class).optional()
			.orElse(AuditChain.GENESIS);
	}

	private static final String INSERT = """
			insert into audit_entry (occurred_at, actor_id, actor_name, actor_kind, actor_organisation_id, actor_role,
			    action, entity_type, entity_id, outcome, purpose, remote_address, request, prev_hash, hash)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	/** An entry to append, with its place in the chain. */
	record Appended(AuditChain.Fields fields, byte[] prevHash, byte[] hash) {
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
			});
		}
	}

	public List<AuditEntry> search(AuditFilter filter, int limit) {
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
		if (hasText(filter.actor())) {
			where.add("actor_name ilike :actor");
			params.put("actor", "%" + filter.actor().strip().replace("%", "\\%").replace("_", "\\_") + "%");
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
		params.put("limit", limit);
		return jdbc.sql("select " + COLUMNS + " from audit_entry" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
				+ " order by seq desc limit :limit").params(params).query(AuditEntries::map).list();
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
	record Chained(long seq, AuditChain.Fields fields, byte[] prevHash, byte[] hash) {
	}

	/** Streams the whole chain in order without holding it in memory (call inside a transaction). */
	void walk(Consumer<Chained> visitor) {
		JdbcTemplate streaming = new JdbcTemplate(template.getDataSource());
		streaming.setFetchSize(1000);
		streaming.query("select " + COLUMNS + ", prev_hash, hash from audit_entry order by seq", rs -> {
			AuditEntry e = map(rs, 0);
			visitor.accept(new Chained(e.seq(), new AuditChain.Fields(e.occurredAt(), e.actorId(), e.actorName(),
					e.actorKind(), e.actorOrganisationId(), e.actorRole(), e.action(), e.entityType(), e.entityId(),
					e.outcome(), e.purpose(), e.remoteAddress(), e.request()), rs.getBytes("prev_hash"), rs.getBytes("hash")));
		});
	}

	private static AuditEntry map(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(),
				rs.getObject("actor_id", UUID.class), rs.getString("actor_name"), rs.getString("actor_kind"),
				rs.getObject("actor_organisation_id", UUID.class), rs.getString("actor_role"), rs.getString("action"),
				rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("outcome"), rs.getString("purpose"),
				rs.getString("remote_address"), rs.getString("request"));
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

}
