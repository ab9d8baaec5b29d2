package org.opennrm.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.opennrm.encryption.FieldEncryption;
import org.opennrm.encryption.IndexKeyedValues;
import org.opennrm.identity.CurrentUser;
import org.opennrm.identity.ScopeFilter;
import org.opennrm.matching.index.MatchingIndexStore;
import org.opennrm.matching.index.RecordCodec;
import org.opennrm.shared.AuditableBatch;
import org.opennrm.shared.AuditableEvent;
import org.opennrm.shared.SafeErrors;
import org.opennrm.shared.TextFolding;

/**
 * The register-wide search for the same person. Modules that register or change a person call
 * {@link #index}; screens and the API ask {@link #candidates}. Names are kept encrypted and their
 * blocking keys only as keyed hashes; scope is part of the candidate query.
 */
@Service
public class PersonIndex {

	private static final Logger log = LoggerFactory.getLogger(PersonIndex.class);

	/**
	 * How many people sharing blocking keys are fetched and scored for one query, at most. Many people can share a
	 * query's best blocks with the same weight ("Khadijah Hassani" without a year shares only the name pair, with 856
	 * others in a register of 1,000,000); simulated on the benchmark register, 200 rather than 100 found the query's
	 * person in 28 more of 2,000 queries (1,382 against 1,354). Measured with key scheme 8: p50 5.6 ms and p95 8.6 ms
	 * against 4.2 and 6.6 with 100 and key scheme 6 (docs/benchmarks.md).
	 */
	public static final int PREFETCH = 200;

	/**
	 * Blocks shared by more people than this are left to the query's narrower keys (see the store). With names filed
	 * with the full date and name pairs with the year, 1,000 instead of 2,000 halves the postings a query reads for
	 * 1 % fewer queries finding their person (simulated on the 1,000,000-person benchmark register).
	 */
	public static final int BLOCK_LIMIT = 1000;

	/**
	 * The register size a search's prior assumes at least. The prior that a candidate is the person searched for is
	 * about one in the register's size; a young register (a deployment's first weeks, the demo's 71 people) would make
	 * a name and a year, or a name that differs, a MATCH (the demo: "Mohammad Ahmad" of 1991-05-14 a MATCH, 0.60, of
	 * the one born 1990-11-02). The people a search may be for are the country's, not the register's so far: as many
	 * as the matcher assumes when none is given.
	 */
	static final long SMALLEST_PRIOR_REGISTER = PersonMatcher.DEFAULT_POPULATION;

	/** People re-keyed in one transaction when the key scheme changes. */
	public static final int REKEY_BATCH = 500;

	private final MatchingIndexStore store;
	private final FieldEncryption encryption;
	private final PersonMatcher matcher;
	private final ApplicationEventPublisher events;
	private final RegisterNameCounts names;
	private final SearchAsked asked;

	/** The index's size, the prior of every comparison; counted again at most every five minutes. */
	private volatile long population = -1;
	private volatile long populationCountedAt;

	PersonIndex(MatchingIndexStore store, FieldEncryption encryption, PersonMatcher matcher,
			ApplicationEventPublisher events, RegisterNameCounts names, SearchAsked asked) {
		this.store = store;
		this.encryption = encryption;
		this.matcher = matcher;
		this.events = events;
		this.names = names;
		this.asked = asked;
	}

	/**
	 * Adds or replaces a person. Called by the modules that own person records, inside their transaction. The acting
	 * user must be able to see the person as filed now (when replacing) and as filed after: a user cannot overwrite
	 * or take over a person of another province, organisation or registrar, nor file one there.
	 *
	 * @throws AccessDeniedException when either is outside the user's scope; nothing is changed
	 */
	@PreAuthorize("hasAuthority('VICTIM_DATA_WRITE') or hasAuthority('NOTIFICATION_CREATE')")
	@Transactional
	public void index(IndexedPerson person) {
		CurrentUser user = CurrentUser.require();
		events.publishEvent(new PersonIndexed(person.id()));
		if (!store.upsert(row(person), keyHashes(matcher.prepare(person.record())),
				ScopeFilter.forVictimData(user, "n.province_code", "n.organisation_id", "n.registered_by"),
				ScopeFilter.forVictimData(user, "matching_person.province_code", "matching_person.organisation_id",
						"matching_person.registered_by"))) {
			throw new AccessDeniedException("the person is outside the acting user's scope");
		}
	}

	/**
	 * Loads many people at once (imports, benchmarks); they must not be in the index yet. Each is one entry in the audit
	 * trail, as with {@link #index}. Only a national scope may file people anywhere at once.
	 *
	 * @throws AccessDeniedException when the acting user's scope is not national; nothing is changed
	 */
	@PreAuthorize("hasAuthority('VICTIM_DATA_WRITE')")
	@Transactional
	public void indexBatch(List<IndexedPerson> people) {
		CurrentUser.requireNational();
		if (people.isEmpty()) {
			return; // no audit entry, so no writers' lock either (the audit lock always comes first)
		}
		List<MatchingIndexStore.Row> rows = new ArrayList<>(people.size());
		List<List<Long>> keys = new ArrayList<>(people.size());
		for (IndexedPerson person : people) {
			rows.add(row(person));
			keys.add(keyHashes(matcher.prepare(person.record())));
		}
		// the audit entries first, then the index writers' lock (see MatchingIndexStore)
		events.publishEvent(new AuditableBatch(people.stream().<AuditableEvent>map(p -> new PersonIndexed(p.id())).toList()));
		store.insertBatch(rows, keys);
	}

	/**
	 * Takes a person out of the index, if they are in the acting user's scope.
	 * @return false when there is no such person in the user's scope
	 */
	@PreAuthorize("hasAuthority('VICTIM_DATA_WRITE')")
	@Transactional
	public boolean remove(UUID personId) {
		CurrentUser user = CurrentUser.require();
		events.publishEvent(new PersonRemovedFromIndex(personId));
		return store.remove(personId, ScopeFilter.forVictimData(user, "matching_person.province_code",
				"matching_person.organisation_id", "matching_person.registered_by"));
	}

	/**
	 * The people in the acting user's scope who may be the same as {@code query}, best first; only MATCH
	 * and POSSIBLE. The search, and each candidate shown, are recorded in the audit trail.
	 *
	 * @param exclude a person to leave out (the one being registered), or null
	 * @param purpose why the user searches, for the audit trail, which keeps it without the spaces around it; may be
	 *        null
	 */
	@PreAuthorize("hasAuthority('MATCH_QUERY')")
	@Transactional
	public List<Candidate> candidates(PersonRecord query, UUID exclude, int limit, String purpose) {
		return search(query, exclude, limit, purpose).candidates();
	}

	/**
	 * {@link #candidates}, with how many possible candidates could not be read back and so were not compared (their
	 * data key not configured here, or damaged bytes): the search may then have missed the person.
	 */
	@PreAuthorize("hasAuthority('MATCH_QUERY')")
	@Transactional
	public CandidateSearch search(PersonRecord query, UUID exclude, int limit, String purpose) {
		CurrentUser user = CurrentUser.require();
		// on the key rows, which carry copies of the person's scope columns, and again on the person's own row
		ScopeFilter keys = ScopeFilter.forVictimData(user, "k.province_code", "k.organisation_id", "k.registered_by");
		ScopeFilter people = ScopeFilter.forVictimData(user, "p.province_code", "p.organisation_id", "p.registered_by");
		CandidateSearch found = search(query, exclude, limit, keys, people);
		String kept = kept(purpose);
		events.publishEvent(new CandidateSearchMade(kept, asked.of(query)));
		found.candidates().forEach(c -> events.publishEvent(new CandidateShown(c.personId(), kept)));
		return found;
	}

	/**
	 * Records that the acting caller was refused a search, being over its allowance, with what the search asked as
	 * {@link #search} records it; nothing is searched. The API calls it for the first refusal of each minute a caller is
	 * refused, so that a caller sending thousands adds one entry a minute, not thousands.
	 */
	@PreAuthorize("hasAuthority('MATCH_QUERY')")
	@Transactional
	public void searchRefused(PersonRecord query, String purpose) {
		CurrentUser.require();
		events.publishEvent(new CandidateSearchRefused(kept(purpose), asked.of(query)));
	}

	/** The purpose as the audit trail keeps it: without spaces at either end; none for spaces alone. */
	private static String kept(String purpose) {
		String stripped = TextFolding.strip(purpose);
		return stripped == null || stripped.isEmpty() ? null : stripped;
	}

	private CandidateSearch search(PersonRecord query, UUID exclude, int limit, ScopeFilter keyScope,
			ScopeFilter personScope) {
		long indexed = population();
		// how common each name is in the register, as last counted (RegisterNameCounts); names written apart that the
		// register writes whole are joined again, as the count joined them
		NameFrequencies counted = names.current();
		PersonMatcher matcher = this.matcher.withPopulation(Math.max(indexed, SMALLEST_PRIOR_REGISTER))
			.withFrequencies(counted).forSearch();
		PreparedPerson asWritten = matcher.prepare(query);
		PreparedPerson prepared = matcher.joinWrittenApart(asWritten, counted::records);
		Set<String> keys = matcher.searchKeys(asWritten);
		if (keys.isEmpty()) {
			return new CandidateSearch(List.of(), 0);
		}
		List<Scored> scored = new ArrayList<>();
		List<UUID> unreadable = new ArrayList<>();
		RuntimeException firstFailure = null;
		for (MatchingIndexStore.Fetched fetched : fetch(keys, keyScope, personScope, exclude, indexed)) {
			PersonRecord record;
			try {
				record = RecordCodec.decrypt(encryption, fetched.id(), fetched.recordEnc());
			}
			catch (RuntimeException ex) {
				unreadable.add(fetched.id());
				firstFailure = firstFailure == null ? ex : firstFailure;
				continue;
			}
			PreparedPerson registered = matcher.joinWrittenApart(matcher.prepare(record), counted::records);
			double score = matcher.score(prepared, registered);
			if (matcher.decide(score) != MatchDecision.NO_MATCH) {
				scored.add(new Scored(fetched.id(), score, registered));
			}
		}
		if (!unreadable.isEmpty()) {
			// once per search, not once per record: a key missing on this node leaves many out of every search
			log.warn("Matching index: {} possible candidates could not be read back, so the search left them out (first:"
					+ " person {}): {}", unreadable.size(), unreadable.get(0), SafeErrors.describe(firstFailure));
		}
		// the reasons only for those answered: a search scores up to PREFETCH people and shows a few
		scored.sort(Comparator.comparingDouble(Scored::score).reversed());
		List<Candidate> answered = scored.stream().limit(Math.max(limit, 0)).map(candidate -> {
			MatchResult result = matcher.compare(prepared, candidate.registered());
			return new Candidate(candidate.id(), result.score(), result.decision(), result.explanation());
		}).toList();
		return new CandidateSearch(answered, unreadable.size());
	}

	/** A person the search scored MATCH or POSSIBLE, before its reasons are written. */
	private record Scored(UUID id, double score, PreparedPerson registered) {
	}

	/**
	 * The people sharing the query's blocks, under each index key that people are filed under and that is configured
	 * here: normally the active one alone; while the index key is rotated, the earlier one too (docs/matching.md, "The
	 * index key's rotation").
	 * People filed under a key not configured here cannot be found; the log says so, once per search.
	 */
	private List<MatchingIndexStore.Fetched> fetch(Set<String> keys, ScopeFilter keyScope, ScopeFilter personScope,
			UUID exclude, long indexed) {
		List<String> filed = store.anyoneUnderAnotherIndexKey() ? store.indexKeysFiled() : List.of(store.activeIndexKey());
		List<String> searched = filed.stream().filter(store::hasIndexKey).toList();
		if (searched.size() < filed.size()) {
			log.warn("Matching index: people are filed under index keys not configured on this node ({}), which no search"
					+ " here can find: configure the keys, or key those people again under the active index key (reencrypt on"
					+ " a node that has both; docs/encryption.md, \"Rotating the index key\")",
					filed.stream().filter(id -> !store.hasIndexKey(id)).toList());
		}
		if (searched.size() <= 1) {
			// the usual case: everyone under one key (none at all: an empty index, or only keys missing here)
			String under = searched.isEmpty() ? store.activeIndexKey() : searched.get(0);
			List<Long> hashes = keys.stream().map(key -> store.keyHash(under, key)).distinct().toList();
			return store.candidates(hashes, keyScope, personScope, exclude, PREFETCH, BLOCK_LIMIT, indexed);
		}
		List<List<Long>> hashes = keys.stream()
			.map(key -> searched.stream().map(indexKey -> store.keyHash(indexKey, key)).toList())
			.toList();
		return store.candidatesUnderSeveralKeys(hashes, keyScope, personScope, exclude, PREFETCH, BLOCK_LIMIT, indexed);
	}

	/**
	 * Files again, under the current {@link PersonMatcher#KEY_SCHEME}, up to {@link #REKEY_BATCH} people whose keys
	 * were made by an older one: decrypts each record, makes its keys, replaces them. Returns how many were chosen
	 * (0 when none is left). Each person whose record is read is one entry in the audit trail.
	 */
	@PreAuthorize("hasAuthority('VICTIM_DATA_WRITE')")
	@Transactional
	public int rekeyStale() {
		CurrentUser.requireNational();
		List<UUID> due = store.staleIds(PersonMatcher.KEY_SCHEME, REKEY_BATCH);
		if (due.isEmpty()) {
			return 0;
		}
		// the audit entries first, then the index writers' lock (see MatchingIndexStore); a person indexed again
		// before the lock is ours is read and filed again all the same (the same keys), so the entries name exactly the
		// records read, but for one removed before the lock is ours
		events.publishEvent(new AuditableBatch(due.stream()
			.<AuditableEvent>map(id -> new IndexRekeyed(id, PersonMatcher.KEY_SCHEME)).toList()));
		Keyed<MatchingIndexStore.Row> stale = keyed(store.lockedRows(due), MatchingIndexStore.Row::id,
				MatchingIndexStore.Row::recordEnc);
		store.replaceKeys(stale.read(), stale.keys(), PersonMatcher.KEY_SCHEME);
		store.markUnreadable(stale.unreadable());
		// the people chosen, not those still there: a batch whose people were all removed meanwhile is no sign of the
		// end, as long as others are stale
		return due.size();
	}

	/**
	 * Files again under the active index key up to {@code limit} people filed under another one, after {@code after} in
	 * id order ({@code reencrypt}, through {@link IndexKeyRekeying}; docs/matching.md, "The index key's rotation"), with
	 * keys of the current key scheme. The audit entries of the records read come first, then the index writers' lock
	 * (the order every index writer takes them in, see {@link MatchingIndexStore}), under which the rows are read again:
	 * a person whose record changed meanwhile was filed again by that write, and is left to it. The writers' lock, which
	 * every writer of a person's keys takes, is what locks the rows against the application; against a transaction
	 * outside it (a psql session left open), they are locked without waiting ({@link MatchingIndexStore#lockRowsNowait}).
	 */
	@PreAuthorize("hasRole('KEY_ROTATION')")
	@Transactional
	public IndexKeyedValues.Batch rekeyUnderActiveIndexKey(int limit, @Nullable UUID after) {
		List<MatchingIndexStore.Filed> due = store.notUnderActiveIndexKey(limit, after);
		if (due.isEmpty()) {
			return new IndexKeyedValues.Batch(0, List.of(), null);
		}
		String active = store.activeIndexKey();
		Keyed<MatchingIndexStore.Filed> keyed = keyed(due, MatchingIndexStore.Filed::id,
				MatchingIndexStore.Filed::recordEnc);
		List<MatchingIndexStore.Filed> read = keyed.read();
		List<List<Long>> keys = keyed.keys();
		List<UUID> unreadable = keyed.unreadable();
		if (!read.isEmpty()) {
			events.publishEvent(new AuditableBatch(read.stream()
				.<AuditableEvent>map(p -> new IndexKeyRekeyed(p.id(), p.indexKey(), active, PersonMatcher.KEY_SCHEME))
				.toList()));
		}
		List<UUID> ids = due.stream().map(MatchingIndexStore.Filed::id).toList();
		store.lockRowsNowait(ids);
		Map<UUID, MatchingIndexStore.Row> locked = store.lockedRows(ids).stream()
			.collect(Collectors.toMap(MatchingIndexStore.Row::id, Function.identity()));
		List<MatchingIndexStore.Row> unchanged = new ArrayList<>(read.size());
		List<List<Long>> theirKeys = new ArrayList<>(read.size());
		for (int i = 0; i < read.size(); i++) {
			MatchingIndexStore.Row row = locked.get(read.get(i).id());
			if (row != null && Arrays.equals(row.recordEnc(), read.get(i).recordEnc())) {
				unchanged.add(row);
				theirKeys.add(keys.get(i));
			}
		}
		store.replaceKeys(unchanged, theirKeys, PersonMatcher.KEY_SCHEME);
		// as the background re-keying marks them; an operator finds them there, or by the ids in the answer
		store.markUnreadable(unreadable.stream().filter(locked::containsKey).toList());
		return new IndexKeyedValues.Batch(unchanged.size(), unreadable.stream().map(UUID::toString).toList(),
				due.get(due.size() - 1).id());
	}

	/** The rows whose records could be read back, with their keys in the same order, and the ids of the others. */
	private record Keyed<T>(List<T> read, List<List<Long>> keys, List<UUID> unreadable) {
	}

	private <T> Keyed<T> keyed(List<T> rows, Function<T, UUID> id, Function<T, byte[]> recordEnc) {
		Keyed<T> keyed = new Keyed<>(new ArrayList<>(rows.size()), new ArrayList<>(rows.size()), new ArrayList<>());
		for (T row : rows) {
			PersonRecord record = readable(id.apply(row), recordEnc.apply(row));
			if (record == null) {
				keyed.unreadable().add(id.apply(row));
				continue;
			}
			keyed.read().add(row);
			keyed.keys().add(keyHashes(matcher.prepare(record)));
		}
		return keyed;
	}

	/**
	 * A person's record read back, or null when it cannot be (a retired data key, damaged bytes): logged with the
	 * person's id and the error's classes only, so that one such record neither stops a search nor the re-keying.
	 */
	private PersonRecord readable(UUID id, byte[] recordEnc) {
		try {
			return RecordCodec.decrypt(encryption, id, recordEnc);
		}
		catch (RuntimeException ex) {
			log.warn("Matching index: the record of person {} cannot be read back, so it is left out: {}", id,
					SafeErrors.describe(ex));
			return null;
		}
	}

	/** How many people of the index have a record that could not be read back when it was to be re-keyed. */
	@PermitAll // a count only
	@Transactional(readOnly = true)
	public long unreadableCount() {
		return store.countUnreadable();
	}

	/** How many people are still filed under an older key scheme. */
	@PermitAll // a count only
	@Transactional(readOnly = true)
	public long staleCount() {
		return store.countStale(PersonMatcher.KEY_SCHEME);
	}

	/** How many people the index holds, counted now. */
	@PermitAll // a count only
	@Transactional(readOnly = true)
	public long size() {
		return store.count();
	}

	private long population() {
		long now = System.nanoTime();
		if (population < 0 || now - populationCountedAt > 300_000_000_000L) {
			population = store.count();
			populationCountedAt = now;
		}
		return population;
	}

	private MatchingIndexStore.Row row(IndexedPerson person) {
		byte[] encrypted = RecordCodec.encrypt(encryption, person.id(), person.record());
		return new MatchingIndexStore.Row(person.id(), person.provinceCode(), person.organisationId(),
				person.registeredBy(), encrypted, PersonMatcher.KEY_SCHEME);
	}

	/** The hashes of the keys a person is filed under ({@link PersonMatcher#indexKeys}). */
	private List<Long> keyHashes(PreparedPerson prepared) {
		return hashes(matcher.indexKeys(prepared));
	}

	private List<Long> hashes(Set<String> keys) {
		return keys.stream().map(store::keyHash).distinct().toList();
	}

}
