package org.opennrm.matching.index;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.crypto.Mac;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.opennrm.encryption.BlindIndex;
import org.opennrm.identity.ScopeFilter;

/**
 * The tables of the matching index. Blocking keys are stored as the first 8 bytes of their HMAC: an
 * equality lookup on a bigint is the cheapest index there is, and a rare collision only adds a candidate
 * that scoring then rejects.
 */
@Repository
public class MatchingIndexStore {

	static final String KEY_PURPOSE = "matching.blocking-key";

	private final JdbcClient jdbc;
	private final JdbcTemplate template;
	private final ThreadLocal<Mac> macs;

	MatchingIndexStore(JdbcClient jdbc, JdbcTemplate template, BlindIndex blindIndex) {
		this.jdbc = jdbc;
		this.template = template;
		this.macs = ThreadLocal.withInitial(() -> blindIndex.macFor(KEY_PURPOSE));
	}

	/** A row of the index: encrypted fields and scope columns. */
	public record Row(UUID id, String provinceCode, UUID organisationId, UUID registeredBy, byte[] recordEnc) {
	}

	/** An encrypted candidate record fetched for scoring. */
	public record Fetched(UUID id, byte[] recordEnc, int sharedKeys) {
	}

	public long keyHash(String blockingKey) {
		byte[] mac = macs.get().doFinal(blockingKey.getBytes(StandardCharsets.UTF_8));
		return ByteBuffer.wrap(mac, 0, 8).getLong();
	}

	/** Writes a person and replaces their keys. */
	public void upsert(Row row, Collection<Long> keyHashes) {
		jdbc.sql("""
				insert into matching_person (id, province_code, organisation_id, registered_by, record_enc)
				values (:id, :province, :org, :by, :enc)
				on conflict (id) do update set province_code = excluded.province_code,
				    organisation_id = excluded.organisation_id, registered_by = excluded.registered_by,
				    record_enc = excluded.record_enc, indexed_at = now()""")
			.param("id", row.id()).param("province", row.provinceCode()).param("org", row.organisationId())
			.param("by", row.registeredBy()).param("enc", row.recordEnc())
			.update();
		jdbc.sql("delete from matching_key where person_id = :id").param("id", row.id()).update();
		insertKeys(List.of(row), List.of(List.copyOf(keyHashes)));
	}

	/** For bulk loads (the benchmark, imports): many people in one batch, without replacing existing keys. */
	public void insertBatch(List<Row> rows, List<List<Long>> keyHashes) {
		template.batchUpdate("insert into matching_person (id, province_code, organisation_id, registered_by, record_enc)"
				+ " values (?, ?, ?, ?, ?)", rows.stream().map(r -> new Object[] { r.id(), r.provinceCode(),
						r.organisationId(), r.registeredBy(), r.recordEnc() }).toList());
		insertKeys(rows, keyHashes);
	}

	/** Key rows carry the person's scope columns, so that candidate queries never need the person table to filter. */
	private void insertKeys(List<Row> rows, List<List<Long>> keyHashes) {
		List<Object[]> keys = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			keyHashes.get(i).stream().distinct().forEach(k -> keys.add(
					new Object[] { k, row.id(), row.provinceCode(), row.organisationId(), row.registeredBy() }));
		}
		template.batchUpdate("insert into matching_key (key_hash, person_id, province_code, organisation_id, registered_by)"
				+ " values (?, ?, ?, ?, ?)", keys);
	}

	public boolean remove(UUID id) {
		return jdbc.sql("delete from matching_person where id = :id").param("id", id).update() == 1;
	}

	/**
	 * The people sharing the most blocking keys with the query, within the scope, best first. The scope is part
	 * of the SQL, on the key rows: postings outside it are never counted and their people never read. Keys shared
	 * by more than {@code blockLimit} people (a common name with a common year in a national register) are left
	 * to the query's narrower keys, unless the query has no other.
	 *
	 * @param scope a filter over the columns {@code k.province_code}, {@code k.organisation_id}, {@code k.registered_by}
	 */
	public List<Fetched> candidates(Collection<Long> keyHashes, ScopeFilter scope, UUID exclude, int limit, int blockLimit) {
		// One statement: the size of each of the query's blocks (counted no further than the limit), the keys
		// worth using (the narrow ones, or the two smallest if none is narrow), the best people by shared keys,
		// and only then their encrypted records.
		return jdbc.sql("""
				with block as (
				    select q.key_hash,
				           (select count(*) from (select 1 from matching_key b where b.key_hash = q.key_hash limit :cap) c) as size
				      from unnest(cast(:keys as bigint[])) as q(key_hash)),
				usable as (
				    select key_hash from block where size < :cap
				    union all
				    select key_hash from (select key_hash from block order by size limit 2) smallest
				     where not exists (select 1 from block where size < :cap)),
				best as (
				    select k.person_id, count(*) as shared
				      from matching_key k
				     where k.key_hash in (select key_hash from usable) and k.person_id <> :exclude and (""" + scope.sql() + """
				)
				     group by k.person_id
				     order by shared desc, k.person_id
				     limit :limit)
				select p.id, p.record_enc, b.shared
				  from best b join matching_person p on p.id = b.person_id
				 order by b.shared desc, p.id""")
			.param("keys", keyHashes.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
			.param("cap", blockLimit + 1)
			.param("exclude", exclude == null ? new UUID(0, 0) : exclude)
			.params(scope.params())
			.param("limit", limit)
			.query((rs, i) -> new Fetched(rs.getObject("id", UUID.class), rs.getBytes("record_enc"), rs.getInt("shared")))
			.list();
	}

	public long count() {
		return jdbc.sql("select count(*) from matching_person").query(Long.class).single();
	}

}
