package org.opennrm.matching.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import org.opennrm.identity.Role;
import org.opennrm.identity.SystemActor;
import org.opennrm.matching.Candidate;
import org.opennrm.matching.IndexedPerson;
import org.opennrm.matching.MatchDecision;
import org.opennrm.matching.PersonIndex;
import org.opennrm.matching.PersonMatcher;
import org.opennrm.matching.PersonRecord;
import org.opennrm.matching.RegisterNameCounts;
import org.opennrm.matching.Sex;
import org.opennrm.matching.generator.GeneratedRecord;
import org.opennrm.matching.generator.GeneratorConfig;
import org.opennrm.matching.generator.PopulationGenerator;
import org.opennrm.matching.generator.SyntheticDataset;

/**
 * Candidate-query latency with {@code bench.latency.people} (default 1,000,000) people in the PostgreSQL index
 * (embedded PostgreSQL 18, the real tables, encryption and keyed hashes): one record per person is indexed; other
 * records of indexed people, and records of people never indexed, are the queries. Writes
 * {@code target/benchmarks/matching-latency.md}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "opennrm.demo=false", "logging.level.org.opennrm=WARN" })
@ActiveProfiles("test")
class CandidateQueryLatencyBenchmark {

	static final int PEOPLE = Integer.getInteger("bench.latency.people", 1_000_000);
	static final int QUERIES = Integer.getInteger("bench.latency.queries", 2_000);
	static final int WARM_UP = 300;
	static final int BATCH = 5_000;
	/** Whether to time a re-keying of every person too (about twenty minutes at 1,000,000 people). */
	static final boolean REKEY = Boolean.parseBoolean(System.getProperty("bench.latency.rekey", "true"));
	/**
	 * A register to load instead of the generated one (then {@code bench.latency.people} is not used): a file with the
	 * bulk command's columns ({@code bench.latency.records}) and its truth, {@code id,person_id} at least
	 * ({@code bench.latency.truth}); an independently written register, whose records may name one name only.
	 */
	static final String RECORDS = System.getProperty("bench.latency.records");
	static final String TRUTH = System.getProperty("bench.latency.truth");

	private static final PersonMatcher MATCHER = PersonMatcher.standard();

	@Autowired
	PersonIndex index;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.opennrm.shared.database.EmbeddedDatabase database;

	@Autowired
	RegisterNameCounts names;

	/**
	 * As an import job would load a register and a case worker would ask: through the checked, audited methods, as a
	 * national system job (each person loaded, each search and each candidate shown is an audit entry).
	 */
	@Test
	void candidateQueryLatency() {
		SystemActor.run("benchmark", Role.NRM_COORDINATOR, this::measure);
	}

	private void measure() {
		BitSet indexed = new BitSet();
		List<IndexedPerson> batch = new ArrayList<>(BATCH);
		List<PersonRecord> queries = new ArrayList<>();
		Map<Integer, UUID> indexedAs = new HashMap<>();
		List<Integer> queryPerson = new ArrayList<>();
		// ids as random as the application's, but the same in every run: the store breaks ties between people sharing
		// the same keys by id, so that two runs of one commit fetch, decide and count the same candidates
		Random ids = new Random(20261207L);
		long started = System.nanoTime();
		for (Registration record : registrations()) {
			if (!indexed.get(record.personId())) {
				indexed.set(record.personId());
				UUID id = new UUID((ids.nextLong() & ~0xF000L) | 0x4000L,
						(ids.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L);
				indexedAs.put(record.personId(), id);
				batch.add(new IndexedPerson(id, record.record(), "06", null, null));
				if (batch.size() == BATCH) {
					index.indexBatch(batch);
					batch.clear();
				}
			}
			else if (queries.size() < WARM_UP + QUERIES && record.personId() % 3 != 0) {
				queries.add(record.record());
				queryPerson.add(record.personId());
			}
		}
		index.indexBatch(batch);
		double indexSeconds = (System.nanoTime() - started) / 1e9;
		// every person loaded is an entry in the audit trail, as an import's would be
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'MATCHING_INDEX_WRITTEN'"
				+ " and actor_name = 'system:benchmark'").query(Long.class).single()).isEqualTo((long) indexedAs.size());
		// as autovacuum leaves a table after a large load: statistics, and the visibility map that lets the postings
		// be read by index-only scans; as the tables' owner, since the application's role may not vacuum them
		org.opennrm.shared.database.AsOwner.execute(database, "vacuum analyze matching_person",
				"vacuum analyze matching_key", "vacuum analyze matching_block");
		long people = jdbc.sql("select count(*) from matching_person").query(Long.class).single();
		long keys = jdbc.sql("select count(*) from matching_key").query(Long.class).single();
		String size = jdbc.sql("select pg_size_pretty(pg_total_relation_size('matching_person')"
				+ " + pg_total_relation_size('matching_key'))").query(String.class).single();

		// first with the shipped name defaults, as before the register's names are counted, then with the counts
		Queries defaults = run(queries, queryPerson, indexedAs);
		long heapBefore = usedHeap();
		long countStarted = System.nanoTime();
		long counted = names.recount();
		double countSeconds = (System.nanoTime() - countStarted) / 1e9;
		long countHeap = usedHeap() - heapBefore;
		Queries withCounts = run(queries, queryPerson, indexedAs);

		double rekeySeconds = 0;
		long rekeyed = 0;
		if (REKEY) {
			// After an upgrade that changes the keys: every person filed again from their encrypted record.
			jdbc.sql("update matching_person set key_scheme = key_scheme - 1").update();
			long rekeyStarted = System.nanoTime();
			for (int filed; (filed = index.rekeyStale()) > 0;) {
				rekeyed += filed;
			}
			rekeySeconds = (System.nanoTime() - rekeyStarted) / 1e9;
			assertThat(rekeyed).isEqualTo(people);
			assertThat(jdbc.sql("select count(*) from matching_key").query(Long.class).single()).isEqualTo(keys);
		}

		String report = String.format(Locale.ROOT, """
				## Candidate query latency

				%s

				| people indexed | blocking keys | index size | indexing time | names | queries | with candidates | person among them | person first | MATCH: person / other | POSSIBLE: person / other | naming one name: queries / person among them | p50 | p95 | p99 | max |
				|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
				%s
				%s

				Queries are other registrations of indexed people (scripts, spellings, partial dates differ) and no
				query is repeated; each query: hash the blocking keys, one SQL statement (block sizes from
				matching_block; the best %d people by the weight of the blocks they share, blocks over %,d people
				left out; their encrypted records), decrypt and score them, return MATCH and POSSIBLE (at most 10). "With candidates": queries that found at
				least one; "person among them": queries whose own person (the indexed registration of the same
				generated person) was among the candidates; "person first": was the best candidate; "MATCH: person /
				other": candidates decided MATCH that were the query's person, and that were someone else; "naming one
				name": the queries whose record names one name only (a hotline's "Roya", 1975). "Names": the shipped
				defaults (before the register's names are counted), or the register's own counts.

				Counting the names of the %,d people (RegisterNameCounts: every record decrypted and prepared twice):
				%.0f s; the counts take about %,d MB of heap.
				%s""", BenchmarkData.machine(),
				defaults.row(people, keys, size, indexSeconds, "defaults"),
				withCounts.row(people, keys, size, indexSeconds, "counted"),
				PersonIndex.PREFETCH, PersonIndex.BLOCK_LIMIT, counted, countSeconds, countHeap >> 20,
				REKEY ? String.format(Locale.ROOT, """

						Re-keying (after an upgrade that changes the keys, every person filed again from their encrypted
						record, %d per transaction, as the background job does): %,d people in %.0f s.
						""", PersonIndex.REKEY_BATCH, rekeyed, rekeySeconds) : "");
		BenchmarkData.write("matching-latency.md", report);
		System.out.println(report);
		assertThat(people).isEqualTo(indexed.cardinality());
	}

	/** The timed queries' latencies and what they found. */
	private record Queries(long[] sorted, int found, int person, int personFirst, int matchPerson, int matchOther,
			int possiblePerson, int possibleOther, int oneName, int oneNamePerson) {

		String row(long people, long keys, String size, double indexSeconds, String names) {
			return String.format(Locale.ROOT,
					"| %,d | %,d | %s | %.0f s | %s | %,d | %,d | %,d | %,d | %,d / %,d | %,d / %,d | %,d / %,d | %.1f ms | %.1f ms | %.1f ms | %.1f ms |",
					people, keys, size, indexSeconds, names, sorted.length, found, person, personFirst, matchPerson,
					matchOther, possiblePerson, possibleOther, oneName, oneNamePerson, ms(sorted, 0.50),
					ms(sorted, 0.95), ms(sorted, 0.99), ms(sorted, 1.0));
		}
	}

	private Queries run(List<PersonRecord> queries, List<Integer> queryPerson, Map<Integer, UUID> indexedAs) {
		int measured = Math.min(QUERIES, Math.max(0, queries.size() - WARM_UP));
		long[] nanos = new long[measured];
		int found = 0;
		int person = 0;
		int personFirst = 0;
		int oneName = 0;
		int oneNamePerson = 0;
		int[] decided = new int[4];
		long searchesFrom = jdbc.sql("select coalesce(max(seq), 0) from audit_entry").query(Long.class).single();
		for (int i = 0; i < Math.min(WARM_UP + measured, queries.size()); i++) {
			long t0 = System.nanoTime();
			List<Candidate> candidates = index.candidates(queries.get(i), null, 10, "benchmark");
			long t = System.nanoTime() - t0;
			if (i >= WARM_UP) {
				nanos[i - WARM_UP] = t;
				found += candidates.isEmpty() ? 0 : 1;
				UUID truth = indexedAs.get(queryPerson.get(i));
				boolean namesOneName = MATCHER.namesOneName(MATCHER.prepare(queries.get(i)));
				oneName += namesOneName ? 1 : 0;
				if (candidates.stream().anyMatch(c -> c.personId().equals(truth))) {
					person++;
					oneNamePerson += namesOneName ? 1 : 0;
					personFirst += candidates.get(0).personId().equals(truth) ? 1 : 0;
				}
				for (Candidate c : candidates) {
					decided[(c.decision() == MatchDecision.MATCH ? 0 : 2) + (c.personId().equals(truth) ? 0 : 1)]++;
				}
			}
		}
		// and every search, as a case worker's would be
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'MATCH_SEARCH' and seq > :from")
			.param("from", searchesFrom).query(Long.class).single())
			.isEqualTo((long) Math.min(WARM_UP + measured, queries.size()));
		Arrays.sort(nanos);
		return new Queries(nanos, found, person, personFirst, decided[0], decided[1], decided[2], decided[3], oneName,
				oneNamePerson);
	}

	private static long usedHeap() {
		System.gc();
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	private static double ms(long[] sorted, double quantile) {
		if (sorted.length == 0) {
			return 0;
		}
		int i = Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1);
		return sorted[Math.max(0, i)] / 1e6;
	}

	/** A registration of person {@code personId} (a number of the benchmark's own). */
	private record Registration(int personId, PersonRecord record) {
	}

	/** The generated register's records in its order, or those of the register named by {@code bench.latency.records}. */
	private static List<Registration> registrations() {
		if (RECORDS == null) {
			SyntheticDataset data = new PopulationGenerator().generate(GeneratorConfig.forPeople(PEOPLE, BenchmarkData.SEED));
			List<Registration> all = new ArrayList<>();
			for (GeneratedRecord record : data) {
				all.add(new Registration(record.personId(), toPersonRecord(record)));
			}
			return all;
		}
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		Map<String, Integer> personOf = new HashMap<>();
		Map<String, Integer> numbers = new HashMap<>();
		try (var truth = CSVParser.parse(Path.of(TRUTH), StandardCharsets.UTF_8, format)) {
			for (CSVRecord row : truth) {
				personOf.put(row.get("id"), numbers.computeIfAbsent(row.get("person_id"), p -> numbers.size()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<Registration> all = new ArrayList<>();
		try (var records = CSVParser.parse(Path.of(RECORDS), StandardCharsets.UTF_8, format)) {
			for (CSVRecord row : records) {
				String sex = row.get("sex").strip();
				String citizenship = row.get("citizenship").strip();
				all.add(new Registration(personOf.get(row.get("id")), new PersonRecord(row.get("id"),
						blank(row.get("given_names")), blank(row.get("family_names")),
						blank(row.get("full_name_original")), date(row.get("birth_date")), year(row.get("birth_year")),
						sex.equals("M") || sex.equals("F") ? Sex.valueOf(sex) : null,
						citizenship.matches("[A-Z]{3}") ? List.of(citizenship) : List.of())));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return all;
	}

	/** A date as the candidate API takes it: ISO, from 1900 to today; anything else as no date. */
	private static LocalDate date(String value) {
		try {
			LocalDate date = LocalDate.parse(value.strip());
			return date.getYear() >= 1900 && !date.isAfter(LocalDate.now()) ? date : null;
		}
		catch (java.time.format.DateTimeParseException ex) {
			return null;
		}
	}

	private static Integer year(String value) {
		String year = value.strip();
		return year.matches("\\d{4}") && Integer.parseInt(year) >= 1900
				&& Integer.parseInt(year) <= LocalDate.now().getYear() ? Integer.valueOf(year) : null;
	}

	static PersonRecord toPersonRecord(GeneratedRecord r) {
		return new PersonRecord(r.id(), blank(r.givenNames()), blank(r.familyNames()), blank(r.fullNameOriginal()),
				blank(r.birthDate()) == null ? null : LocalDate.parse(r.birthDate()),
				blank(r.birthYear()) == null ? null : Integer.valueOf(r.birthYear()),
				blank(r.sex()) == null ? null : Sex.valueOf(r.sex()),
				blank(r.citizenship()) == null ? List.of() : List.of(r.citizenship()));
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
