package org.opennrm.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The weights of years apart read from a file: raised where its people's years wander, kept where they do not. */
class YearGapsTests {

	static final List<String> GIVEN = List.of("Aziz", "Bahrom", "Dilshod", "Farhod", "Gulnora", "Hamid", "Ikrom",
			"Jamshid", "Kamola", "Lola", "Mahmud", "Nodira", "Otabek", "Parvina", "Rustam", "Sardor", "Timur", "Umid",
			"Vali", "Zafar");

	static final List<String> FAMILY = List.of("Abdullayev", "Boboyev", "Chariyev", "Davletov", "Ergashev", "Fayziyev",
			"Gafurov", "Hakimov", "Ismoilov", "Jurayev", "Karimov", "Latipov", "Mirzayev", "Nazarov", "Olimov",
			"Pulatov", "Qodirov", "Rahimov", "Sobirov", "Toshev");

	private final PersonMatcher matcher = PersonMatcher.standard();

	/** Each of {@code people} written twice with one full name and a year alone, {@code apart(i)} years apart. */
	private PreparedPerson[] register(int people, java.util.function.IntUnaryOperator apart) {
		List<PreparedPerson> records = new ArrayList<>();
		for (int i = 0; i < people; i++) {
			String given = GIVEN.get(i % GIVEN.size());
			String family = FAMILY.get(i / GIVEN.size() % FAMILY.size());
			int year = 1960 + i % 45;
			records.add(matcher.prepare(new PersonRecord("a" + i, given, family, null, null, year, null, List.of())));
			records.add(matcher.prepare(new PersonRecord("b" + i, given, family, null, null, year + apart.applyAsInt(i),
					null, List.of())));
		}
		return records.toArray(PreparedPerson[]::new);
	}

	@Test
	void aFileWhoseYearsComeFromAgesToldAgainWeighsTwoAndThreeYearsApartLess() {
		// a quarter of the people two years apart, one in eight three, as an age told at each registration gives
		YearGaps gaps = YearGaps.estimate(register(400, i -> i % 8 < 2 ? 2 : i % 8 == 2 ? 3 : i % 8 == 3 ? 1 : 0));
		assertThat(gaps.read()).isTrue();
		assertThat(gaps.pairs()).isEqualTo(400);
		assertThat(gaps.twoYears()).isGreaterThan(YearGaps.FITTED_TWO + YearGaps.SMALLEST_RAISE).isLessThanOrEqualTo(0);
		assertThat(gaps.threeYears()).isGreaterThan(YearGaps.FITTED_MORE).isLessThanOrEqualTo(gaps.twoYears());
	}

	@Test
	void aFileWhosePeopleKeepTheirYearKeepsTheFittedWeights() {
		YearGaps gaps = YearGaps.estimate(register(400, i -> i % 10 == 0 ? 1 : 0));
		assertThat(gaps.read()).isFalse();
		assertThat(gaps.twoYears()).isEqualTo(YearGaps.FITTED_TWO);
		assertThat(gaps.threeYears()).isEqualTo(YearGaps.FITTED_MORE);
		// and a file too small to tell keeps them too, whatever its years
		assertThat(YearGaps.estimate(register(150, i -> 2)).read()).isFalse();
	}

	@Test
	void twoPeopleOfOneNameFarApartAreTakenOutAndDoNotRaiseTheWeights() {
		// one person in two has a namesake decades away: no gap of two or three within a person
		YearGaps gaps = YearGaps.estimate(register(400, i -> i % 2 == 0 ? 0 : 25 + i % 15));
		assertThat(gaps.sharedByTwoPeople()).isGreaterThan(0.3);
		assertThat(gaps.read()).isFalse();
	}

	@Test
	void theMatcherWeighsASoftYearAsTheFileShowsAndAPapersDateAsFitted() {
		YearGaps gaps = YearGaps.estimate(register(400, i -> i % 4 == 0 ? 2 : 0));
		PersonMatcher reading = matcher.withYearGaps(gaps);
		PreparedPerson year = matcher.prepare(new PersonRecord("x", "Lola", "Karimova", null, null, 1990, Sex.F, List.of()));
		PreparedPerson twoLater = matcher.prepare(new PersonRecord("y", "Lola", "Karimova", null, null, 1992, Sex.F,
				List.of()));
		assertThat(reading.evidenceBits(year, twoLater) - matcher.evidenceBits(year, twoLater))
			.isCloseTo(gaps.twoYears() - YearGaps.FITTED_TWO, org.assertj.core.data.Offset.offset(1e-9));
		// 1 January is as soft as a year alone
		PreparedPerson january = matcher.prepare(new PersonRecord("z", "Lola", "Karimova", null, LocalDate.of(1992, 1, 1),
				null, Sex.F, List.of()));
		PreparedPerson papers = matcher.prepare(new PersonRecord("p", "Lola", "Karimova", null, LocalDate.of(1990, 6, 14),
				null, Sex.F, List.of()));
		assertThat(reading.evidenceBits(papers, january)).isGreaterThan(matcher.evidenceBits(papers, january));
		// two dates read from papers two years apart: as fitted
		PreparedPerson otherPapers = matcher.prepare(new PersonRecord("q", "Lola", "Karimova", null,
				LocalDate.of(1992, 3, 2), null, Sex.F, List.of()));
		assertThat(reading.evidenceBits(papers, otherPapers)).isEqualTo(matcher.evidenceBits(papers, otherPapers));
	}

}
