package org.opennrm.matching.index;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javax.crypto.Mac;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.opennrm.encryption.BlindIndex;
import org.opennrm.encryption.RowsBeingWritten;
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
	private final BlindIndex blindIndex;
	private final ThreadLocal<Mac> macs;
	/** Under the other configured index keys, by id: a search while the index key is rotated. */
	private final ThreadLocal<Map<String, Mac>> otherMacs = ThreadLocal.withInitial(HashMap::new);
	/** The index key the keys are made with (matching_person.index_key). */
	private final String indexKey;

	MatchingIndexStore(JdbcClient jdbc, JdbcTemplate template, BlindIndex blindIndex) {
		this.jdbc = jdbc;
		this.template = template;
		this.blindIndex = blindIndex;
		this.indexKey = blindIndex.activeKeyId();
		this.macs = ThreadLocal.withInitial(() -> blindIndex.macFor(indexKey, KEY_PURPOSE));
	}

	/** A row of the index: encrypted fields, scope columns and the key scheme its keys were made by. */
	public record Row(UUID id, String provinceCode, UUID organisationId, UUID registeredBy, byte[] recordEnc,
			int keyScheme) {
	}

	/** An encrypted candidate record fetched for scoring, with the weight of the keys it shares with the query. */
	public record Fetched(UUID id, byte[] recordEnc, double weight) {
	}

	public long keyHash(String blockingKey) {
		return keyHash(macs.get(), blockingKey);
	}

	/** The hash of a blocking key under the index key {@code indexKeyId}, which must be configured. */
	public long keyHash(String indexKeyId, String blockingKey) {
		return indexKey.equals(indexKeyId) ? keyHash(blockingKey)
				: keyHash(otherMacs.get().computeIfAbsent(indexKeyId, id -> blindIndex.macFor(id, KEY_PURPOSE)), blockingKey);
	}

	private static long keyHash(Mac mac, String blockingKey) {
		return ByteBuffer.wrap(mac.doFinal(blockingKey.getBytes(StandardCharsets.UTF_8)), 0, 8).getLong();
	}

	/** The id of the index key that new keys are made with. */
	public String activeIndexKey() {
		return indexKey;
	}

	/**
	 * Whether values may be keyed by the index key {@code indexKeyId} on this node: it is configured, and not superseded
	 * (nothing is keyed by it any more; it is kept for the audit chain's older entries).
	 */
	public boolean hasIndexKey(String indexKeyId) {
		return indexKey.equals(indexKeyId) || blindIndex.keyIds().contains(indexKeyId);
	}

	/**
	 * Whether anyone is filed under another index key than the active one. Asked by every search, so it reads the
	 * first and the last entry of the index on {@code index_key}, not the people, whatever their number; without a
	 * parameter, since a plan made for any key (a prepared statement's generic plan) would read every person to find
	 * that none is under another ({@code index_key <> ?}, or either side of it).
	 */
	public boolean anyoneUnderAnotherIndexKey() {
		return jdbc.sql("select min(index_key), max(index_key) from matching_person")
			.query((rs, i) -> rs.getString(1) != null
					&& !(indexKey.equals(rs.getString(1)) && indexKey.equals(rs.getString(2))))
			.single();
	}

	/**
	 * The index keys that people are filed under, in order: during the index key's rotation, those before the active
	 * one too. Read from the index on {@code index_key} as a skip scan, one descent per key (the smallest key, then the
	 * smallest after it…).
	 */
	public List<String> indexKeysFiled() {
		return jdbc.sql("""
				with recursive filed (index_key) as (
				    (select index_key from matching_person order by index_key limit 1)
				    union all
				    select (select p.index_key from matching_person p where p.index_key > f.index_key
				             order by p.index_key limit 1)
				      from filed f where f.index_key is not null)
				select index_key from filed where index_key is not null""").query(String.class).list();
	}

	/** How many people are filed under each index key, by the key's id. */
	public Map<String, Long> countByIndexKey() {
		Map<String, Long> counts = new TreeMap<>();
		jdbc.sql("select index_key, count(*) from matching_person group by index_key")
			.query((rs, i) -> counts.put(rs.getString(1), rs.getLong(2))).list();
		return counts;
	}

	/** A person filed under another index key than the active one, as last written: to be keyed again. */
	public record Filed(UUID id, String indexKey, byte[] recordEnc) {
	}

	/**
	 * Up to {@code limit} people filed under another index key than the active one, after {@code after} (null: from the
	 * first) in id order. Read without the writers' lock, so that the caller can write the audit entries first; it then
	 * reads them again under the lock ({@link #lockedRows}). In id order along the primary key from {@code after}: a
	 * batch reads about as many rows as it returns (500 in 5.5 ms of 1,000,000, half of them done); a run's first batch
	 * passes once over the people an earlier run did (0.7 s for 500,000).
	 */
	public List<Filed> notUnderActiveIndexKey(int limit, UUID after) {
		return jdbc.sql("select id, index_key, record_enc from matching_person where index_key <> :active"
				+ (after == null ? "" : " and id > :after") + " order by id limit :limit")
			.param("active", indexKey).param("after", after).param("limit", limit)
			.query((rs, i) -> new Filed(rs.getObject("id", UUID.class), rs.getString("index_key"), rs.getBytes("record_enc")))
			.list();
	}

	/**
	 * Writes a person and replaces their keys, if the writer may: {@code newScope} must accept the row's scope columns
	 * (named {@code n.province_code}, {@code n.organisation_id}, {@code n.registered_by}), and, when the person is
	 * indexed already, {@code existingScope} the row being replaced ({@code matching_person.province_code} …). Both
	 * are part of the statement, so a person outside them is neither written nor replaced.
	 *
	 * @return false when one of the scopes refused the write, and nothing was changed
	 */
	public boolean upsert(Row row, Collection<Long> keyHashes, ScopeFilter newScope, ScopeFilter existingScope) {
		lockWriters();
		int written = jdbc.sql("""
				insert into matching_person (id, province_code, organisation_id, registered_by, record_enc, key_scheme,
				                             index_key)
				select n.id, n.province_code, n.organisation_id, n.registered_by, n.record_enc, n.key_scheme, n.index_key
				  from (values (cast(:id as uuid), cast(:province as char(2)), cast(:org as uuid), cast(:by as uuid),
				                cast(:enc as bytea), cast(:scheme as int), cast(:indexKey as text)))
				       as n (id, province_code, organisation_id, registered_by, record_enc, key_scheme, index_key)
				 where %s
				on conflict (id) do update set province_code = excluded.province_code,
				    organisation_id = excluded.organisation_id, registered_by = excluded.registered_by,
				    record_enc = excluded.record_enc, key_scheme = excluded.key_scheme, index_key = excluded.index_key,
				    indexed_at = now(), unreadable_since = null
				 where %s""".formatted(newScope.sql(), existingScope.sql()))
			.params(newScope.params()).params(existingScope.params())
			.param("id", row.id()).param("province", row.provinceCode()).param("org", row.organisationId())
			.param("by", row.registeredBy()).param("enc", row.recordEnc()).param("scheme", row.keyScheme())
			.param("indexKey", indexKey)
			.update();
		if (written == 0) {
			return false;
		}
		jdbc.sql("delete from matching_key where person_id = :id").param("id", row.id()).update();
		insertKeys(List.of(row), List.of(List.copyOf(keyHashes)));
		return true;
	}

	/** For bulk loads (the benchmark, imports): many people in one batch, without replacing existing keys. */
	public void insertBatch(List<Row> rows, List<List<Long>> keyHashes) {
		if (rows.isEmpty()) {
			return;
		}
		lockWriters();
		template.batchUpdate("insert into matching_person (id, province_code, organisation_id, registered_by, record_enc,"
				+ " key_scheme, index_key) values (?, ?, ?, ?, ?, ?, ?)", rows.stream().map(r -> new Object[] { r.id(),
						r.provinceCode(), r.organisationId(), r.registeredBy(), r.recordEnc(), r.keyScheme(), indexKey })
					.toList());
		insertKeys(rows, keyHashes);
	}

	/**
	 * Key rows carry the person's scope columns, so that candidate queries never need the person table to filter.
	 * One statement for all the rows (arrays unnested), so that the block-size trigger runs once per batch.
	 */
	private void insertKeys(List<Row> rows, List<List<Long>> keyHashes) {
		List<Long> hashes = new ArrayList<>();
		List<UUID> people = new ArrayList<>();
		List<String> provinces = new ArrayList<>();
		List<UUID> organisations = new ArrayList<>();
		List<UUID> registrars = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			keyHashes.get(i).stream().distinct().forEach(k -> {
				hashes.add(k);
				people.add(row.id());
				provinces.add(row.provinceCode());
				organisations.add(row.organisationId());
				registrars.add(row.registeredBy());
			});
		}
		if (hashes.isEmpty()) {
			return;
		}
		template.execute((java.sql.Connection connection) -> {
			try (var insert = connection.prepareStatement("""
					insert into matching_key (key_hash, person_id, province_code, organisation_id, registered_by)
					select * from unnest(?, ?, ?, ?, ?)""")) {
				insert.setArray(1, connection.createArrayOf("bigint", hashes.toArray()));
				insert.setArray(2, connection.createArrayOf("uuid", people.toArray()));
				insert.setArray(3, connection.createArrayOf("bpchar", provinces.toArray()));
				insert.setArray(4, connection.createArrayOf("uuid", organisations.toArray()));
				insert.setArray(5, connection.createArrayOf("uuid", registrars.toArray()));
				return insert.executeUpdate();
			}
		});
	}

	/**
	 * Up to {@code limit} people filed under a key scheme older than {@code current}, to be re-keyed; read without the
	 * writers' lock, so that the caller can write the audit entries first ({@link #lockedRows} then takes it).
	 */
	public List<UUID> staleIds(int current, int limit) {
		return jdbc.sql("""
				select id from matching_person where key_scheme < :current and unreadable_since is null
				 order by key_scheme, id limit :limit""")
			.param("current", current).param("limit", limit).query(UUID.class).list();
	}

	/** The rows of these people that are in the index, under the writers' lock (they are about to be written). */
	public List<Row> lockedRows(List<UUID> ids) {
		lockWriters();
		return jdbc.sql("""
				select id, province_code, organisation_id, registered_by, record_enc, key_scheme from matching_person
				 where id = any(cast(:ids as uuid[])) order by id""")
			.param("ids", ids.toArray(UUID[]::new))
			.query((rs, i) -> new Row(rs.getObject("id", UUID.class), rs.getString("province_code"),
					rs.getObject("organisation_id", UUID.class), rs.getObject("registered_by", UUID.class),
					rs.getBytes("record_enc"), rs.getInt("key_scheme")))
			.list();
	}

	/**
	 * Locks these people's rows without waiting, under the writers' lock (taken first, waiting): every writer of the index
	 * takes that lock before its rows, so a row held here is held by a transaction outside the application (a psql
	 * session left open), which fails the caller ({@link RowsBeingWritten}, {@code reencrypt} trying again and naming the
	 * row in its log) where it would wait for it, holding the audit trail's lock that every audited request waits for.
	 */
	public void lockRowsNowait(List<UUID> ids) {
		lockWriters();
		RowsBeingWritten.lockingNowait("matching_person", "id", ids, () -> jdbc.sql("""
				select id from matching_person where id = any(cast(:ids as uuid[])) order by id for no key update nowait""")
			.param("ids", ids.toArray(UUID[]::new)).query(UUID.class).list());
	}

	/**
	 * Replaces the keys of people already indexed and records the scheme and the index key (the active one) they were
	 * made by; their records were read to make them, so a mark of an unreadable record goes.
	 */
	public void replaceKeys(List<Row> rows, List<List<Long>> keyHashes, int scheme) {
		if (rows.isEmpty()) {
			return;
		}
		String ids = rows.stream().map(r -> r.id().toString()).collect(Collectors.joining(",", "{", "}"));
		lockWriters();
		jdbc.sql("delete from matching_key where person_id = any(cast(:ids as uuid[]))").param("ids", ids).update();
		insertKeys(rows, keyHashes);
		jdbc.sql("""
				update matching_person set key_scheme = :scheme, index_key = :indexKey, unreadable_since = null
				 where id = any(cast(:ids as uuid[]))""")
			.param("scheme", scheme).param("indexKey", indexKey).param("ids", ids).update();
	}

	/**
	 * Writes to the index take turns, one transaction at a time until it ends: two people re-indexed at once would
	 * otherwise change the same block sizes in different orders and could wait on each other in a circle. Index
	 * writes are few (a registration, a change, a re-keying batch of a quarter second), so the turns cost nothing
	 * that shows. Callers that also write to the audit trail do so first (see PersonIndex), so that the two locks
	 * are always taken in the same order.
	 */
	private void lockWriters() {
		jdbc.sql("select pg_advisory_xact_lock(" + WRITER_LOCK + ")").query().listOfRows();
	}

	/** The advisory lock of index writers (an arbitrary number, unlike any other lock of the application). */
	public static final long WRITER_LOCK = 6_1757_2041_0003L;

	/** How many people are filed under a key scheme older than {@code current}. */
	public long countStale(int current) {
		return jdbc.sql("select count(*) from matching_person where key_scheme < :current and unreadable_since is null")
			.param("current", current).query(Long.class).single();
	}

	/**
	 * Marks people whose record could not be read back, so that re-keying goes past them; they keep the keys they
	 * have. Indexing a person again ({@link #upsert}) clears the mark.
	 */
	public void markUnreadable(List<UUID> ids) {
		if (!ids.isEmpty()) {
			jdbc.sql("update matching_person set unreadable_since = now() where id = any(:ids)")
				.param("ids", ids.toArray(UUID[]::new)).update();
		}
	}

	/** How many people of the index have a record that could not be read back. */
	public long countUnreadable() {
		return jdbc.sql("select count(*) from matching_person where unreadable_since is not null").query(Long.class).single();
	}

	/**
	 * Removes a person, if {@code scope} (over {@code matching_person.province_code} …) accepts them.
	 * @return false when there was no such person in the scope
	 */
	public boolean remove(UUID id, ScopeFilter scope) {
		lockWriters();
		return jdbc.sql("delete from matching_person where id = :id and " + scope.sql())
			.params(scope.params()).param("id", id).update() == 1;
	}

	/**
	 * The people sharing the rarest blocking keys with the query, within the scope, best first. Each shared key
	 * counts ln(1 + N / its block's size): a name with a full date shared by three people says more than a name with a
	 * year shared by 1,500. Keys shared by more than {@code blockLimit} people (a common name with a common year in a
	 * national register) are left out, unless the query has no other; their postings are never read. The scope is
	 * part of the SQL, on the key rows: postings outside it are never counted and their people never read.
	 *
	 * @param scope       a filter over the columns {@code k.province_code}, {@code k.organisation_id},
	 *                    {@code k.registered_by}
	 * @param personScope the same filter over {@code p.province_code}, {@code p.organisation_id},
	 *                    {@code p.registered_by}: the person's own row is checked too, should its scope and its key
	 *                    rows' copies ever differ
	 * @param population the number of people indexed (N)
	 */
	public List<Fetched> candidates(Collection<Long> keyHashes, ScopeFilter scope, ScopeFilter personScope, UUID exclude, int limit,
			int blockLimit, long population) {
		return candidates("""
				block as (
				    select b.key_hash as id, b.size
				      from matching_block b
				     where b.key_hash = any(cast(:keys as bigint[])) and b.size > 0),""",
				"usable u join matching_key k on k.key_hash = u.id",
				Map.of("keys", array(keyHashes)), scope, personScope, exclude, limit, blockLimit, population);
	}

	/**
	 * {@link #candidates} while people are filed under more than one index key (the index key's rotation), a person's
	 * keys all under one: {@code keyHashes.get(i)} holds the query's i-th blocking key hashed under each index key
	 * searched. A block's size is its people's under every key, so that it weighs, and is left out or not, as it will
	 * when everyone is filed under one key again.
	 */
	public List<Fetched> candidatesUnderSeveralKeys(List<List<Long>> keyHashes, ScopeFilter scope,
			ScopeFilter personScope, UUID exclude, int limit, int blockLimit, long population) {
		List<Long> hashes = new ArrayList<>();
		List<Integer> blocks = new ArrayList<>();
		for (int i = 0; i < keyHashes.size(); i++) {
			for (long hash : keyHashes.get(i)) {
				hashes.add(hash);
				blocks.add(i);
			}
		}
		return candidates("""
				filed as (
				    select distinct q.block, b.key_hash, b.size
				      from unnest(cast(:keys as bigint[]), cast(:blocks as int[])) as q (key_hash, block)
				      join matching_block b on b.key_hash = q.key_hash
				     where b.size > 0),
				block as (
				    select block as id, cast(sum(size) as bigint) as size from filed group by block),""",
				"usable u join filed f on f.block = u.id join matching_key k on k.key_hash = f.key_hash",
				Map.of("keys", array(hashes),
						"blocks", blocks.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"))),
				scope, personScope, exclude, limit, blockLimit, population);
	}

	private static String array(Collection<Long> keyHashes) {
		return keyHashes.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
	}

	/**
	 * The candidate query over the query's blocks ({@code blocks}: a CTE {@code block (id, size)}) and their postings
	 * ({@code postings}: {@code usable u} joined to the key rows {@code k}); {@code keys} holds their parameters.
	 */
	private List<Fetched> candidates(String blocks, String postings, Map<String, ?> keys, ScopeFilter scope,
			ScopeFilter personScope, UUID exclude, int limit, int blockLimit, long population) {
		// One statement: the size of each of the query's blocks (kept in matching_block), the keys worth using (the
		// narrow ones, or the two smallest if none is narrow), the best people by the weight of the keys they share,
		// and only then their encrypted records.
		return jdbc.sql("with " + blocks + """

				usable as (
				    select id, size from block where size <= :blockLimit
				    union all
				    select id, size from (select id, size from block order by size limit 2) smallest
				     where not exists (select 1 from block where size <= :blockLimit)),
				best as (
				    select k.person_id, sum(ln(1 + cast(:population as float8) / u.size)) as weight
				      from\s""" + postings + """

				     where k.person_id <> :exclude and (""" + scope.sql() + """
				)
				     group by k.person_id
				     order by weight desc, k.person_id
				     limit :limit)
				select p.id, p.record_enc, b.weight
				  from best b join matching_person p on p.id = b.person_id
				 where (""" + personScope.sql() + """
				)
				 order by b.weight desc, p.id""")
			.params(keys)
			.param("blockLimit", blockLimit)
			.param("population", (double) Math.max(population, 2L * blockLimit))
			.param("exclude", exclude == null ? new UUID(0, 0) : exclude)
			.params(scope.params())
			.params(personScope.params())
			.param("limit", limit)
			.query((rs, i) -> new Fetched(rs.getObject("id", UUID.class), rs.getBytes("record_enc"), rs.getDouble("weight")))
			.list();
	}

	/** How many people a block holds (0 if none), as the candidate query sees it. */
	public int blockSize(long keyHash) {
		return jdbc.sql("select coalesce((select size from matching_block where key_hash = :k), 0)").param("k", keyHash)
			.query(Integer.class).single();
	}

	/**
	 * Every person's id and encrypted record, read in batches of {@code batch} from one cursor (the caller's
	 * transaction), without holding the index in memory.
	 */
	public void forEachRecord(int batch, Consumer<List<Encrypted>> consumer) {
		List<Encrypted> pending = new ArrayList<>(batch);
		jdbc.sql("select id, record_enc from matching_person").withFetchSize(batch).query(rs -> {
			pending.add(new Encrypted(rs.getObject("id", UUID.class), rs.getBytes("record_enc")));
			if (pending.size() == batch) {
				consumer.accept(List.copyOf(pending));
				pending.clear();
			}
		});
		if (!pending.isEmpty()) {
			consumer.accept(List.copyOf(pending));
		}
	}

	/** A person's id and encrypted record. */
	public record Encrypted(UUID id, byte[] recordEnc) {
	}

	public long count() {
		return jdbc.sql("select count(*) from matching_person").query(Long.class).single();
	}

}
