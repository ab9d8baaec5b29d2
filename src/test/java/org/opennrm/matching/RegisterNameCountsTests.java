package org.opennrm.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import org.opennrm.IntegrationTest;
import org.opennrm.identity.CurrentUser;
import org.opennrm.identity.Role;
import org.opennrm.identity.Scope;
import org.opennrm.identity.SystemActor;
import org.opennrm.matching.index.MatchingIndexStore;

/** The register's own name counts in the candidate search: common names weigh less once counted. */
@IntegrationTest
class RegisterNameCountsTests {

	/** No scope: the store used directly. */
	static final org.opennrm.identity.ScopeFilter ANY = new org.opennrm.identity.ScopeFilter("true", java.util.Map.of());

	private static final String PROVINCE = "81";

	@Autowired
	PersonIndex index;

	@Autowired
	RegisterNameCounts counts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MatchingIndexStore store;

	@Test
	void aNameCarriedByManyPeopleOfTheRegisterNoLongerMatchesEveryOneOfThemOnceCounted() throws Exception {
		List<IndexedPerson> people = new ArrayList<>();
		// forty women named Natalya Smirnova, one born in each year from 1970 to 2009
		UUID natalya1990 = null;
		for (int year = 1970; year < 2010; year++) {
			UUID id = person(people, "Natalya", "Smirnova", LocalDate.of(year, 2, 3).plusDays(year % 20), Sex.F, "RUS");
			natalya1990 = year == 1990 ? id : natalya1990;
		}
		UUID aizhan = person(people, "Aizhan", "Temirbekova", LocalDate.of(1986, 9, 14), Sex.F, "KAZ");
		// and a thousand others, of fifty given and fifty family names
		Random random = new Random(81);
		for (int i = 0; i < 1_000; i++) {
			people.add(person("Given" + letters(random.nextInt(50)), "Family" + letters(random.nextInt(50)),
					LocalDate.of(1960 + random.nextInt(45), 1 + random.nextInt(12), 1 + random.nextInt(28)),
					random.nextBoolean() ? Sex.F : Sex.M, "TUR"));
		}
		PersonRecord natalya = new PersonRecord("q1", "Natalya", "Smirnova", null, null, 1990, Sex.F, List.of("RUS"));
		PersonRecord aizhanAgain = new PersonRecord("q2", "Aizhan", "Temirbekova", null, null, 1986, Sex.F, List.of());
		try {
			SystemActor.run("test-import", Role.NRM_COORDINATOR, () -> index.indexBatch(people));
			// and one record that cannot be read (its bytes damaged): left out, the rest counted
			store.upsert(new MatchingIndexStore.Row(UUID.randomUUID(), PROVINCE, null, null, new byte[] { 1 },
					PersonMatcher.KEY_SCHEME), List.of(917_000_001L), ANY, ANY);
			List<Candidate> before = search(natalya, 50);
			// the defaults take Natalya and Smirnova for rare names: those born from 1988 to 1992 MATCH (with the prior
			// of a register of 10,000 people at least, PersonIndex.SMALLEST_PRIOR_REGISTER; with this one's own size,
			// every one of the forty was a candidate)
			assertThat(before).hasSizeGreaterThanOrEqualTo(5);
			assertThat(matches(before)).isGreaterThanOrEqualTo(3);

			long counted = CompletableFuture.supplyAsync(this::recount).get();

			assertThat(counted).isGreaterThanOrEqualTo(people.size());
			assertThat(counts.countedPeople()).isEqualTo(counted);
			List<Candidate> after = search(natalya, 50);
			// those born in 1990 and the years around it remain, each weighing less; the others drop out
			assertThat(after).hasSizeLessThanOrEqualTo(5);
			assertThat(matches(after)).isLessThan(matches(before));
			assertThat(after.get(0).personId()).isEqualTo(natalya1990);
			java.util.Map<UUID, Double> scoredBefore = before.stream()
				.collect(java.util.stream.Collectors.toMap(Candidate::personId, Candidate::score));
			assertThat(after).allMatch(c -> c.score() < scoredBefore.get(c.personId()));
			assertThat(after.get(0).explanation().render(java.util.Locale.ENGLISH)).contains("common name");
			// a rare name still finds its person
			List<Candidate> rare = search(aizhanAgain, 5);
			assertThat(rare.get(0).personId()).isEqualTo(aizhan);
			assertThat(rare.get(0).decision()).isEqualTo(MatchDecision.MATCH);
			assertThat(jdbc.sql("select actor_kind || ' ' || actor_name || ' ' || purpose from audit_entry"
					+ " where action = 'MATCHING_NAMES_COUNTED' order by seq desc limit 1").query(String.class).single())
				.isEqualTo("SYSTEM system:matching-name-count names of " + counted
						+ " people counted, so that common names weigh less");
		}
		finally {
			jdbc.sql("delete from matching_person where province_code = :p").param("p", PROVINCE).update();
		}
		// a register of fewer than five hundred people keeps the defaults
		CompletableFuture.supplyAsync(this::recount).get();
		assertThat(SystemActor.call("test-search", Role.NRM_COORDINATOR, counts::current))
			.isSameAs(NameFrequencies.DEFAULT);
	}

	@Test
	void theNamesAreCountedOnlyByANationalJob() {
		assertThatThrownBy(counts::recount).as("nobody acting")
				.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
		assertThatThrownBy(() -> SystemActor.call("test-analysis", Role.ANALYST, counts::recount))
			.as("a role that cannot read victim data").isInstanceOf(AccessDeniedException.class);
		var context = SecurityContextHolder.getContext();
		CurrentUser provincial = new CurrentUser(UUID.randomUUID(), "uzman", "Uzman", Role.FOCAL_POINT, Scope.PROVINCE,
				null, "27", CurrentUser.Kind.USER);
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(provincial, null,
				provincial.authorities()));
		try {
			assertThatThrownBy(counts::recount).as("a province's officer").isInstanceOf(AccessDeniedException.class);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void theCountsAreReadOnlyBySearches() {
		assertThatThrownBy(counts::current).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
		assertThatThrownBy(() -> SystemActor.call("test-analysis", Role.ANALYST, counts::current))
			.isInstanceOf(AccessDeniedException.class);
	}

	private long recount() {
		return SystemActor.call(RegisterNameCounting.JOB, Role.INDEX_UPKEEP, counts::recount);
	}

	private List<Candidate> search(PersonRecord query, int limit) {
		return SystemActor.call("test-search", Role.NRM_COORDINATOR, () -> index.candidates(query, null, limit, null));
	}

	private static long matches(List<Candidate> candidates) {
		return candidates.stream().filter(c -> c.decision() == MatchDecision.MATCH).count();
	}

	/** A two-letter suffix that keeps the fifty names apart: "ba", "bd", … */
	private static String letters(int i) {
		return "" + "bdfgklmnprstvz".charAt(i % 14) + "aeiou".charAt(i / 14 % 5) + "bdfgklmnprstvz".charAt(i * 3 % 14);
	}

	private static UUID person(List<IndexedPerson> people, String given, String family, LocalDate born, Sex sex,
			String citizenship) {
		IndexedPerson person = person(given, family, born, sex, citizenship);
		people.add(person);
		return person.id();
	}

	private static IndexedPerson person(String given, String family, LocalDate born, Sex sex, String citizenship) {
		UUID id = UUID.randomUUID();
		return new IndexedPerson(id, new PersonRecord(id.toString(), given, family, null, born, null, sex,
				List.of(citizenship)), PROVINCE, null, null);
	}

}
