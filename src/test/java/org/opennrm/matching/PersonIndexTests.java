package org.opennrm.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import org.opennrm.IntegrationTest;
import org.opennrm.identity.CurrentUser;
import org.opennrm.identity.Role;
import org.opennrm.identity.Scope;
import org.opennrm.identity.SystemActor;

/**
 * The matching index on the real database: scope in the query, no plain names in tables or plans, the
 * candidate API's rights and errors.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonIndexTests {

	/** No scope: for fixtures written to the store directly (a record under an old key scheme, a damaged one). */
	static final org.opennrm.identity.ScopeFilter ANY = new org.opennrm.identity.ScopeFilter("true", java.util.Map.of());

	static final UUID FATMA_GAZIANTEP = UUID.fromString("00000000-0000-0000-0000-00000000a027");
	static final UUID FATMA_ISTANBUL = UUID.fromString("00000000-0000-0000-0000-00000000a034");
	static final UUID OTHER = UUID.fromString("00000000-0000-0000-0000-00000000b027");

	@Autowired
	MockMvc mvc;

	@Autowired
	PersonIndex index;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	void registerPeople() {
		UUID gaziantepDirectorate = organisation("Gaziantep İl Göç İdaresi Müdürlüğü");
		UUID istanbulDirectorate = organisation("İstanbul İl Göç İdaresi Müdürlüğü");
		file(new IndexedPerson(FATMA_GAZIANTEP, new PersonRecord("g1", "Fatma", "Hüseyni", null,
				LocalDate.of(1994, 3, 12), null, Sex.F, List.of("AFG")), "27", gaziantepDirectorate, null));
		file(new IndexedPerson(FATMA_ISTANBUL, new PersonRecord("i1", null, null, "فاطمه حسینی",
				null, 1994, Sex.F, List.of("AFG")), "34", istanbulDirectorate, null));
		file(new IndexedPerson(OTHER, new PersonRecord("g2", "Ahmet", "Karaca", null,
				LocalDate.of(1971, 8, 2), null, Sex.M, List.of("TUR")), "27", gaziantepDirectorate, null));
	}

	private UUID organisation(String name) {
		return jdbc.sql("select id from organisation where name = :name").param("name", name).query(UUID.class).single();
	}

	private static final String FATEMEH = """
			{"givenNames":"Fatemeh","familyNames":"Hosseini","birthYear":1994,"sex":"F","citizenship":["AFG"],
			 "purpose":"registration check"}""";

	// the demo's made-up people are in the index too (some of them spellings of Fatma Hüseyni): each candidate is
	// looked at where it is filed
	@Test
	void focalPointSeesOnlyTheirProvince() throws Exception {
		assertThat(candidates("uzman.gaziantep", FATEMEH)).contains(FATMA_GAZIANTEP).doesNotContain(FATMA_ISTANBUL)
			.allSatisfy(id -> assertThat(province(id)).isEqualTo("27"));
		assertThat(candidates("uzman.istanbul", FATEMEH)).contains(FATMA_ISTANBUL).doesNotContain(FATMA_GAZIANTEP)
			.allSatisfy(id -> assertThat(province(id)).isEqualTo("34"));
	}

	@Test
	void coordinatorSeesTheWholeCountryAndTheReasons() throws Exception {
		assertThat(candidates("koordinator", FATEMEH)).contains(FATMA_GAZIANTEP, FATMA_ISTANBUL);
		ask("koordinator", FATEMEH).andExpect(status().isOk())
			.andExpect(jsonPath("$.candidates[0].explanation").isNotEmpty())
			.andExpect(jsonPath("$.candidates[0].decision").isString());
	}

	private List<UUID> candidates(String user, String body) throws Exception {
		List<String> ids = com.jayway.jsonpath.JsonPath.read(ask(user, body).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.candidates[*].id");
		return ids.stream().map(UUID::fromString).toList();
	}

	private String province(UUID person) {
		return jdbc.sql("select province_code from matching_person where id = :id").param("id", person)
			.query(String.class).single();
	}

	@Test
	void everySearchAndEveryCandidateShownIsAudited() throws Exception {
		long searches = count("MATCH_SEARCH", null);
		long shown = count("MATCH_CANDIDATE_SHOWN", FATMA_GAZIANTEP.toString());
		ask("uzman.gaziantep", FATEMEH).andExpect(status().isOk());
		ask("uzman.gaziantep", """
				{"givenNames":"Nobody","familyNames":"Registered","purpose":"registration check"}""")
			.andExpect(status().isOk()).andExpect(jsonPath("$.candidates.length()").value(0));
		assertThat(count("MATCH_SEARCH", null)).isEqualTo(searches + 2);
		assertThat(count("MATCH_CANDIDATE_SHOWN", FATMA_GAZIANTEP.toString())).isEqualTo(shown + 1);
		assertThat(jdbc.sql("select purpose from audit_entry where action = 'MATCH_SEARCH' order by seq desc limit 1")
			.query(String.class).single()).isEqualTo("registration check");
	}

	@Test
	void aSearchNamingOneNameFindsThoseCarryingItAndASearchWithSeveralNamesFindsThoseRecordedByOneOfThem() throws Exception {
		UUID gaziantepDirectorate = organisation("Gaziantep İl Göç İdaresi Müdürlüğü");
		UUID royaRezai = UUID.fromString("00000000-0000-0000-0000-00000000c027");
		UUID kamran = UUID.fromString("00000000-0000-0000-0000-00000000c127");
		file(new IndexedPerson(royaRezai, new PersonRecord("r1", "Roya", "Rezai", null, LocalDate.of(1975, 2, 5), null,
				Sex.F, List.of("IRN")), "27", gaziantepDirectorate, null));
		// a hotline's record: a given name, the family name written as not known, no year
		file(new IndexedPerson(kamran, new PersonRecord("k1", "Kamran", "-", null, null, null, Sex.M, List.of("AZE")),
				"27", gaziantepDirectorate, null));
		try {
			// "Roya" alone was keyed with the year only under names no one else files with a year (one consonant)
			ask("koordinator", """
					{"givenNames":"Roya","birthYear":1975,"sex":"F","citizenship":["IRN"],"purpose":"hotline call"}""")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.candidates[0].id").value(royaRezai.toString()));
			ask("koordinator", """
					{"givenNames":"Kamran","familyNames":"Nabiyev","birthDate":"1983-12-13","sex":"M",
					 "citizenship":["AZE"],"purpose":"registration check"}""")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.candidates[0].id").value(kamran.toString()));
		}
		finally {
			SystemActor.run("test-import", Role.NRM_COORDINATOR, () -> {
				index.remove(royaRezai);
				index.remove(kamran);
			});
		}
	}

	private long count(String action, String entityId) {
		return jdbc.sql("select count(*) from audit_entry where action = :action and (cast(:id as text) is null or entity_id = :id)")
			.param("action", action).param("id", entityId).query(Long.class).single();
	}

	@Test
	void aPersonMovedToAnotherProvinceLeavesTheOldProvincesScope() throws Exception {
		UUID moved = UUID.fromString("00000000-0000-0000-0000-00000000c027");
		String query = """
				{"givenNames":"Gulnara","familyNames":"Tokhtarova","birthYear":1988,"sex":"F"}""";
		PersonRecord record = new PersonRecord("m1", "Gulnara", "Tokhtarova", null, LocalDate.of(1988, 5, 4), null,
				Sex.F, List.of("KGZ"));
		file(new IndexedPerson(moved, record, "27", organisation("Gaziantep İl Göç İdaresi Müdürlüğü"), null));
		ask("uzman.gaziantep", query).andExpect(jsonPath("$.candidates[0].id").value(moved.toString()));
		file(new IndexedPerson(moved, record, "34", organisation("İstanbul İl Göç İdaresi Müdürlüğü"), null));
		ask("uzman.gaziantep", query).andExpect(jsonPath("$.candidates.length()").value(0));
		ask("uzman.istanbul", query).andExpect(jsonPath("$.candidates[0].id").value(moved.toString()));
		assertThat(jdbc.sql("select distinct province_code from matching_key where person_id = :id").param("id", moved)
			.query(String.class).list()).containsExactly("34");
	}

	@Autowired
	org.opennrm.matching.index.MatchingIndexStore store;

	@Test
	void overFullBlocksAreLeftToNarrowerKeysAndTheScopeIsOnTheKeyRows() {
		UUID a = UUID.randomUUID();
		UUID b = UUID.randomUUID();
		UUID c = UUID.randomUUID();
		UUID d = UUID.randomUUID();
		long wide = 911_000_001L;
		long narrow = 911_000_002L;
		store.insertBatch(List.of(row(a, "27"), row(b, "27"), row(c, "27"), row(d, "34")),
				List.of(List.of(wide, narrow), List.of(wide), List.of(wide), List.of(narrow)));
		var everywhere = new org.opennrm.identity.ScopeFilter("true", java.util.Map.of());
		// "wide" holds three people, over the limit of two: only "narrow" is used.
		assertThat(store.candidates(List.of(wide, narrow), everywhere, everywhere, null, 10, 2, 1000))
			.extracting(org.opennrm.matching.index.MatchingIndexStore.Fetched::id).containsExactlyInAnyOrder(a, d);
		// With no narrow key, the smallest blocks are used all the same.
		assertThat(store.candidates(List.of(wide), everywhere, everywhere, null, 10, 2, 1000))
			.extracting(org.opennrm.matching.index.MatchingIndexStore.Fetched::id).containsExactlyInAnyOrder(a, b, c);
		// Best first: a shares both keys. The scope is applied before the limit.
		assertThat(store.candidates(List.of(wide, narrow), everywhere, everywhere, null, 10, 5, 1000).get(0).id()).isEqualTo(a);
		var istanbul = new org.opennrm.identity.ScopeFilter("k.province_code = :p", java.util.Map.of("p", "34"));
		var istanbulPeople = new org.opennrm.identity.ScopeFilter("p.province_code = :p", java.util.Map.of("p", "34"));
		assertThat(store.candidates(List.of(wide, narrow), istanbul, istanbulPeople, null, 1, 5, 1000))
			.extracting(org.opennrm.matching.index.MatchingIndexStore.Fetched::id).containsExactly(d);
		// the person's own row moved to another province, its key rows' copies not (a fix made by hand in SQL):
		// the person's row decides too
		jdbc.sql("update matching_person set province_code = '06' where id = :id").param("id", d).update();
		assertThat(store.candidates(List.of(wide, narrow), istanbul, istanbulPeople, null, 1, 5, 1000)).isEmpty();
	}

	@Test
	void rareSharedBlocksRankAboveCommonOnes() {
		UUID common1 = UUID.randomUUID();
		UUID common2 = UUID.randomUUID();
		UUID common3 = UUID.randomUUID();
		UUID rare = UUID.randomUUID();
		long common = 912_000_001L;
		long rareKey = 912_000_002L;
		long other = 912_000_003L;
		store.insertBatch(List.of(row(common1, "27"), row(common2, "27"), row(common3, "27"), row(rare, "27")),
				List.of(List.of(common, other), List.of(common), List.of(common), List.of(rareKey)));
		var everywhere = new org.opennrm.identity.ScopeFilter("true", java.util.Map.of());
		// rare shares one key held by one person; common1 shares one held by three: rare comes first.
		var found = store.candidates(List.of(common, rareKey), everywhere, everywhere, null, 10, 5, 1000);
		assertThat(found.get(0).id()).isEqualTo(rare);
		assertThat(found.get(0).weight()).isCloseTo(Math.log(1 + 1000), org.assertj.core.data.Offset.offset(1e-9));
		assertThat(found.get(1).weight()).isCloseTo(Math.log(1 + 1000 / 3.0), org.assertj.core.data.Offset.offset(1e-9));
	}

	@Test
	void whilePeopleAreFiledUnderTwoIndexKeysABlockIsAsLargeAsItsPeopleUnderBoth() {
		UUID a = UUID.randomUUID();
		UUID b = UUID.randomUUID();
		UUID c = UUID.randomUUID();
		UUID d = UUID.randomUUID();
		// one blocking key hashed under the old index key (a, b filed under it) and under the new one (c, d); another
		// held by a alone, under the old key
		long nameOld = 914_000_001L;
		long nameNew = 914_000_002L;
		long dateOld = 914_000_003L;
		long dateNew = 914_000_004L;
		store.insertBatch(List.of(row(a, "27"), row(b, "27"), row(c, "27"), row(d, "27")),
				List.of(List.of(nameOld, dateOld), List.of(nameOld), List.of(nameNew), List.of(nameNew)));
		var everywhere = new org.opennrm.identity.ScopeFilter("true", java.util.Map.of());
		// four people share the name, over the limit of three, though neither half is: only the date is used
		assertThat(store.candidatesUnderSeveralKeys(List.of(List.of(nameOld, nameNew), List.of(dateOld, dateNew)),
				everywhere, everywhere, null, 10, 3, 1000))
			.extracting(org.opennrm.matching.index.MatchingIndexStore.Fetched::id).containsExactly(a);
		// with no narrow key, the name's block is used whole, and weighs as a block of four
		var found = store.candidatesUnderSeveralKeys(List.of(List.of(nameOld, nameNew)), everywhere, everywhere, null, 10,
				3, 1000);
		assertThat(found).extracting(org.opennrm.matching.index.MatchingIndexStore.Fetched::id)
			.containsExactlyInAnyOrder(a, b, c, d);
		assertThat(found).allSatisfy(fetched -> assertThat(fetched.weight())
			.isCloseTo(Math.log(1 + 1000 / 4.0), org.assertj.core.data.Offset.offset(1e-9)));
		// the scope holds as ever
		var istanbul = new org.opennrm.identity.ScopeFilter("k.province_code = :p", java.util.Map.of("p", "34"));
		var istanbulPeople = new org.opennrm.identity.ScopeFilter("p.province_code = :p", java.util.Map.of("p", "34"));
		assertThat(store.candidatesUnderSeveralKeys(List.of(List.of(nameOld, nameNew)), istanbul, istanbulPeople, null,
				10, 3, 1000)).isEmpty();
	}

	@Test
	void blockSizesFollowEveryWriteAndRemoval() {
		UUID a = UUID.randomUUID();
		UUID b = UUID.randomUUID();
		long first = 913_000_001L;
		long second = 913_000_002L;
		store.insertBatch(List.of(row(a, "27"), row(b, "34")), List.of(List.of(first, second), List.of(first)));
		assertThat(store.blockSize(first)).isEqualTo(2);
		assertThat(store.blockSize(second)).isEqualTo(1);
		// indexed again with other keys: the old postings leave their blocks
		store.upsert(row(a, "27"), List.of(second), ANY, ANY);
		assertThat(store.blockSize(first)).isEqualTo(1);
		assertThat(store.blockSize(second)).isEqualTo(1);
		// a person removed takes their keys along (by cascade)
		assertThat(store.remove(b, ANY)).isTrue();
		assertThat(store.blockSize(first)).isZero();
		assertThat(jdbc.sql("select count(*) from matching_block where key_hash = :k").param("k", first)
			.query(Long.class).single()).isZero();
		// the counts are the postings, whatever wrote them
		assertThat(jdbc.sql("""
				select count(*) from matching_block b
				 where b.size <> (select count(*) from matching_key k where k.key_hash = b.key_hash)""")
			.query(Long.class).single()).isZero();
	}

	@Autowired
	org.opennrm.encryption.FieldEncryption encryption;

	@Autowired
	IndexRekeying rekeying;

	@Test
	void peopleFiledUnderAnOlderKeySchemeAreFiledAgain() throws Exception {
		UUID old = UUID.fromString("00000000-0000-0000-0000-00000000d027");
		PersonRecord record = new PersonRecord("o1", "Zarina", "Mirzayeva", null, LocalDate.of(1987, 1, 5), null, Sex.F,
				List.of("UZB"));
		byte[] encrypted = org.opennrm.matching.index.RecordCodec.encrypt(encryption, old, record);
		long oldKey = 915_000_001L;
		store.upsert(new org.opennrm.matching.index.MatchingIndexStore.Row(old, "27",
				organisation("Gaziantep İl Göç İdaresi Müdürlüğü"), null, encrypted, PersonMatcher.KEY_SCHEME - 1),
				List.of(oldKey), ANY, ANY);
		String query = """
				{"givenNames":"Zarina","familyNames":"Mirzayeva","birthDate":"1987-01-05","sex":"F"}""";
		ask("uzman.gaziantep", query).andExpect(jsonPath("$.candidates.length()").value(0));
		assertThat(index.staleCount()).isEqualTo(1);

		// on a thread of its own, as the scheduler runs it: no user, no request
		java.util.concurrent.CompletableFuture.runAsync(rekeying::rekey).get();

		assertThat(index.staleCount()).isZero();
		PersonMatcher matcher = PersonMatcher.standard();
		List<Long> expected = matcher.indexKeys(matcher.prepare(record)).stream().map(store::keyHash).distinct().toList();
		assertThat(jdbc.sql("select key_hash from matching_key where person_id = :id").param("id", old)
			.query(Long.class).list()).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(store.blockSize(oldKey)).isZero();
		assertThat(jdbc.sql("select distinct province_code from matching_key where person_id = :id").param("id", old)
			.query(String.class).list()).containsExactly("27");
		assertThat(jdbc.sql("select actor_kind || ' ' || actor_name || ' ' || purpose from audit_entry"
				+ " where action = 'MATCHING_INDEX_REKEYED' and entity_id = :id").param("id", old.toString())
			.query(String.class).list())
			.containsExactly("SYSTEM system:matching-rekey record read to be filed under key scheme "
					+ PersonMatcher.KEY_SCHEME);
		ask("uzman.gaziantep", query).andExpect(jsonPath("$.candidates[0].id").value(old.toString()));
	}

	@Test
	void everyoneAtOnceIsForANationalJobOnly() {
		IndexedPerson person = new IndexedPerson(UUID.fromString("00000000-0000-0000-0000-00000000a106"),
				new PersonRecord("b1", "Nodira", "Yusupova", null, LocalDate.of(1993, 6, 1), null, Sex.F, List.of("UZB")),
				"27", null, null);
		var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
		try {
			assertThatThrownBy(() -> index.indexBatch(List.of(person))).as("nobody acting")
				.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
			assertThatThrownBy(index::rekeyStale).as("nobody acting")
				.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
			context.setAuthentication(user(Role.FOCAL_POINT));
			assertThatThrownBy(() -> index.indexBatch(List.of(person))).as("a province's officer")
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(index::rekeyStale).as("a province's officer").isInstanceOf(AccessDeniedException.class);
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
			assertThat(jdbc.sql("select count(*) from matching_person where id = :id").param("id", person.id())
				.query(Long.class).single()).isZero();

			SystemActor.run("test-import", Role.NRM_COORDINATOR, () -> index.indexBatch(List.of(person)));

			assertThat(jdbc.sql("select actor_kind || ' ' || actor_name || ' ' || actor_role from audit_entry"
					+ " where action = 'MATCHING_INDEX_WRITTEN' and entity_id = :id").param("id", person.id().toString())
				.query(String.class).list()).containsExactly("SYSTEM system:test-import NRM_COORDINATOR");
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
			jdbc.sql("delete from matching_person where id = :id").param("id", person.id()).update();
		}
	}

	@Test
	void aRecordThatCannotBeReadBackStopsNeitherTheReKeyingNorASearch() throws Exception {
		PersonMatcher matcher = PersonMatcher.standard();
		UUID damaged = UUID.fromString("00000000-0000-0000-0000-00000000d028");
		UUID sound = UUID.fromString("00000000-0000-0000-0000-00000000d029");
		PersonRecord record = new PersonRecord("d1", "Gulnora", "Rakhimova", null, LocalDate.of(1991, 3, 8), null, Sex.F,
				List.of("UZB"));
		List<Long> keys = matcher.blockingKeys(matcher.prepare(record)).stream().map(store::keyHash).distinct().toList();
		UUID organisation = organisation("Gaziantep İl Göç İdaresi Müdürlüğü");
		// the damaged one comes first in the re-keying's order; its bytes are another person's record
		store.upsert(new org.opennrm.matching.index.MatchingIndexStore.Row(damaged, "27", organisation, null,
				org.opennrm.matching.index.RecordCodec.encrypt(encryption, sound, record), PersonMatcher.KEY_SCHEME - 1), keys, ANY, ANY);
		store.upsert(new org.opennrm.matching.index.MatchingIndexStore.Row(sound, "27", organisation, null,
				org.opennrm.matching.index.RecordCodec.encrypt(encryption, sound, record), PersonMatcher.KEY_SCHEME - 1), keys, ANY, ANY);

		// a search that fetches both answers with the one it can read
		String query = """
				{"givenNames":"Gulnora","familyNames":"Rakhimova","birthDate":"1991-03-08","sex":"F"}""";
		ask("uzman.gaziantep", query).andExpect(status().isOk())
			.andExpect(jsonPath("$.candidates.length()").value(1))
			.andExpect(jsonPath("$.candidates[0].id").value(sound.toString()));

		java.util.concurrent.CompletableFuture.runAsync(rekeying::rekey).get();
		assertThat(index.staleCount()).isZero();
		assertThat(index.unreadableCount()).isEqualTo(1);
		assertThat(jdbc.sql("select key_scheme from matching_person where id = :id").param("id", sound)
			.query(Integer.class).single()).isEqualTo(PersonMatcher.KEY_SCHEME);
		assertThat(jdbc.sql("select key_scheme from matching_person where id = :id").param("id", damaged)
			.query(Integer.class).single()).isEqualTo(PersonMatcher.KEY_SCHEME - 1);

		// indexed again, it is readable and re-keyed like anyone
		store.upsert(new org.opennrm.matching.index.MatchingIndexStore.Row(damaged, "27", organisation, null,
				org.opennrm.matching.index.RecordCodec.encrypt(encryption, damaged, record), PersonMatcher.KEY_SCHEME), keys, ANY, ANY);
		assertThat(index.unreadableCount()).isZero();
		store.remove(damaged, ANY);
		store.remove(sound, ANY);
	}

	@Test
	void peopleReindexedAtTheSameTimeOverSharedBlocksKeepTheCountsRight() throws Exception {
		List<Long> pool = java.util.stream.LongStream.range(916_000_001L, 916_000_013L).boxed().toList();
		List<UUID> people = java.util.stream.IntStream.range(0, 6).mapToObj(i -> UUID.randomUUID()).toList();
		var pools = java.util.concurrent.Executors.newFixedThreadPool(3);
		try {
			List<java.util.concurrent.Future<?>> work = new java.util.ArrayList<>();
			for (int t = 0; t < 3; t++) {
				int thread = t;
				work.add(pools.submit(() -> {
					var random = new java.util.Random(thread);
					for (int round = 0; round < 40; round++) {
						UUID person = people.get(thread * 2 + round % 2);
						List<Long> keys = new java.util.ArrayList<>(pool);
						java.util.Collections.shuffle(keys, random);
						transactions.executeWithoutResult(status -> store.upsert(row(person, "27"), keys.subList(0, 5), ANY, ANY));
					}
				}));
			}
			for (var done : work) {
				done.get(60, java.util.concurrent.TimeUnit.SECONDS);
			}
		}
		finally {
			pools.shutdownNow();
		}
		assertThat(jdbc.sql("""
				select count(*) from matching_block b
				 where b.size <> (select count(*) from matching_key k where k.key_hash = b.key_hash)""")
			.query(Long.class).single()).isZero();
		assertThat(pool.stream().mapToInt(store::blockSize).sum()).isEqualTo(6 * 5);
	}

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Test
	void removingAPersonFromTheIndexIsAuditedAndNeedsTheRight() {
		UUID gone = UUID.fromString("00000000-0000-0000-0000-00000000e027");
		file(new IndexedPerson(gone, new PersonRecord("e1", "Leyla", "Nazari", null, null, 1999, Sex.F,
				List.of("AFG")), "27", null, null));
		var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
		var before = context.getAuthentication();
		try {
			context.setAuthentication(user(Role.FOCAL_POINT));
			assertThat(index.remove(gone)).isTrue();
			context.setAuthentication(user(Role.ANALYST));
			org.assertj.core.api.Assertions.assertThatThrownBy(() -> index.remove(gone))
				.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		}
		finally {
			context.setAuthentication(before);
		}
		assertThat(jdbc.sql("select actor_name || ' ' || entity_id from audit_entry where action = 'MATCHING_INDEX_REMOVED'"
				+ " order by seq desc limit 1").query(String.class).single()).isEqualTo("tester " + gone);
		assertThat(jdbc.sql("select count(*) from matching_key where person_id = :id").param("id", gone)
			.query(Long.class).single()).isZero();
	}

	@Test
	void aUserIndexesAndRemovesOnlyPeopleInTheirScopeAndFilesNoOneOutsideIt() {
		UUID istanbulDirectorate = organisation("İstanbul İl Göç İdaresi Müdürlüğü");
		UUID gaziantepDirectorate = organisation("Gaziantep İl Göç İdaresi Müdürlüğü");
		UUID mine = UUID.fromString("00000000-0000-0000-0000-00000000f027");
		UUID theirs = UUID.fromString("00000000-0000-0000-0000-00000000f034");
		UUID elsewhere = UUID.fromString("00000000-0000-0000-0000-00000000f134");
		PersonRecord leyla = new PersonRecord("f1", "Leyla", "Nazari", null, null, 1999, Sex.F, List.of("AFG"));
		file(new IndexedPerson(theirs, leyla, "34", istanbulDirectorate, null));
		String theirRow = "select province_code || ' ' || encode(sha256(record_enc), 'hex') from matching_person where id = :id";
		String before = jdbc.sql(theirRow).param("id", theirs).query(String.class).single();
		var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
		var signedIn = context.getAuthentication();
		try {
			// a focal point of Gaziantep files a person of Gaziantep, and changes them
			context.setAuthentication(user(Role.FOCAL_POINT));
			index.index(new IndexedPerson(mine, leyla, "27", gaziantepDirectorate, null));
			index.index(new IndexedPerson(mine, leyla, "27", gaziantepDirectorate, null));

			// but cannot overwrite, take over or remove a person of İstanbul, nor file one there
			org.assertj.core.api.Assertions.assertThatThrownBy(() -> transactions.executeWithoutResult(status ->
					index.index(new IndexedPerson(theirs, leyla, "27", gaziantepDirectorate, null))))
				.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
			org.assertj.core.api.Assertions.assertThatThrownBy(() -> transactions.executeWithoutResult(status ->
					index.index(new IndexedPerson(elsewhere, leyla, "34", istanbulDirectorate, null))))
				.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
			assertThat(index.remove(theirs)).isFalse();
			assertThat(jdbc.sql(theirRow).param("id", theirs).query(String.class).single()).isEqualTo(before);
			assertThat(jdbc.sql("select count(*) from matching_person where id = :id").param("id", elsewhere)
				.query(Long.class).single()).isZero();

			// a national coordinator moves the person to İstanbul, after which Gaziantep cannot remove them
			context.setAuthentication(user(Role.NRM_COORDINATOR, Scope.NATIONAL, null));
			index.index(new IndexedPerson(mine, leyla, "34", istanbulDirectorate, null));
			assertThat(jdbc.sql("select count(*) from matching_key where person_id = :id and province_code = '34'")
				.param("id", mine).query(Long.class).single()).isPositive();
			context.setAuthentication(user(Role.FOCAL_POINT));
			assertThat(index.remove(mine)).isFalse();
			context.setAuthentication(user(Role.NRM_COORDINATOR, Scope.NATIONAL, null));
			assertThat(index.remove(mine)).isTrue();
			assertThat(index.remove(theirs)).isTrue();
		}
		finally {
			context.setAuthentication(signedIn);
		}
	}

	private static org.springframework.security.core.Authentication user(Role role) {
		return user(role, Scope.PROVINCE, "27");
	}

	/** As an import would: a national system job. */
	private void file(IndexedPerson person) {
		SystemActor.run("test-import", Role.NRM_COORDINATOR, () -> index.index(person));
	}

	private static org.springframework.security.core.Authentication user(Role role, Scope scope, String province) {
		CurrentUser user = new CurrentUser(UUID.randomUUID(), "tester", "Tester", role, scope, null, province,
				CurrentUser.Kind.USER);
		return new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(user, null,
				user.authorities());
	}

	private static org.opennrm.matching.index.MatchingIndexStore.Row row(UUID id, String province) {
		return new org.opennrm.matching.index.MatchingIndexStore.Row(id, province, null, null, new byte[] { 1 }, PersonMatcher.KEY_SCHEME);
	}

	@Test
	void rolesWithoutMatchingRightsAreRefused() throws Exception {
		for (String user : List.of("admin", "polis.istanbul", "iom", "analist", "denetci", "onleme")) {
			ask(user, FATEMEH).andExpect(status().isForbidden());
		}
		// said as an API's refusal, not a page's
		ask("iom", FATEMEH).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Rolünüz bu isteğe "
				+ "izin vermiyor")));
	}

	@Test
	void badInputIsExplainedInTheCallersLanguage() throws Exception {
		jakarta.servlet.http.Cookie session = signIn("uzman.gaziantep");
		mvc.perform(post("/api/v1/matching/candidates").cookie(session, new jakarta.servlet.http.Cookie("opennrm-lang", "tr")).with(csrfToken())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"birthYear\":1994,\"citizenship\":[\"afghanistan\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors['']").value(org.hamcrest.Matchers.startsWith("En az bir ad girin")))
			.andExpect(jsonPath("$.errors.citizenship").value("Vatandaşlığı ülke listesindeki bir alfa-3 koduyla girin: bir "
					+ "ülkenin ISO 3166-1 kodu (SYR) ya da ICAO'nun vatansız bir kişi (XXA) veya bir mülteci (XXB, XXC) için kodu."));
		mvc.perform(post("/api/v1/matching/candidates").cookie(session).with(csrfToken())
				.contentType(MediaType.APPLICATION_JSON).content("{\"birthDate\":\"1994-13-45\",\"givenNames\":\"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.birthDate").value(org.hamcrest.Matchers.containsString("1990-02-30")));
		mvc.perform(post("/api/v1/matching/candidates").cookie(session, new jakarta.servlet.http.Cookie("opennrm-lang", "tr")).with(csrfToken())
				.contentType(MediaType.APPLICATION_JSON).content("{\"birthDate\":\"1373-05-12\",\"givenNames\":\"Zahra\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.birthDate").value(org.hamcrest.Matchers.containsString("Miladi takvimde 1900 ile bugün")));
		// a year to come, as a date to come, is no one's year of birth
		mvc.perform(post("/api/v1/matching/candidates").cookie(session).with(csrfToken())
				.contentType(MediaType.APPLICATION_JSON)
				.header("Accept-Language", "en")
				.content("{\"birthYear\":" + (java.time.Year.now().getValue() + 1) + ",\"givenNames\":\"Zahra\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.birthYear").value(org.hamcrest.Matchers.containsString("between 1900 and this year")));
	}

	@Test
	void aMissingCitizenshipOrTooManyAreExplainedAndABodyTooLongIsNotRead() throws Exception {
		jakarta.servlet.http.Cookie session = signIn("uzman.gaziantep");
		jakarta.servlet.http.Cookie turkish = new jakarta.servlet.http.Cookie("opennrm-lang", "tr");
		mvc.perform(post("/api/v1/matching/candidates").cookie(session, turkish).with(csrfToken())
				.contentType(MediaType.APPLICATION_JSON).content("{\"givenNames\":\"Zahra\",\"citizenship\":[null]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.citizenship").value("Listedeki bir vatandaşlık boş (null): her birini ülke listesindeki "
					+ "bir alfa-3 koduyla girin, örneğin [\"SYR\"] ya da vatansız bir kişi için [\"XXA\"], ya da listeyi hiç "
					+ "göndermeyin."));
		mvc.perform(post("/api/v1/matching/candidates").cookie(session, turkish).with(csrfToken())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"givenNames\":\"Zahra\",\"citizenship\":[\"AFG\",\"IRN\",\"TUR\",\"SYR\",\"IRQ\",\"PAK\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.citizenship").value("En fazla 5 değer girin."));
		// a name of 300,000 letters: refused before it is read (opennrm.api.max-request-size, 256 KB)
		mvc.perform(post("/api/v1/matching/candidates").cookie(session, turkish).with(csrfToken())
				.contentType(MediaType.APPLICATION_JSON).content("{\"givenNames\":\"" + "a".repeat(300_000) + "\"}"))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.title").value("İstek çok büyük"));
		// one just under the limit is read, and refused by the field's own limit
		mvc.perform(post("/api/v1/matching/candidates").cookie(session).with(csrfToken())
				.contentType(MediaType.APPLICATION_JSON).content("{\"givenNames\":\"" + "a".repeat(200_000) + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.givenNames").exists());
	}

	@Test
	void indexTablesHoldNoPlainNames() {
		List<String> names = List.of("Fatma", "fatma", "Hüseyni", "huseyni", "hsyn", "فاطمه", "حسینی", "Ahmet", "ahmet",
				"Karaca", "karaca");
		String dump = jdbc.sql("select string_agg(t::text, ' ') from matching_person t").query(String.class).single()
				+ jdbc.sql("select string_agg(t::text, ' ') from matching_key t").query(String.class).single();
		String bytes = jdbc.sql("select string_agg(encode(record_enc, 'escape'), ' ') from matching_person")
			.query(String.class).single();
		for (String name : names) {
			assertThat(dump).doesNotContainIgnoringCase(name);
			assertThat(bytes).doesNotContain(name);
			assertThat(new String(bytes.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8)).doesNotContain(name);
		}
	}

	@Test
	void queryPlanOfACandidateSearchHoldsNoNames() {
		String plan = String.join("\n", jdbc.sql("""
				explain (verbose) select k.person_id, count(*) from matching_key k
				 where k.key_hash = any(cast(:keys as bigint[])) and k.province_code = '27' group by k.person_id""")
			.param("keys", "{12345,67890}").query(String.class).list());
		assertThat(plan).contains("key_hash").doesNotContainIgnoringCase("fatma");
	}

	private ResultActions ask(String user, String body) throws Exception {
		return mvc.perform(post("/api/v1/matching/candidates").cookie(signIn(user)).with(csrfToken())
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	/** The session cookie of a real sign-in (sessions live in the database, not in the mock session). */
	private jakarta.servlet.http.Cookie signIn(String user) throws Exception {
		jakarta.servlet.http.Cookie cookie = mvc.perform(formLogin().user(user).password("demo-parola-2026")).andReturn()
			.getResponse().getCookie("SESSION");
		assertThat(cookie).as("session cookie of " + user).isNotNull();
		return cookie;
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor csrfToken() {
		return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
	}

}
