package org.opennrm.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.opennrm.matching.internal.Calendars;

class ScoringTests {

	private final PersonMatcher matcher = PersonMatcher.standard();

	private MatchResult compare(PersonRecord a, PersonRecord b) {
		return matcher.compare(matcher.prepare(a), matcher.prepare(b));
	}

	/** Name frequencies counted on a file, as the bulk command counts them. */
	private NameFrequencies counted(List<PersonRecord> file) {
		NameFrequencies.Counter counter = NameFrequencies.counter();
		file.forEach(r -> counter.add(matcher.prepare(r)));
		return counter.build();
	}

	/** Thirty records of each given person (names, sex, citizenship), one a year from 1950. */
	private static List<PersonRecord> thirtyEach(String... givenFamilySexCitizenship) {
		List<PersonRecord> file = new java.util.ArrayList<>();
		for (int i = 0; i < 30; i++) {
			for (int k = 0; k < givenFamilySexCitizenship.length; k += 4) {
				file.add(p(givenFamilySexCitizenship[k], givenFamilySexCitizenship[k + 1], null, 1950 + i,
						Sex.valueOf(givenFamilySexCitizenship[k + 2]), givenFamilySexCitizenship[k + 3]));
			}
		}
		return file;
	}

	private static PersonRecord p(String given, String family, LocalDate date, Integer year, Sex sex, String citizenship) {
		return new PersonRecord("x", given, family, null, date, year, sex,
				citizenship == null ? List.of() : List.of(citizenship));
	}

	/**
	 * The weights are fitted on the evidence part by part (WeightFitBenchmark): the parts, weighed by their factors,
	 * must add up to what the score counts, whichever way the names were aligned.
	 */
	@Test
	void theEvidencePartByPartAddsUpToTheScoresEvidence() {
		PersonRecord[][] pairs = {
				{ p("Fatma", "Hüseyni", LocalDate.of(1994, 3, 12), null, Sex.F, "AFG"),
						p("Fatemeh", "Hosseini", null, 1994, Sex.F, "AFG") },
				{ p("Ahmad Karim", "Rahimi", null, 1988, Sex.M, "AFG"), p("Rahimi", "Ahmad", null, 1988, Sex.M, null) },
				{ p("Mohammed", "Abgas", null, 1979, Sex.M, "SYR"), p("Muhammed Ali", "Abbas", null, 1980, Sex.M, "IRQ") },
				{ p("Gulnora", "Tashkentova", null, 2001, Sex.F, "UZB"), p("Gul Nora", "Toshkentova", null, 2001, Sex.M, "UZB") },
				{ p("Olga", "Petrova", null, null, null, null), p("Natalya", "Smirnova", null, null, null, null) },
				{ p(null, null, null, 1990, null, null), p("Ali", "Hasan", null, 1990, null, null) } };
		for (PersonRecord[] pair : pairs) {
			PreparedPerson a = matcher.prepare(pair[0]);
			PreparedPerson b = matcher.prepare(pair[1]);
			PersonMatcher.Evidence e = matcher.evidence(a, b);
			assertThat(e.names().bits() + e.birthDate() + e.sex() + e.citizenship())
				.as("%s / %s", pair[0], pair[1])
				.isCloseTo(matcher.evidenceBits(a, b), org.assertj.core.api.Assertions.within(1e-9));
		}
		PersonMatcher.Evidence swapped = matcher.evidence(matcher.prepare(pairs[1][0]), matcher.prepare(pairs[1][1]));
		assertThat(swapped.names().swapped()).isTrue();
		assertThat(swapped.names().extra()).isEqualTo(1);
		PersonMatcher.Evidence differ = matcher.evidence(matcher.prepare(pairs[4][0]), matcher.prepare(pairs[4][1]));
		assertThat(differ.names().unmatched().count()).isEqualTo(2);
		assertThat(differ.names().bits()).isEqualTo(2 * NameComparison.UNMATCHED);
	}

	@Test
	void aNameWrittenAsUnknownIsNoName() {
		LocalDate day = LocalDate.of(1990, 5, 4);
		// "unknown" against a family name is a family name missing, not one that differs
		MatchResult unknown = compare(p("Mohammad", "BİLİNMİYOR", day, null, Sex.M, "AFG"),
				p("Mohammad", "Rahimi", day, null, Sex.M, "AFG"));
		MatchResult missing = compare(p("Mohammad", null, day, null, Sex.M, "AFG"),
				p("Mohammad", "Rahimi", day, null, Sex.M, "AFG"));
		assertThat(unknown.score()).isEqualTo(missing.score());
		assertThat(unknown.explanation().render(Locale.ENGLISH)).doesNotContain("family name differs");
		// two records "unknown" in one field do not agree on a name
		MatchResult bothUnknown = compare(p("Ali", "UNKNOWN", null, 1990, Sex.M, "IRQ"),
				p("Hasan", "Неизвестно", null, 1990, Sex.M, "IRQ"));
		assertThat(bothUnknown.decision()).isEqualTo(MatchDecision.NO_MATCH);
		assertThat(compare(p("Ali", "UNKNOWN", null, 1990, Sex.M, "IRQ"), p("Hasan", "FNU", null, 1990, Sex.M, "IRQ"))
			.score()).isEqualTo(compare(p("Ali", null, null, 1990, Sex.M, "IRQ"), p("Hasan", null, null, 1990, Sex.M, "IRQ"))
				.score());
	}

	@Test
	void theFirstOfJanuary1900IsNoBirthDateAndAFieldOfOnlyXNoName() {
		LocalDate placeholder = LocalDate.of(1900, 1, 1);
		MatchResult withPlaceholder = compare(p("Gulnara", "Sadykova", placeholder, null, Sex.F, "KGZ"),
				p("Gulnara", "Sadykova", LocalDate.of(1996, 4, 2), null, Sex.F, "KGZ"));
		MatchResult withoutDate = compare(p("Gulnara", "Sadykova", null, null, Sex.F, "KGZ"),
				p("Gulnara", "Sadykova", LocalDate.of(1996, 4, 2), null, Sex.F, "KGZ"));
		assertThat(withPlaceholder.score()).isEqualTo(withoutDate.score());
		assertThat(compare(p("Gulnara", "Sadykova", null, 1900, Sex.F, "KGZ"),
				p("Gulnara", "Sadykova", null, 1996, Sex.F, "KGZ")).score()).isEqualTo(withoutDate.score());
		assertThat(compare(p("Gulnara", "X", null, 1996, Sex.F, "KGZ"), p("Gulnara", "Sadykova", null, 1996, Sex.F, "KGZ"))
			.score()).isEqualTo(compare(p("Gulnara", null, null, 1996, Sex.F, "KGZ"),
					p("Gulnara", "Sadykova", null, 1996, Sex.F, "KGZ")).score());
	}

	@Test
	void twoNamesEachWrittenByManyRecordsThatAgreeWithNothingAreTwoPeople() {
		// two sisters born on one day (twins) with the file's common names, and one of them with a name mistyped past
		// recognition: written so by one record, it may be a slip
		List<PersonRecord> file = thirtyEach("Sevinj", "Turalova", "F", "AZE", "Nigar", "Turalova", "F", "AZE", "Aysel",
				"Mammadova", "F", "AZE");
		PersonRecord sevinj = p("Sevinj", "Turalova", LocalDate.of(2000, 10, 25), null, Sex.F, "AZE");
		PersonRecord nigar = p("Nigar", "Turalova", LocalDate.of(2000, 10, 25), null, Sex.F, "AZE");
		PersonRecord mistyped = p("Sdvnij", "Turalova", LocalDate.of(2000, 10, 25), null, Sex.F, "AZE");
		file.add(mistyped);
		PersonMatcher counted = matcher.withFrequencies(counted(file)).withPopulation(file.size());
		PersonMatcher.Evidence twins = counted.evidence(counted.prepare(sevinj), counted.prepare(nigar));
		PersonMatcher.Evidence slip = counted.evidence(counted.prepare(mistyped), counted.prepare(nigar));
		assertThat(twins.names().unmatched()).isEqualTo(new NameComparison.Unmatched(1, 1, 0));
		assertThat(slip.names().unmatched()).isEqualTo(new NameComparison.Unmatched(1, 0, 1));
		assertThat(twins.names().bits() - slip.names().bits())
			.isEqualTo(NameComparison.UNMATCHED_COMMON - NameComparison.UNMATCHED_RARE);
		assertThat(counted.evidenceBits(counted.prepare(sevinj), counted.prepare(nigar)))
			.isLessThan(counted.evidenceBits(counted.prepare(mistyped), counted.prepare(nigar)));
		// without counted spellings (the register-wide index) the two kinds cannot be told: one weight for both
		PersonMatcher.Evidence untold = matcher.evidence(matcher.prepare(sevinj), matcher.prepare(nigar));
		assertThat(untold.names().unmatched()).isEqualTo(new NameComparison.Unmatched(1, 0, 0));
	}

	@Test
	void aFatherIsNotHisSonWhoseNameChainCarriesHisName() {
		// Hussein, son of Ahmad, of the Halabi family; his father Ahmad Halabi; Hussein registered without his father's name
		PersonRecord son = p("Hussein Ahmad", "Halabi", null, 1997, Sex.M, "SYR");
		PersonRecord father = p("Ahmad", "Halabi", null, 1997, Sex.M, "SYR");
		PersonRecord sonAgain = p("Hussein", "Halabi", null, 1997, Sex.M, "SYR");
		PersonMatcher.Evidence toFather = matcher.evidence(matcher.prepare(son), matcher.prepare(father));
		PersonMatcher.Evidence toSon = matcher.evidence(matcher.prepare(son), matcher.prepare(sonAgain));
		assertThat(toFather.names().ownNameLeft()).isTrue();
		assertThat(toSon.names().ownNameLeft()).isFalse();
		assertThat(toFather.names().bits()).isLessThan(toSon.names().bits() - 5);
		assertThat(compare(son, father).explanation().codes()).contains("givenFirstLeft");
		// an apostrophe of the message is written as it is (the messages are MessageFormat patterns)
		assertThat(compare(son, father).explanation().render(Locale.ENGLISH)).contains("(a father's name?)");
		assertThat(compare(son, sonAgain).explanation().codes()).doesNotContain("givenFirstLeft");
	}

	@Test
	void aNameOneRecordLacksIsSaidEvenWhenTheNamesBothHaveAreIdentical() {
		PersonRecord twoFamilyNames = p("Ayşe", "Demir Kaya", null, 1990, Sex.F, "TUR");
		PersonRecord one = p("Ayşe", "Demir", null, 1990, Sex.F, "TUR");
		var explanation = compare(twoFamilyNames, one).explanation();
		assertThat(explanation.codes()).contains("familySame", "namesExtra");
		assertThat(explanation.render(Locale.ENGLISH)).contains("one record has a name the other lacks");
		assertThat(explanation.render(Locale.forLanguageTag("tr"))).contains("kayıtlardan birinde ötekinde olmayan bir isim var");
		assertThat(compare(one, p("Ayşe", "Demir", null, 1990, Sex.F, "TUR")).explanation().codes()).doesNotContain("namesExtra");
		assertThat(compare(p("Gulnora", "Rakhimova", null, 1990, Sex.F, "UZB"), p("Gulnora", null, null, 1990, Sex.F, "UZB"))
			.explanation().codes()).contains("namesExtra");
	}

	@Test
	void aTitleBeforeTheNamesIsNotAnOwnNameLeftOut() {
		// Seyed (a descendant of the Prophet) and Haji are written by one agency and left out by another
		PersonRecord withTitle = p("Seyed Ali", "Mousavi", null, 1990, Sex.M, "AFG");
		PersonRecord without = p("Ali", "Mousavi", null, 1990, Sex.M, "AFG");
		assertThat(matcher.evidence(matcher.prepare(withTitle), matcher.prepare(without)).names().ownNameLeft()).isFalse();
		assertThat(compare(withTitle, without).explanation().codes()).doesNotContain("givenFirstLeft");
		assertThat(compare(p("Haji Mohammad", "Karimi", null, 1975, Sex.M, "AFG"),
				p("Mohammad", "Karimi", null, 1975, Sex.M, "AFG")).explanation().codes()).doesNotContain("givenFirstLeft");
		// the women's forms, the Turkish spelling and the Bangladeshi "Mst" (Mosammat) are titles too
		for (String title : List.of("Seyyide", "Sayeda", "Seyedeh", "Seyit", "MST", "Mosammat")) {
			assertThat(compare(p(title + " Nur", "Ahmad", null, 2001, Sex.F, "BGD"), p("Nur", "Ahmad", null, 2001, Sex.F, "BGD"))
				.explanation().codes()).as(title).doesNotContain("givenFirstLeft");
		}
		// a name in that place is still the person's own: Hussein, son of Ali, is not Ali
		assertThat(compare(p("Hussein Ali", "Mousavi", null, 1990, Sex.M, "AFG"), without).explanation().codes())
			.contains("givenFirstLeft");
	}

	@Test
	void sameRareNameAndDateIsAMatch() {
		MatchResult result = compare(p("Gulchehra", "Ergasheva", LocalDate.of(1997, 1, 23), null, Sex.F, "UZB"),
				p("Гулчехра", "Эргашева", LocalDate.of(1997, 1, 23), null, Sex.F, "UZB"));
		assertThat(result.decision()).isEqualTo(MatchDecision.MATCH);
		assertThat(result.explanation().codes()).contains("birthSame");
	}

	@Test
	void dateRules() {
		var base = p("Rashad", "Aliyev", LocalDate.of(1990, 3, 12), null, Sex.M, "AZE");
		assertThat(compare(base, p("Rashad", "Aliyev", LocalDate.of(1990, 12, 3), null, Sex.M, "AZE")).explanation().codes())
			.contains("birthDayMonthSwapped");
		assertThat(compare(base, p("Rashad", "Aliyev", null, 1990, Sex.M, "AZE")).explanation().codes())
			.contains("birthSameYear");
		assertThat(compare(base, p("Rashad", "Aliyev", null, 1991, Sex.M, "AZE")).explanation().codes())
			.contains("birthYearOffByOne");
		assertThat(compare(base, p("Rashad", "Aliyev", null, null, Sex.M, "AZE")).explanation().codes())
			.contains("birthMissing");
		// a year typed with two digits swapped, the day and month the same: a slip, not another person
		MatchResult swapped = compare(base, p("Rashad", "Aliyev", LocalDate.of(1909, 3, 12), null, Sex.M, "AZE"));
		assertThat(swapped.explanation().codes()).contains("birthYearDigitsSwapped");
		assertThat(swapped.explanation().render(Locale.forLanguageTag("tr"))).contains("iki rakamı yer değiştirmiş");
		assertThat(swapped.score())
			.isGreaterThan(compare(base, p("Rashad", "Aliyev", LocalDate.of(1909, 4, 12), null, Sex.M, "AZE")).score());
		assertThat(compare(p("Rashad", "Aliyev", null, 1987, Sex.M, "AZE"), p("Rashad", "Aliyev", null, 1978, Sex.M, "AZE"))
			.explanation().codes()).contains("birthYearDigitsSwapped");
		assertThat(FieldEvidence.digitsSwapped(2010, 2001)).isTrue();
		assertThat(FieldEvidence.digitsSwapped(1987, 1987)).isFalse();
		assertThat(FieldEvidence.digitsSwapped(1987, 1979)).isFalse();
		assertThat(FieldEvidence.digitsSwapped(1000, 100)).isFalse(); // "1000" and "0100": not as many digits
		// every pair of years, as the written digits tell
		List<String> disagreeing = new ArrayList<>();
		for (int a = 0; a <= 2100; a += a < 1800 ? 7 : 1) {
			for (int b = 0; b <= 2100; b += b < 1800 ? 7 : 1) {
				if (FieldEvidence.digitsSwapped(a, b) != writtenSwapped(a, b)) {
					disagreeing.add(a + "/" + b);
				}
			}
		}
		assertThat(disagreeing).isEmpty();
		double same = compare(base, p("Rashad", "Aliyev", LocalDate.of(1990, 3, 12), null, Sex.M, "AZE")).score();
		double far = compare(base, p("Rashad", "Aliyev", LocalDate.of(1975, 7, 1), null, Sex.M, "AZE")).score();
		assertThat(same).isGreaterThan(far);
	}

	@Test
	void aDayMistypedIsLikelierThanAnotherMonthAndTheFirstOfJanuaryMayStandForAnUnknownDay() {
		var base = p("Rashad", "Aliyev", LocalDate.of(1990, 3, 12), null, Sex.M, "AZE");
		MatchResult otherDay = compare(base, p("Rashad", "Aliyev", LocalDate.of(1990, 3, 21), null, Sex.M, "AZE"));
		MatchResult otherMonth = compare(base, p("Rashad", "Aliyev", LocalDate.of(1990, 8, 21), null, Sex.M, "AZE"));
		MatchResult yearOnly = compare(base, p("Rashad", "Aliyev", null, 1990, Sex.M, "AZE"));
		assertThat(otherDay.explanation().codes()).contains("birthSameMonth");
		assertThat(otherMonth.explanation().codes()).contains("birthSameYearOnly");
		assertThat(otherDay.score()).isGreaterThan(otherMonth.score());
		assertThat(yearOnly.score()).isGreaterThan(otherDay.score());

		// 1 January against another day of the same year: the year agrees, the day says nothing
		MatchResult placeholder = compare(base, p("Rashad", "Aliyev", LocalDate.of(1990, 1, 1), null, Sex.M, "AZE"));
		assertThat(placeholder.explanation().codes()).contains("birthSameYear");
		assertThat(placeholder.score()).isGreaterThan(otherMonth.score());
		// its year counts, less than a year written alone (1 January may also be the person's official date)
		MatchResult noDate = compare(base, p("Rashad", "Aliyev", null, null, Sex.M, "AZE"));
		assertThat(placeholder.score()).isGreaterThan(noDate.score()).isLessThan(yearOnly.score());
		// a year off by one besides (worked out from an age): no disagreement, unlike another day of that year
		MatchResult placeholderYearOff = compare(base, p("Rashad", "Aliyev", LocalDate.of(1991, 1, 1), null, Sex.M, "AZE"));
		assertThat(placeholderYearOff.explanation().codes()).contains("birthYearOffByOne");
		assertThat(placeholderYearOff.score())
			.isGreaterThan(compare(base, p("Rashad", "Aliyev", LocalDate.of(1991, 5, 20), null, Sex.M, "AZE")).score());
		// two records on 1 January agree less than two on another shared day
		var january = p("Rashad", "Aliyev", LocalDate.of(1990, 1, 1), null, Sex.M, "AZE");
		MatchResult bothJanuary = compare(january, p("Rashad", "Aliyev", LocalDate.of(1990, 1, 1), null, Sex.M, "AZE"));
		assertThat(bothJanuary.explanation().codes()).contains("birthSameFirstJanuary");
		assertThat(bothJanuary.score()).isLessThan(compare(base, base).score());
		assertThat(bothJanuary.explanation().render(Locale.ENGLISH)).contains("1 January");
		assertThat(bothJanuary.explanation().render(Locale.forLanguageTag("tr"))).contains("1 Ocak");
	}

	@Test
	void aLongNameOneKeystrokeAwayWeighsMoreThanALooserSimilarity() {
		// a letter changed, dropped, added, two neighbours swapped: in names of six letters or more
		assertThat(NameLevels.oneSlipApart("tsiklauri", "tsiklaudi")).isTrue();
		assertThat(NameLevels.oneSlipApart("mirzayeva", "mirzyeva")).isTrue();
		assertThat(NameLevels.oneSlipApart("karimova", "kariimova")).isTrue();
		assertThat(NameLevels.oneSlipApart("mirzayeva", "mirzaeyva")).isTrue();
		// not: short names, two slips, a swap of letters far apart
		assertThat(NameLevels.oneSlipApart("ahmet", "ahmed")).isFalse();
		assertThat(NameLevels.oneSlipApart("tsiklauri", "tsiklaudo")).isFalse();
		assertThat(NameLevels.oneSlipApart("mirzayeva", "mirzayave")).isFalse();
		assertThat(NameLevels.oneSlipApart("mirzayeva", "airzayevm")).isFalse();

		var natia = p("Natia", "Tsiklauri", null, 2004, Sex.F, "GEO");
		double slip = compare(natia, p("Natia", "Tsiklaudi", null, 2004, Sex.F, "GEO")).score();
		double looser = compare(natia, p("Natia", "Tsiklaurishvili", null, 2004, Sex.F, "GEO")).score();
		assertThat(compare(natia, p("Natia", "Tsiklaudi", null, 2004, Sex.F, "GEO")).explanation().codes())
			.contains("familySimilar");
		assertThat(slip).isGreaterThan(looser);
	}

	@Test
	void missingFieldsNeitherHelpNorHurtLikeDisagreement() {
		var full = p("Ayna", "Durdyyeva", null, 1998, Sex.F, "TKM");
		double withSex = compare(full, p("Ayna", "Durdyyeva", null, 1998, Sex.F, "TKM")).score();
		double missingSex = compare(full, p("Ayna", "Durdyyeva", null, 1998, null, "TKM")).score();
		double otherSex = compare(full, p("Ayna", "Durdyyeva", null, 1998, Sex.M, "TKM")).score();
		// "Ayna" already says "a woman": the same sex adds nothing to the names, another sex takes much away
		assertThat(withSex).isEqualTo(missingSex);
		assertThat(missingSex).isGreaterThan(otherSex);
		double missingCitizenship = compare(full, p("Ayna", "Durdyyeva", null, 1998, Sex.F, null)).score();
		double otherCitizenship = compare(full, p("Ayna", "Durdyyeva", null, 1998, Sex.F, "RUS")).score();
		assertThat(missingCitizenship).isGreaterThan(otherCitizenship);
	}

	/**
	 * ICAO's codes of a status, not a country: two stateless records agree as two Syrians do; a stateless or refugee
	 * record against a country's, or against another status, counts as a citizenship missing (one person is often
	 * registered as XXA by one agency and SYR by another); "nationality unspecified" (XXX) is no citizenship at all.
	 */
	@Test
	void aStatelessPersonsOrARefugeesCodeAgainstACountrysIsNoDisagreement() {
		PersonRecord stateless = p("Rojda", "Xelil", null, 1996, Sex.F, "XXA");
		double missing = compare(stateless, p("Rojda", "Xelil", null, 1996, Sex.F, null)).score();
		double otherCountry = compare(p("Rojda", "Xelil", null, 1996, Sex.F, "IRQ"),
				p("Rojda", "Xelil", null, 1996, Sex.F, "SYR")).score();

		MatchResult bothStateless = compare(stateless, p("Rojda", "Xelil", null, 1996, Sex.F, "xxa"));
		assertThat(bothStateless.explanation().codes()).contains("citizenshipSame");
		assertThat(bothStateless.score()).isEqualTo(compare(p("Rojda", "Xelil", null, 1996, Sex.F, "SYR"),
				p("Rojda", "Xelil", null, 1996, Sex.F, "SYR")).score()).isGreaterThan(missing);

		for (String other : List.of("SYR", "XXB", "XXC")) {
			MatchResult result = compare(stateless, p("Rojda", "Xelil", null, 1996, Sex.F, other));
			assertThat(result.score()).as(other).isEqualTo(missing).isGreaterThan(otherCountry);
			assertThat(result.explanation().codes()).as(other).contains("citizenshipStatus")
				.doesNotContain("citizenshipDiffers");
			assertThat(result.explanation().render(Locale.ENGLISH)).as(other).doesNotContain("different citizenship")
				.endsWith("citizenship counted neither for nor against: one record says stateless or refugee, the other "
						+ "a country or another status");
			assertThat(result.explanation().render(Locale.forLanguageTag("tr"))).as(other)
				.doesNotContain("farklı vatandaşlık").endsWith("vatandaşlık ne lehte ne aleyhte sayıldı: kayıtlardan biri "
						+ "vatansız ya da mülteci, diğeri bir ülke ya da başka bir statü belirtiyor");
		}

		// "nationality unspecified" is none: it neither differs from Syria nor agrees with another XXX
		PersonRecord unspecified = p("Rojda", "Xelil", null, 1996, Sex.F, "XXX");
		for (String other : new String[] { "SYR", "XXX", null }) {
			MatchResult result = compare(unspecified, p("Rojda", "Xelil", null, 1996, Sex.F, other));
			assertThat(result.score()).as(other).isEqualTo(missing);
			assertThat(result.explanation().codes()).as(other).noneMatch(code -> code.startsWith("citizenship"));
		}

		// a record holding a country besides a status still differs from another country, and agrees with its own
		PersonRecord both = new PersonRecord("x", "Rojda", "Xelil", null, null, 1996, Sex.F, List.of("XXA", "SYR"));
		assertThat(compare(both, p("Rojda", "Xelil", null, 1996, Sex.F, "IRQ")).score()).isEqualTo(otherCountry);
		assertThat(compare(both, p("Rojda", "Xelil", null, 1996, Sex.F, "SYR")).explanation().codes())
			.contains("citizenshipSame");
	}

	@Test
	void aCommonNameWeighsLessThanARareOne() {
		double common = compare(p("Mohammad", "Ahmad", null, 1990, Sex.M, "SYR"), p("Muhammed", "Ahmed", null, 1990, Sex.M, "SYR")).score();
		double rare = compare(p("Shirin", "Tavakoli", null, 1990, Sex.F, "IRN"), p("Shirin", "Tavakoli", null, 1990, Sex.F, "IRN")).score();
		assertThat(rare).isGreaterThan(common);
		assertThat(compare(p("Mohammad", "Ahmad", null, 1990, Sex.M, "SYR"), p("Muhammed", "Ahmed", null, 1990, Sex.M, "SYR"))
			.explanation().codes()).contains("commonName");
	}

	@Test
	void twoNamesThatOftenComeTogetherWeighLessThanTheirSharesSay() {
		// In this file "Yelena" and "Sokolova" come together 400 times; "Tamara" and "Petrova" are as frequent
		// each, but never together but in the compared pair. (A file of a hundred records says less: its counts are
		// smoothed as if 2,000 records of a typical register came with it.)
		List<PersonRecord> file = new java.util.ArrayList<>();
		for (int i = 0; i < 400; i++) {
			file.add(p("Yelena", "Sokolova", null, 1950 + i % 60, Sex.F, "RUS"));
			String letters = "" + (char) ('a' + i % 26) + (char) ('a' + i / 26);
			file.add(p("Tamara", "Name" + letters + "ova", null, 1950 + i % 60, Sex.F, "RUS"));
			file.add(p("Given" + letters, "Petrova", null, 1950 + i % 60, Sex.F, "RUS"));
		}
		PersonRecord tamara = p("Tamara", "Petrova", null, 1990, Sex.F, "RUS");
		PersonRecord tamaraAgain = p("Tamara", "Petrova", null, null, Sex.F, "RUS");
		file.add(tamara);
		file.add(tamaraAgain);
		PersonMatcher counted = matcher.withFrequencies(counted(file)).withPopulation(file.size());
		MatchResult together = counted.compare(counted.prepare(p("Yelena", "Sokolova", null, 1990, Sex.F, "RUS")),
				counted.prepare(p("Yelena", "Sokolova", null, null, Sex.F, "RUS")));
		MatchResult apart = counted.compare(counted.prepare(tamara), counted.prepare(tamaraAgain));
		assertThat(together.score()).isLessThan(apart.score() - 0.3);
		assertThat(together.explanation().codes()).contains("commonName");
	}

	/**
	 * Two rare names that come only together count once, not twice, but are no common name: the explanation says so
	 * only where other records carry the pair (a tester found "a common name, which weighs less" under every pair of a
	 * file, made-up unique names among them).
	 */
	@Test
	void twoRareNamesThatComeOnlyTogetherAreNotCalledCommon() {
		List<PersonRecord> file = new java.util.ArrayList<>();
		for (int i = 0; i < 2000; i++) {
			String letters = "" + (char) ('a' + i % 26) + (char) ('a' + i / 26 % 26) + (char) ('a' + i / 676);
			file.add(p("Given" + letters, "Family" + letters, null, 1950 + i % 60, Sex.F, "TUR"));
		}
		PersonRecord xylophus = p("Xylophus", "Quendrick", LocalDate.of(1985, 4, 12), null, Sex.M, "GBR");
		PersonRecord again = p("Xylophus", "Quendrik", LocalDate.of(1985, 4, 12), null, Sex.M, "GBR");
		file.add(xylophus);
		file.add(again);
		PersonMatcher counted = matcher.withFrequencies(counted(file)).withPopulation(file.size());
		MatchResult result = counted.compare(counted.prepare(xylophus), counted.prepare(again));
		assertThat(result.decision()).isEqualTo(MatchDecision.MATCH);
		assertThat(result.explanation().codes()).doesNotContain("commonName");
	}

	@Test
	void aSmallFileTellsNoSlipAndItsFewPairsOfNamesAreNotCommon() {
		// a ministry's first try: a handful of records, each name written once or twice
		PersonRecord ayse = p("Ayşe", "Yılmaz", LocalDate.of(1990, 3, 12), null, Sex.F, "TUR");
		PersonRecord zeynep = p("Zeynep", "Yılmaz", LocalDate.of(1990, 3, 12), null, Sex.F, "TUR");
		PersonRecord elif = p("Elif", "Demir", LocalDate.of(1990, 3, 12), null, Sex.F, "TUR");
		PersonRecord ayseAgain = p("Ayşe", "Yılmaz", LocalDate.of(1990, 3, 12), null, Sex.F, "TUR");
		List<PersonRecord> file = List.of(ayse, zeynep, elif, ayseAgain, p("Ali", "Kaya", null, 1990, Sex.M, "SYR"));
		PersonMatcher counted = matcher.withFrequencies(counted(file)).withPopulation(file.size());
		// a name no other record writes is another name as often as a slip here: it weighs as where nothing is counted
		assertThat(counted.evidence(counted.prepare(ayse), counted.prepare(zeynep)).names().unmatched())
			.isEqualTo(new NameComparison.Unmatched(1, 0, 0));
		// the one pair of names two records of five carry is not one record in five of a register
		assertThat(counted.compare(counted.prepare(ayse), counted.prepare(ayseAgain)).score())
			.isGreaterThan(counted.compare(counted.prepare(ayse), counted.prepare(zeynep)).score());
		// a date shared, nothing else: not a match
		assertThat(counted.compare(counted.prepare(ayse), counted.prepare(elif)).decision())
			.isNotEqualTo(MatchDecision.MATCH);
	}

	@Test
	void namesAreNotReadAsSwappedWhereNoneAgreesEitherWay() {
		// "Ayşe" and "Elif" are written by many records of this file, "Yılmaz" and "Demir" by one each: read straight,
		// the given names differ as two names; read swapped, each differs from a rare one. Swapping, which no name
		// agreeing supports, must not buy a lower price for the difference.
		List<PersonRecord> file = thirtyEach("Ayşe", "Kara", "F", "TUR", "Elif", "Kaya", "F", "TUR");
		PersonRecord ayse = p("Ayşe", "Yılmaz", null, 1990, Sex.F, "TUR");
		PersonRecord elif = p("Elif", "Demir", null, 1990, Sex.F, "TUR");
		file.add(ayse);
		file.add(elif);
		PersonMatcher counted = matcher.withFrequencies(counted(file)).withPopulation(file.size());
		MatchResult differ = counted.compare(counted.prepare(ayse), counted.prepare(elif));
		assertThat(differ.explanation().codes()).doesNotContain("namesSwapped");
		assertThat(differ.decision()).isEqualTo(MatchDecision.NO_MATCH);
		// with a name agreeing so, they are read swapped as before
		assertThat(codes(counted.compare(counted.prepare(ayse), counted.prepare(p("Yılmaz", "Ayşe", null, 1990, Sex.F,
				"TUR"))))).contains("namesSwapped");
	}

	@Test
	void twoSimilarSpellingsEachCommonInTheFileAreTwoNamesAndARareOneIsASlip() {
		// "Rahimi" and "Rahmani" are each written by many records of this file; "Karimovq" by one, "Karimova" by many
		List<PersonRecord> file = thirtyEach("Ahmad", "Rahimi", "M", "AFG", "Ahmad", "Rahmani", "M", "AFG", "Nilufar",
				"Karimova", "F", "UZB");
		file.add(p("Nilufar", "Karimovq", null, 1990, Sex.F, "UZB"));
		PersonMatcher counted = matcher.withFrequencies(counted(file)).withPopulation(file.size());
		PersonRecord rahimi = p("Ahmad", "Rahimi", null, 1990, Sex.M, "AFG");
		PersonRecord rahmani = p("Ahmad", "Rahmani", null, 1990, Sex.M, "AFG");
		assertThat(counted.compare(counted.prepare(rahimi), counted.prepare(rahmani)).explanation().codes())
			.contains("familyDiffers");
		assertThat(counted.compare(counted.prepare(p("Nilufar", "Karimova", null, 1990, Sex.F, "UZB")),
				counted.prepare(p("Nilufar", "Karimovq", null, 1990, Sex.F, "UZB"))).explanation().codes())
			.contains("familySimilar");
		// without counted spellings (the register-wide defaults) the two stay similar
		assertThat(compare(rahimi, rahmani).explanation().codes()).contains("familySimilar");
	}

	@Test
	void aSpellingWrittenOnceTwoKeystrokesFromOneTheFileWritesOftenIsASlip() {
		// many records write "Yusuf", "Serdar" and "Yasin"; "Yusv" (two slips) is written once
		List<PersonRecord> file = thirtyEach("Yusuf", "Halil", "M", "SYR", "Serdar", "Orazov", "M", "TKM", "Yasin",
				"Kaya", "M", "TUR");
		PersonRecord yusv = p("Yusv", "Halil", null, 1999, Sex.M, "SYR");
		PersonRecord yusril = p("Yusril", "Halil", null, 1999, Sex.M, "SYR");
		file.add(yusv);
		file.add(yusril);
		file.add(p("Serkan", "Orazov", null, 2001, Sex.M, "TKM"));
		PersonMatcher counted = matcher.withFrequencies(counted(file)).withPopulation(file.size());
		PersonRecord yusuf = p("Yusuf", "Halil", null, 1999, Sex.M, "SYR");
		assertThat(counted.compare(counted.prepare(yusv), counted.prepare(yusuf)).explanation().codes())
			.contains("givenSimilar");
		// three slips apart, or two names each written by many records, or two rare ones: not a slip
		assertThat(counted.compare(counted.prepare(yusril), counted.prepare(yusuf)).explanation().codes())
			.contains("givenDiffers");
		assertThat(counted.compare(counted.prepare(p("Yasin", "Halil", null, 1999, Sex.M, "SYR")), counted.prepare(yusuf))
			.explanation().codes()).contains("givenDiffers");
		assertThat(counted.compare(counted.prepare(yusv), counted.prepare(yusril)).explanation().codes())
			.contains("givenDiffers");
		// the rule asks for the same first letter; it cannot tell a rare name from a slip: "Serkan", written once
		// beside the file's many "Serdar", is similar (the cost, measured: see docs/benchmarks.md)
		PersonRecord tusuf = p("Tusyf", "Halil", null, 1999, Sex.M, "SYR");
		file.add(tusuf);
		PersonMatcher again = matcher.withFrequencies(counted(file)).withPopulation(file.size());
		assertThat(again.compare(again.prepare(tusuf), again.prepare(yusuf)).explanation().codes())
			.contains("givenDiffers");
		assertThat(counted.compare(counted.prepare(p("Serkan", "Orazov", null, 2001, Sex.M, "TKM")),
				counted.prepare(p("Serdar", "Orazov", null, 2001, Sex.M, "TKM"))).explanation().codes())
			.contains("givenSimilar");
		// without counted spellings (the register-wide index) "Yusv" is another name
		assertThat(compare(yusv, yusuf).explanation().codes()).contains("givenDiffers");
	}

	@Test
	void aNameWrittenApartThatTheFileWritesWholeIsJoinedAgainAndTwoNamesStayTwo() {
		// the file writes "Gulnora" and "Mirzayeva" whole, and "Mehmet" and "Ali" each on their own
		List<PersonRecord> file = thirtyEach("Gulnora", "Mirzayeva", "F", "UZB", "Mehmet", "Yilmaz", "M", "TUR", "Ali",
				"Kaya", "M", "TUR");
		file.add(p("Mehmetali", "Demir", null, 1990, Sex.M, "TUR"));
		NameFrequencies.Counter counter = NameFrequencies.counter();
		file.forEach(r -> counter.add(matcher.prepare(r)));
		PreparedPerson apart = matcher.joinWrittenApart(matcher.prepare(p("Gul Nora", "Mir Zayeva", null, 1990, Sex.F,
				"UZB")), counter::records);
		assertThat(apart.given.tokens()).containsExactly("gulnora");
		assertThat(apart.family.tokens()).containsExactly("mirzayeva");
		assertThat(apart.all.tokens()).containsExactly("gulnora", "mirzayeva");
		PreparedPerson twoNames = matcher.prepare(p("Mehmet Ali", "Demir", null, 1990, Sex.M, "TUR"));
		assertThat(matcher.joinWrittenApart(twoNames, counter::records)).isSameAs(twoNames);
		// a one-line name is joined as well
		PreparedPerson oneLine = matcher.prepare(new PersonRecord("x", null, null, "Mir Zayeva Gul Nora", null, 1990,
				Sex.F, List.of()));
		assertThat(matcher.joinWrittenApart(oneLine, counter::records).all.tokens()).containsExactly("mirzayeva",
				"gulnora");
	}

	@Test
	void aGivenNameAndAFamilyNameAreNotOneNameWrittenApart() {
		// "Ali" + "Dogan" is "Alidogan", whose skeleton without its article, t-k-n, is Aytekin's; "George Cojocaru"
		// joined is as loosely similar to "Kvirikishvili": two names each, and no name in common
		assertThat(compare(p("Serdar", "Aytekin", null, 1997, Sex.M, "TUR"), p("Ali", "Dogan", null, 1997, Sex.M, "TUR"))
			.decision()).isEqualTo(MatchDecision.NO_MATCH);
		assertThat(compare(p("Irakli", "Kvirikishvili", null, 1984, Sex.M, null),
				new PersonRecord("x", null, null, "GEORGE COJOCARU", null, 1984, Sex.M, List.of())).decision())
			.isEqualTo(MatchDecision.NO_MATCH);
		// nor against the other record's own script: "Ahemd" + "El-Cheikh" joined, "ahemdcheikh", would share its
		// skeleton with a reading of حمزة ("hmze") and be that name's unvowelled spelling
		MatchResult againstScript = compare(p("Ahemd", "El-Cheikh", null, 1973, Sex.M, "SYR"),
				new PersonRecord("x", "Hamza", "Abou Mustafa", "حمزة ابو مصطفى", null, 1973, Sex.M, List.of("SYR")));
		assertThat(againstScript.explanation().codes()).doesNotContain("namesEquivalent").contains("givenDiffers");
		// a name written apart within the family name, or in a one-line name, still meets its whole spelling,
		// mistyped or unvowelled as well
		assertThat(compare(p("Osman", "Abou Saleh", null, 1984, Sex.M, "SYR"),
				new PersonRecord("x", null, null, "عثمان أبو صالح", null, 1984, Sex.M, List.of("SYR"))).explanation()
			.codes()).contains("namesEquivalent");
		assertThat(compare(p("Gul Chshra", "Tursunova", null, 2000, Sex.F, "UZB"),
				p("Gulçehra", "Tursunova", null, 2000, Sex.F, "UZB")).decision()).isEqualTo(MatchDecision.MATCH);
	}

	@Test
	void anHOrKhAgainstAKOrQIsAnotherNameUnlessOneKeystrokeApart() {
		// one skeleton class (Russian writes Г for the h of "Гусейнов"), but ح/خ/х are not ك/ق/к in any script
		assertThat(compare(p("Fatima", "Heidari", null, 1990, Sex.F, "IRN"), p("Fatima", "Qaderi", null, 1990, Sex.F, "IRN"))
			.explanation().codes()).contains("familyDiffers");
		// the h of kh dropped by a slip: similar
		assertThat(compare(p("Ali", "Khalil", null, 1990, Sex.M, "SYR"), p("Ali", "Kalil", null, 1990, Sex.M, "SYR"))
			.explanation().codes()).contains("familySimilar");
		// g alone stands for h in Russian spellings: still one name
		assertThat(compare(p("Ali", "Guseynov", null, 1990, Sex.M, "AZE"), p("Ali", "Huseynov", null, 1990, Sex.M, "AZE"))
			.explanation().codes()).containsAnyOf("familyEquivalent", "familySame");
	}

	@Test
	void namesThatShareASkeletonAreCountedApart() {
		// "Hüseyin", "Hussein" and "Huseyn" are one name, "Hasan" another: all four are k-s-n once vowels go
		List<PersonRecord> file = thirtyEach("Hüseyin", "Demir", "M", "TUR", "Hussein", "Haddad", "M", "SYR", "Huseyn",
				"Aliyev", "M", "AZE");
		file.add(p("Hasan", "Kaya", null, 1990, Sex.M, "TUR"));
		NameFrequencies counted = counted(file);
		String huseyin = counted.name("huseyin", "ksn");
		assertThat(counted.name("hussein", "ksn")).isEqualTo(huseyin);
		assertThat(counted.name("huseyn", "ksn")).isEqualTo(huseyin);
		assertThat(counted.name("hasan", "ksn")).isNotEqualTo(huseyin);
		// (both smoothed towards the shipped shares, as a small file's are)
		assertThat(counted.share(counted.name("hasan", "ksn"))).isLessThan(counted.share(huseyin));
		// the shipped defaults count by skeleton
		assertThat(NameFrequencies.DEFAULT.name("hasan", "ksn")).isEqualTo("ksn");
	}

	@Test
	void anUnvowelledSpellingDoesNotJoinTwoNamesIntoOne() {
		// Arabic script's حسين (Hüseyin), letter by letter "hsyn", is equivalent to Hüseyin and to Oksana alike: all
		// k-s-n with no vowel to tell them apart. It is the file's commonest k-s-n spelling, yet Hüseyin, Hasan and
		// Oksana are three names, each counted on its own
		List<PersonRecord> file = thirtyEach("حسين", "حداد", "M", "SYR", "حسين", "العلي", "M", "SYR", "Hüseyin", "Demir",
				"M", "TUR");
		for (int i = 0; i < 20; i++) {
			file.add(p("Hasan", "Kaya", null, 1960 + i, Sex.M, "TUR"));
			file.add(p("Oksana", "Melnyk", null, 1960 + i, Sex.F, "UKR"));
		}
		NameFrequencies counted = counted(file);
		String unvowelled = matcher.prepare(file.get(0)).given.tokens().get(0);
		assertThat(unvowelled).isEqualTo("hsyn");
		String huseyin = counted.name("huseyin", "ksn");
		String hasan = counted.name("hasan", "ksn");
		assertThat(hasan).isNotEqualTo(huseyin);
		assertThat(counted.name("oksana", "ksn")).isNotEqualTo(huseyin).isNotEqualTo(hasan);
		// counted under the commonest name it may be
		assertThat(counted.name(unvowelled, "ksn")).isEqualTo(huseyin);
	}

	@Test
	void swappedGivenAndFamilyNamesAreRecognised() {
		MatchResult result = compare(p("Karimi", "Zahra", null, 2001, Sex.F, "AFG"), p("Zahra", "Karimi", null, 2001, Sex.F, "AFG"));
		assertThat(result.explanation().codes()).contains("namesSwapped");
		assertThat(result.decision()).isNotEqualTo(MatchDecision.NO_MATCH);
	}

	@Test
	void explanationsInTurkishAndEnglish() {
		MatchResult result = compare(p("Fatma", "Hüseyni", null, 1994, Sex.F, "AFG"),
				new PersonRecord("y", null, null, "فاطمه حسینی", null, 1994, Sex.F, List.of("AFG")));
		assertThat(result.explanation().render(Locale.ENGLISH))
			.isEqualTo("same year of birth; the same names in another script and spelling; a common name, which weighs less; same citizenship");
		assertThat(result.explanation().render(Locale.forLanguageTag("tr")))
			.isEqualTo("aynı doğum yılı; aynı isimler, başka bir alfabe ve yazımla; yaygın bir isim, daha az ağırlık taşır; aynı vatandaşlık");
	}

	@Test
	void blockingKeysMeetAcrossScriptsAndAYearOffByOne() {
		var a = matcher.prepare(p("Fatma", "Hüseyni", null, 1994, Sex.F, null));
		var b = matcher.prepare(new PersonRecord("y", null, null, "فاطمه حسینی", null, 1995, Sex.F, List.of()));
		assertThat(shared(matcher.blockingKeys(a), matcher.blockingKeys(b))).isNotEmpty();
		assertThat(matcher.blockingKeys(a)).allSatisfy(k -> assertThat(k).doesNotContainIgnoringCase("fatma"));
	}

	@Test
	void blockingKeysMeetForOneConsonantNamesAndJoinedArticles() {
		// "Efe" and "Ali" have one-letter skeletons; the second record knows no year.
		var efe = matcher.prepare(new PersonRecord("a", null, null, "EFE OLULADE", null, 1991, null, List.of()));
		var efe2 = matcher.prepare(p("Efe", "Olulade", null, null, Sex.F, null));
		var ali = matcher.prepare(p("Ali", "Alahmed", null, 1990, Sex.M, null));
		var ali2 = matcher.prepare(p("Ali", "Al-Ahmad", null, null, Sex.M, null));
		for (var pair : List.of(List.of(efe, efe2), List.of(ali, ali2))) {
			assertThat(shared(matcher.blockingKeys(pair.get(0)), matcher.blockingKeys(pair.get(1)))).as(pair.get(0).id())
				.isNotEmpty();
		}
	}

	@Test
	void aNameThatBeginsLikeAnArticleIsKeyedWhole() {
		// "Elena" is no el + "ena": keyed so, it shared no name key with Yelena, only the family name's with the year
		var elena = matcher.prepare(p("Elena", "Petrova", null, 1990, Sex.F, null));
		var yelena = matcher.prepare(p("Yelena", "Petrova", null, 1990, Sex.F, null));
		assertThat(shared(matcher.blockingKeys(elena), matcher.blockingKeys(yelena)))
			.anySatisfy(k -> assertThat(k).startsWith("p:"));
		// while an article before a name of four letters or more comes off, as the comparison takes it off
		var amin = matcher.prepare(p("Elamin", "Haddad", null, 1990, Sex.M, null));
		var amin2 = matcher.prepare(p("Amin", "Haddad", null, 1990, Sex.M, null));
		assertThat(shared(matcher.blockingKeys(amin), matcher.blockingKeys(amin2)))
			.anySatisfy(k -> assertThat(k).startsWith("p:"));
	}

	@Test
	void indexKeysMeetThroughTheYearWhenOneNameHasASlip() {
		// The family names' slip parts their name pairs; "Fatma" with the year is shared by thousands in a national
		// register. The name with the year and the other name's first letter class is a narrow block both share.
		var a = matcher.prepare(p("Fatms", "Uzcqan", LocalDate.of(2002, 2, 7), null, null, null));
		var b = matcher.prepare(p("Fatma", "Uzcan", null, 2002, Sex.F, null));
		assertThat(shared(matcher.blockingKeys(a), matcher.blockingKeys(b)))
			.anySatisfy(k -> assertThat(k).startsWith("g2002:"))
			.noneSatisfy(k -> assertThat(k).startsWith("p:"));
	}

	@Test
	void bulkKeysMeetWhenEveryNameHasASlip() {
		var a = matcher.prepare(p("Moammaf", "Uthman", LocalDate.of(1994, 5, 9), null, Sex.M, null));
		var b = matcher.prepare(p("Mohamac", "Osman", LocalDate.of(1994, 5, 9), null, Sex.M, null));
		assertThat(shared(matcher.blockingKeys(a), matcher.blockingKeys(b))).isEmpty();
		assertThat(shared(matcher.bulkBlockingKeys(a), matcher.bulkBlockingKeys(b))).isNotEmpty();
		assertThat(matcher.bulkBlockingKeys(a)).containsAll(matcher.blockingKeys(a))
			.allSatisfy(k -> assertThat(k).doesNotContainIgnoringCase("moammaf").doesNotContainIgnoringCase("uthman"));
		// a year off by one with the same day and month, a slip in the family name
		var c = matcher.prepare(p("Şahnoza", "Karimowa", LocalDate.of(2004, 12, 2), null, Sex.F, null));
		var d = matcher.prepare(p("Shahnoxa", "Karimova", LocalDate.of(2003, 12, 2), null, Sex.F, null));
		assertThat(shared(matcher.bulkBlockingKeys(c), matcher.bulkBlockingKeys(d)))
			.anySatisfy(k -> assertThat(k).startsWith("m:12-02:"));
	}

	@Test
	void aRecordNamingOneNameSharesAKeyOfThatNameAloneWithTheRecordsCarryingIt() {
		var roya = matcher.prepare(p("Roya", null, null, 1975, Sex.F, null));
		var royaRezai = matcher.prepare(p("Roya", "Rezai", LocalDate.of(1975, 2, 5), null, Sex.F, null));
		var kamran = matcher.prepare(p("Kamran", "-", null, null, Sex.M, null));
		var kamranNabiyev = matcher.prepare(p("Kamran", "Nabiyev", LocalDate.of(1983, 12, 13), null, Sex.M, null));
		assertThat(matcher.namesOneName(roya)).isTrue();
		assertThat(matcher.namesOneName(kamran)).as("a dash is no name").isTrue();
		assertThat(matcher.namesOneName(royaRezai)).isFalse();
		// the usual keys file a one-consonant name with the year only for a record with no other name
		assertThat(shared(matcher.bulkBlockingKeys(roya), matcher.bulkBlockingKeys(royaRezai))).isEmpty();
		assertThat(shared(matcher.oneNameKeys(roya), matcher.oneNameKeys(royaRezai)))
			.anySatisfy(k -> assertThat(k).startsWith("oy987:"));
		assertThat(shared(matcher.bulkBlockingKeys(kamran), matcher.bulkBlockingKeys(kamranNabiyev))).isEmpty();
		assertThat(shared(matcher.oneNameKeys(kamran), matcher.oneNameKeys(kamranNabiyev)))
			.anySatisfy(k -> assertThat(k).startsWith("o:"));
		assertThat(matcher.oneNameKeys(royaRezai)).allSatisfy(k -> assertThat(k).doesNotContainIgnoringCase("roya"));
	}

	@Test
	void slipKeysMeetWhereOneNameOfAPairHasASlipAmongItsFirstLetters() {
		var walid = matcher.prepare(p("Anas", "Walid", LocalDate.of(1986, 9, 13), null, Sex.M, "SYR"));
		var waid = matcher.prepare(p("ANAS", "WAID", null, null, Sex.M, "SYR"));
		var ogunyemi = matcher.prepare(p("Osasu", "Ogunyemi", LocalDate.of(1981, 5, 8), null, Sex.F, "NGA"));
		var ounyemi = matcher.prepare(p("Osasu", "Ounyemi", LocalDate.of(1981, 8, 5), null, Sex.F, "NGA"));
		var ecaterina = matcher.prepare(p("Ecaterina", "Popa", LocalDate.of(1977, 11, 17), null, Sex.F, "MDA"));
		var ekaterena = matcher.prepare(p("POPA", "EKATERENA", null, 1977, Sex.F, "MDA"));
		for (var pair : List.of(List.of(walid, waid), List.of(ogunyemi, ounyemi), List.of(ecaterina, ekaterena))) {
			var x = pair.get(0);
			var y = pair.get(1);
			assertThat(shared(matcher.bulkBlockingKeys(x), matcher.bulkBlockingKeys(y))).isEmpty();
			assertThat(shared(matcher.slipKeys(x), matcher.slipKeys(y))).isNotEmpty();
			assertThat(matcher.compare(x, y).decision()).isNotEqualTo(MatchDecision.NO_MATCH);
		}
		// another family name with the same given name is not one slip away
		var karimov = matcher.prepare(p("Anas", "Karimov", null, null, Sex.M, "SYR"));
		assertThat(shared(matcher.slipKeys(walid), matcher.slipKeys(karimov))).isEmpty();
		assertThat(matcher.slipKeys(walid)).isNotEmpty()
			.allSatisfy(k -> assertThat(k).startsWith("x:").doesNotContainIgnoringCase("anas")
				.doesNotContainIgnoringCase("walid"));
	}

	@Test
	void aRecordNamingOneNameWithASlipStillMeetsTheRecordsCarryingThatName() {
		var ewter = matcher.prepare(p("Ewter", null, null, 1989, Sex.F, "UGA"));
		var ester = matcher.prepare(p("Ester", "Mwangi", LocalDate.of(1989, 1, 10), null, Sex.F, "UGA"));
		var feruxa = matcher.prepare(p("Feruxa", null, null, null, Sex.F, "UZB"));
		var feruza = matcher.prepare(p("FERUZA", "ABDURAHMONOVA", LocalDate.of(1986, 6, 1), null, Sex.F, "UZB"));
		assertThat(shared(matcher.oneNameKeys(ewter), matcher.oneNameKeys(ester))).isEmpty();
		assertThat(shared(matcher.oneNameSlipKeys(ewter), matcher.oneNameSlipKeys(ester))).isNotEmpty();
		assertThat(shared(matcher.oneNameKeys(feruxa), matcher.oneNameKeys(feruza))).isEmpty();
		assertThat(shared(matcher.oneNameSlipKeys(feruxa), matcher.oneNameSlipKeys(feruza))).isNotEmpty();
		assertThat(matcher.oneNameSlipKeys(feruza)).allSatisfy(k -> assertThat(k).startsWith("os:")
			.doesNotContainIgnoringCase("feruza").doesNotContainIgnoringCase("abdu"));
	}

	@Test
	void aNameWrittenAsItsInitialAgreesWithTheNameItBeginsAndNoOther() {
		// shelters and NGOs cut a family name to its initial to keep it from a file
		var initialS = matcher.prepare(p("Adnan", "S.", null, null, Sex.M, "IRQ"));
		var initialK = matcher.prepare(p("Adnan", "K", null, null, Sex.M, "IRQ"));
		var saadi = matcher.prepare(p("Adnan", "Saadi", null, null, Sex.M, "IRQ"));
		var alone = matcher.prepare(p("Adnan", null, null, null, Sex.M, "IRQ"));
		var agrees = matcher.compare(initialS, saadi);
		var differs = matcher.compare(initialK, saadi);
		var lacking = matcher.compare(alone, saadi);
		assertThat(agrees.score()).isGreaterThan(lacking.score());
		assertThat(differs.score()).isLessThan(lacking.score());
		assertThat(matcher.compare(initialS, matcher.prepare(p("ADNAN", "S", null, null, Sex.M, "IRQ"))).score())
			.isGreaterThan(agrees.score());
		assertThat(matcher.compare(initialS, initialK).score()).isLessThan(lacking.score());
		assertThat(codes(agrees)).contains("initialAgrees").doesNotContain("familyDiffers");
		assertThat(codes(differs)).contains("initialDiffers");
		assertThat(agrees.explanation().render(Locale.ENGLISH))
			.contains("a name written as its initial agrees with a name of the other record");
		assertThat(differs.explanation().render(Locale.forLanguageTag("tr")))
			.contains("baş harfiyle yazılmış bir isim öteki kayıttaki isimlerin hiçbiriyle uyuşmuyor");
		// an initial is no name: the record names one name, and its keys hold no letter alone
		assertThat(matcher.namesOneName(initialS)).isTrue();
		assertThat(shared(matcher.oneNameKeys(initialS), matcher.oneNameKeys(saadi))).isNotEmpty();
	}

	private static List<String> codes(MatchResult result) {
		return result.explanation().items().stream().map(ExplanationItem::code).toList();
	}

	/** Two records of one person's names, sex and citizenship, born on the two dates. */
	private MatchResult bornOn(String given, String family, Sex sex, String citizenship, LocalDate a, LocalDate b) {
		return compare(p(given, family, a, null, sex, citizenship), p(given, family, b, null, sex, citizenship));
	}

	@Test
	void aBirthdayKeptWithAnotherYearCountsNeitherForNorAgainst() {
		var papers = matcher.prepare(p("Rashad", "Aliyev", LocalDate.of(1990, 3, 12), null, Sex.M, "AZE"));
		var olderToldAge = bornOn("Rashad", "Aliyev", Sex.M, "AZE", LocalDate.of(1990, 3, 12), LocalDate.of(1985, 3, 12));
		var anotherDay = bornOn("Rashad", "Aliyev", Sex.M, "AZE", LocalDate.of(1990, 3, 12), LocalDate.of(1985, 3, 13));
		assertThat(codes(olderToldAge)).contains("birthSameDayOtherYear");
		assertThat(codes(anotherDay)).contains("birthDiffers");
		assertThat(olderToldAge.score()).isGreaterThan(anotherDay.score() + 0.3);
		assertThat(olderToldAge.score()).isLessThan(matcher.compare(papers, papers).score());
		assertThat(olderToldAge.explanation().render(Locale.ENGLISH)).contains("same day and month of birth, different year");
		assertThat(olderToldAge.explanation().render(Locale.forLanguageTag("tr"))).contains("doğum günü ve ayı aynı, yılı farklı");
		// 1 January and 1 July are written for a day not known: sharing them says nothing of the day
		for (LocalDate unknownDay : List.of(LocalDate.of(1990, 1, 1), LocalDate.of(1990, 7, 1))) {
			var a = matcher.prepare(p("Rashad", "Aliyev", unknownDay, null, Sex.M, "AZE"));
			var b = matcher.prepare(p("Rashad", "Aliyev", unknownDay.minusYears(5), null, Sex.M, "AZE"));
			assertThat(codes(matcher.compare(a, b))).doesNotContain("birthSameDayOtherYear");
		}
	}

	@Test
	void aBirthdayKeptDecadesApartIsAParentAndAChildNotAnAgeToldDifferently() {
		PersonRecord father = p("Mehmet Emin", "Karakoyunlu", LocalDate.of(1950, 5, 5), null, Sex.M, "TUR");
		PersonRecord son = p("Mehmet Emin", "Karakoyunlu", LocalDate.of(1985, 5, 5), null, Sex.M, "TUR");
		PersonRecord toldYounger = p("Mehmet Emin", "Karakoyunlu", LocalDate.of(1960, 5, 5), null, Sex.M, "TUR");
		MatchResult fatherAndSon = compare(father, son);
		assertThat(codes(fatherAndSon)).contains("birthDiffers").doesNotContain("birthSameDayOtherYear");
		assertThat(fatherAndSon.decision()).isNotEqualTo(MatchDecision.MATCH);
		// ten years apart is still read as an age told differently
		assertThat(codes(compare(father, toldYounger))).contains("birthSameDayOtherYear");
		assertThat(compare(father, toldYounger).score()).isGreaterThan(fatherAndSon.score());
	}

	@Test
	void inTheCandidateSearchARecordNamingOneNameOnlyIsNeverAMatchWithoutAPerson() {
		PersonMatcher search = matcher.forSearch();
		// a hotline's "Roya", born 1975, and a shelter's Roya Rezai born in February 1975: maybe one person, maybe not
		PersonRecord roya = p("Roya", null, null, 1975, Sex.F, null);
		PersonRecord royaRezai = p("Roya", "Rezai", LocalDate.of(1975, 2, 5), null, Sex.F, "IRN");
		MatchResult held = search.compare(search.prepare(roya), search.prepare(royaRezai));
		assertThat(held.decision()).isEqualTo(MatchDecision.POSSIBLE);
		assertThat(codes(held)).contains("heldOneName");
		assertThat(held.explanation().render(Locale.ENGLISH)).contains("the search names one name only");
		assertThat(held.explanation().render(Locale.forLanguageTag("tr"))).contains("aramada tek bir ad var");
		// the bulk command weighs such a pair with the person's other records: a MATCH on its own evidence there
		assertThat(compare(roya, royaRezai).decision()).isEqualTo(MatchDecision.MATCH);
		// one name with the full date, either twin
		LocalDate born = LocalDate.of(2008, 4, 9);
		assertThat(search.compare(search.prepare(p(null, "Khalil", born, null, Sex.M, "SYR")),
				search.prepare(p("Omar", "Khalil", born, null, Sex.M, "SYR"))).decision()).isNotEqualTo(MatchDecision.MATCH);
		// two names are enough to be a MATCH
		assertThat(search.compare(search.prepare(p("Roya", "Rezai", null, 1975, Sex.F, null)), search.prepare(royaRezai))
			.decision()).isEqualTo(MatchDecision.MATCH);
	}

	@Test
	void inTheCandidateSearchOneNameOfTwoDifferingIsNoMatchWhereTheFieldsDoNotSayWhichItIs() {
		PersonMatcher search = matcher.forSearch();
		LocalDate born = LocalDate.of(2008, 4, 9);
		PersonRecord typedWhole = new PersonRecord("q", null, null, "Omar Khalil", born, null, null, List.of());
		PersonRecord ali = p("Ali", "Khalil", born, null, Sex.M, "SYR");
		// "1 of 2 names agree" was a MATCH (0.98) of his twin
		MatchResult twin = search.compare(search.prepare(typedWhole), search.prepare(ali));
		assertThat(twin.decision()).isEqualTo(MatchDecision.POSSIBLE);
		assertThat(codes(twin)).contains("namesPartly", "heldNamesPartly");
		assertThat(twin.explanation().render(Locale.ENGLISH)).contains("the differing one may be the given name");
		assertThat(twin.explanation().render(Locale.forLanguageTag("tr"))).contains("kişinin kendi adı olabilir");
		assertThat(search.compare(search.prepare(new PersonRecord("q", null, null, "عمر خليل", born, null, Sex.M,
				List.of("SYR"))), search.prepare(ali)).decision()).isEqualTo(MatchDecision.POSSIBLE);
		// the same names, whole or in fields, are one person
		assertThat(search.compare(search.prepare(typedWhole), search.prepare(p("Omar", "Khalil", born, null, Sex.M, "SYR")))
			.decision()).isEqualTo(MatchDecision.MATCH);
		assertThat(compare(typedWhole, ali).decision()).isEqualTo(MatchDecision.MATCH);
	}

	@Test
	void twinsAndSiblingsAndAManAndAWomanAreNeverAMatchWithoutAPerson() {
		LocalDate day = LocalDate.of(2003, 8, 15);
		PersonRecord ali = p("Ali", "Kaya", day, null, Sex.M, "TUR");
		MatchResult twins = compare(ali, p("Veli", "Kaya", day, null, Sex.M, "TUR"));
		assertThat(twins.decision()).isEqualTo(MatchDecision.POSSIBLE);
		assertThat(twins.score()).isEqualTo(0.5 - PersonMatcher.HELD_MARGIN);
		assertThat(codes(twins)).contains("givenDiffers", "familySame", "heldSiblings");
		assertThat(twins.explanation().render(Locale.ENGLISH)).contains("brothers, sisters and twins look so; this pair alone does not show they are one person");
		assertThat(twins.explanation().render(Locale.forLanguageTag("tr"))).contains("kardeşler ve ikizler böyle görünür; bu çift tek başına aynı kişi olduklarını göstermez");
		// the same names again are one person; a given name written in the family name's field is no sibling
		assertThat(compare(ali, p("Ali", "Kaya", day, null, Sex.M, "TUR")).decision()).isEqualTo(MatchDecision.MATCH);
		assertThat(codes(compare(p("Ali Rıza", "Kaya", day, null, Sex.M, "TUR"), p("Rıza", "Ali Kaya", day, null, Sex.M, "TUR"))))
			.doesNotContain("heldSiblings");
		// a man and a woman whose given names are two forms of one name, or two names: held; one name, a sex mistyped
		LocalDate born = LocalDate.of(1996, 2, 9);
		MatchResult brotherAndSister = compare(p("Oleg", "Bondarenko", born, null, Sex.M, "UKR"),
				p("Olena", "Bondarenko", born, null, Sex.F, "UKR"));
		assertThat(brotherAndSister.decision()).isEqualTo(MatchDecision.POSSIBLE);
		assertThat(codes(brotherAndSister)).contains("sexDiffers", "heldSiblings");
		MatchResult pairedNames = compare(p("Jamal", "Haddad", born, null, Sex.M, "SYR"),
				p("Jamila", "Haddad", born, null, Sex.F, "SYR"));
		assertThat(codes(pairedNames)).contains("givenEquivalent", "sexDiffers", "heldSex");
		assertThat(pairedNames.decision()).isEqualTo(MatchDecision.POSSIBLE);
		assertThat(codes(compare(p("Said", "Nasser", born, null, Sex.M, "SYR"), p("Saida", "Nasser", born, null, Sex.F, "SYR"))))
			.contains("heldSex");
		// one name spelt two ways, in two scripts, with the sex mistyped, is one person
		assertThat(compare(new PersonRecord("x", null, null, "Фатима Хусейни", born, null, Sex.F, List.of()),
				new PersonRecord("y", null, null, "Fatma Hüseyni", born, null, Sex.M, List.of())).decision())
			.isEqualTo(MatchDecision.MATCH);
		MatchResult sexMistyped = compare(p("Olena", "Bondarenko", born, null, Sex.M, "UKR"),
				p("Olena", "Bondarenko", born, null, Sex.F, "UKR"));
		assertThat(sexMistyped.decision()).isEqualTo(MatchDecision.MATCH);
		assertThat(codes(sexMistyped)).contains("sexDiffers").doesNotContain("heldSex");
		// names in one line, whose given name cannot be told: a man's and a woman's form of one name among them
		MatchResult oneLine = compare(new PersonRecord("x", null, null, "Ivan Petrenko", day, null, Sex.M, List.of()),
				new PersonRecord("y", null, null, "Ivana Petrenko", day, null, Sex.F, List.of()));
		assertThat(oneLine.decision()).isEqualTo(MatchDecision.POSSIBLE);
		assertThat(codes(oneLine)).contains("heldSex");
	}

	@ParameterizedTest
	@CsvSource({
			// the date, the date written with its Solar Hijri month and day and a Gregorian year, whether it is
			"1987-10-03, 1987-07-11, true", // 1366-07-11, 621 added to the year alone
			"1993-11-01, 1993-08-10, true", // 1372-08-10
			"2010-03-04, 2009-12-13, true", // 1388-12-13: before 21 March, the year written is the one before
			"1990-03-21, 1990-01-01, true", // 1369-01-01, Nowruz
			"2001-01-15, 2000-10-26, true", // 1379-10-26
			"1987-10-03, 1988-07-11, true", // 622 added: the year converted, the month and day copied
			"1987-10-03, 1987-07-12, false", // a day off
			"1987-10-03, 1989-07-11, false", // two years off
			"1987-07-11, 1987-10-03, false", // the other way round: 1987-07-11 is 1366-04-20
	})
	void aDateWrittenWithItsSolarHijriMonthAndDayIsFound(LocalDate date, LocalDate written, boolean kept) {
		assertThat(Calendars.solarHijriMonthDayKept(date, written)).isEqualTo(kept);
	}

	@Test
	void anAfghanDateTurnedGregorianByItsYearAloneIsOneDate() {
		var tazkira = bornOn("Mahbuba", "Yousefi", Sex.F, "AFG", LocalDate.of(1987, 10, 3), LocalDate.of(1987, 7, 11));
		var anotherDay = bornOn("Mahbuba", "Yousefi", Sex.F, "AFG", LocalDate.of(1987, 10, 3), LocalDate.of(1987, 7, 12));
		assertThat(codes(tazkira)).contains("birthSolarHijriMonthDay");
		assertThat(tazkira.score()).isGreaterThan(anotherDay.score() + 0.3);
		assertThat(tazkira.explanation().render(Locale.ENGLISH)).contains("Solar Hijri month and day");
		assertThat(tazkira.explanation().render(Locale.forLanguageTag("tr"))).contains("Hicri Şemsi takviminden");
		// nobody else's documents are written in that calendar
		var uzbek = bornOn("Mahbuba", "Yusupova", Sex.F, "UZB", LocalDate.of(1987, 10, 3), LocalDate.of(1987, 7, 11));
		assertThat(codes(uzbek)).doesNotContain("birthSolarHijriMonthDay");
	}

	@Test
	void anEthiopianYearSevenOrEightBeforeTheGregorianOneCountsNeitherForNorAgainst() {
		var papers = matcher.prepare(p("Senait", "Yohannes", null, 1990, Sex.F, "ERI"));
		var told = matcher.compare(papers, matcher.prepare(p("Senait", "Yohannes", null, 1982, Sex.F, null)));
		var nineYears = matcher.compare(papers, matcher.prepare(p("Senait", "Yohannes", null, 1981, Sex.F, null)));
		assertThat(codes(told)).contains("birthEthiopianYear");
		assertThat(codes(nineYears)).contains("birthDiffers");
		assertThat(told.score()).isGreaterThan(nineYears.score() + 0.3);
		assertThat(told.explanation().render(Locale.ENGLISH)).contains("7 or 8 apart");
		assertThat(told.explanation().render(Locale.forLanguageTag("tr"))).contains("Etiyopya takviminin");
		var fullDates = bornOn("Senait", "Yohannes", Sex.F, "ETH", LocalDate.of(1990, 5, 20), LocalDate.of(1983, 1, 28));
		assertThat(codes(fullDates)).contains("birthEthiopianYear");
		// a Syrian's years eight apart are eight years
		var syrian = matcher.compare(matcher.prepare(p("Hanan", "Shami", null, 1990, Sex.F, "SYR")),
				matcher.prepare(p("Hanan", "Shami", null, 1982, Sex.F, "SYR")));
		assertThat(codes(syrian)).contains("birthDiffers");
	}

	@Test
	void datesFourYearsAndADayApartAreASpreadsheetsOtherDateSystem() {
		var legacy = matcher.prepare(p("Zurab", "Tsereteli", LocalDate.of(1987, 4, 8), null, Sex.M, "GEO"));
		var papers = matcher.prepare(p("Zurab", "Tsereteli", LocalDate.of(1991, 4, 9), null, Sex.M, "GEO"));
		var anotherDay = matcher.prepare(p("Zurab", "Tsereteli", LocalDate.of(1991, 4, 10), null, Sex.M, "GEO"));
		var shifted = matcher.compare(legacy, papers);
		assertThat(codes(shifted)).contains("birthSpreadsheetShift");
		assertThat(shifted.score()).isGreaterThan(matcher.compare(legacy, anotherDay).score() + 0.3);
		assertThat(codes(matcher.compare(legacy, anotherDay))).doesNotContain("birthSpreadsheetShift");
		assertThat(shifted.explanation().render(Locale.ENGLISH)).contains("four years and a day apart");
		assertThat(shifted.explanation().render(Locale.forLanguageTag("tr"))).contains("dört yıl bir gün farklı");
	}

	@Test
	void anEverydayFormOfAGivenNameIsKeyedAsTheFullName() {
		var sasha = matcher.prepare(p("Sasha", "Ivanova", null, 1995, Sex.F, "UKR"));
		var aleksandra = matcher.prepare(p("Aleksandra", "Ivanova", LocalDate.of(1995, 3, 2), null, Sex.F, "UKR"));
		assertThat(shared(matcher.blockingKeys(sasha), matcher.blockingKeys(aleksandra)))
			.anySatisfy(k -> assertThat(k).startsWith("r997:"));
		assertThat(matcher.compare(sasha, aleksandra).decision()).isEqualTo(MatchDecision.MATCH);
	}

	@Test
	void anEverydayFormThatIsAFamilyNameTooIsTheFullNameOnlyAmongTheGivenNames() {
		var hamoudi = matcher.prepare(p("Hamoudi", "El-Hariri", null, 2013, Sex.M, "SYR"));
		var papers = matcher.prepare(p("Muhammed", "Hariri", LocalDate.of(2013, 4, 23), null, Sex.M, "SYR"));
		assertThat(shared(matcher.blockingKeys(hamoudi), matcher.blockingKeys(papers))).isNotEmpty();
		MatchResult child = matcher.compare(hamoudi, papers);
		assertThat(child.decision()).isEqualTo(MatchDecision.MATCH);
		assertThat(codes(child)).doesNotContain("givenDiffers", "givenPartly");
		// written with nothing else, it is the given name too
		assertThat(codes(compare(p("Biro", null, null, 2015, Sex.M, "SYR"), p("İbrahim", null, null, 2015, Sex.M, "SYR"))))
			.doesNotContain("givenDiffers");
		// keyed as the full name too: "Hamo" of a day meets the papers' Mohammad of that day, which no key of the
		// form as written does
		var hamo = matcher.prepare(p("Hamo", null, LocalDate.of(1989, 3, 8), null, Sex.M, null));
		var mohammad = matcher.prepare(p("Mohammad Yousef", "Ali", LocalDate.of(1989, 3, 8), null, Sex.M, "PAK"));
		assertThat(shared(matcher.bulkBlockingKeys(hamo), matcher.bulkBlockingKeys(mohammad))).isNotEmpty();
		assertThat(shared(matcher.indexKeys(mohammad), matcher.searchKeys(hamo))).isNotEmpty();
		// names in the wrong fields: the Hamo written as a given name is the other record's family name
		MatchResult swapped = compare(p("Hamo", "Abdulrazzaq", LocalDate.of(1981, 9, 15), null, Sex.M, "SYR"),
				p("Abdulrazzaq", "Hamo", LocalDate.of(1981, 9, 15), null, Sex.M, "SYR"));
		assertThat(swapped.decision()).isEqualTo(MatchDecision.MATCH);
		assertThat(codes(swapped)).contains("namesSwapped");
		// a family name Hamo is a family name: Fatima Hamo is not Fatima Mohammad
		MatchResult family = compare(p("Fatima", "Hamo", null, 1997, Sex.F, "SYR"), p("Fatima", "Mohammad", null, 1997, Sex.F, "SYR"));
		assertThat(codes(family)).contains("familyDiffers");
		assertThat(family.decision()).isEqualTo(MatchDecision.NO_MATCH);
	}

	@Test
	void aSomaliRecordsCIsTheAynThatOtherSpellingsLeaveOut() {
		// "Cali Cumar" of a Somali record is Ali Umar (Omer in Turkish spelling), and they are keyed together
		var somali = matcher.prepare(p("Cali", "Cumar", null, 1988, Sex.M, "SOM"));
		var turkish = matcher.prepare(p("Ali", "Ömer", LocalDate.of(1988, 1, 1), null, Sex.M, "SOM"));
		assertThat(shared(matcher.blockingKeys(somali), matcher.blockingKeys(turkish))).isNotEmpty();
		assertThat(codes(matcher.compare(somali, turkish))).contains("givenSame").doesNotContain("familyDiffers");
		assertThat(codes(compare(p("Nimco", "Jaamac", null, 1972, Sex.F, "DJI"), p("Nimo", "Jama", null, 1972, Sex.F, null))))
			.doesNotContain("givenDiffers", "familyDiffers");
		// before e or i, and in ch, the c is another spelling's: Hatice is Hatice, Aicha Aicha
		assertThat(codes(compare(p("Hatice", "Cabdi", null, 1990, Sex.F, "SOM"), p("Hatice", "Abdi", null, 1990, Sex.F, "TUR"))))
			.contains("givenSame", "familySame");
		assertThat(codes(compare(p("Aicha", "Cali", null, 1990, Sex.F, "SOM"), p("Aisha", "Ali", null, 1990, Sex.F, null))))
			.doesNotContain("givenDiffers");
		// "C." of a Somali record is the initial of a name its other registrations write with the ʿayn left out
		assertThat(codes(compare(p("Filsan", "C.", null, 2007, Sex.F, "SOM"), p("Filsan", "Cabdi", null, 2007, Sex.F, "SOM"))))
			.contains("initialAgrees").doesNotContain("initialDiffers");
		// elsewhere the c may be the Turkish c, the English j: Cemal is not Emel, Cumali not Umali
		assertThat(codes(compare(p("Cumali", "Kaya", null, 1990, Sex.M, "TUR"), p("Umali", "Kaya", null, 1990, Sex.M, "TUR"))))
			.doesNotContain("givenSame", "givenEquivalent");
	}

	private static java.util.Set<String> shared(java.util.Set<String> x, java.util.Set<String> y) {
		var both = new java.util.HashSet<>(x);
		both.retainAll(y);
		return both;
	}

	/** Whether swapping two neighbouring digits of a, written out, writes b. */
	private static boolean writtenSwapped(int a, int b) {
		String x = Integer.toString(a);
		for (int i = 0; i + 1 < x.length(); i++) {
			String swapped = x.substring(0, i) + x.charAt(i + 1) + x.charAt(i) + x.substring(i + 2);
			if (a != b && swapped.equals(Integer.toString(b))) {
				return true;
			}
		}
		return false;
	}

}
