package org.opennrm.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * What the explanations say, in English and Turkish, as a case worker reads them: which record a reason about one of
 * them is about, the candidate search's two sides told apart (a search is not a record); names written in another
 * script or spelling told from identical ones; a name called common only where it is, and where it counts less. The
 * words change, never the score (an integrator's test of the candidate search on the demo).
 */
class ExplanationTests {

	private static final Locale EN = Locale.ENGLISH;

	private static final Locale TR = Locale.forLanguageTag("tr");

	private static final LocalDate BORN = LocalDate.of(1994, 3, 12);

	/** Two records of a file, as the bulk command compares them. */
	private final PersonMatcher file = PersonMatcher.standard();

	/** A search (the first) and a registered person's record (the second), as the candidate search compares them. */
	private final PersonMatcher search = PersonMatcher.standard().forSearch();

	private static MatchResult compare(PersonMatcher matcher, PersonRecord a, PersonRecord b) {
		return matcher.compare(matcher.prepare(a), matcher.prepare(b));
	}

	private static String english(PersonMatcher matcher, PersonRecord a, PersonRecord b) {
		return compare(matcher, a, b).explanation().render(EN);
	}

	private static String turkish(PersonMatcher matcher, PersonRecord a, PersonRecord b) {
		return compare(matcher, a, b).explanation().render(TR);
	}

	private static PersonRecord p(String given, String family, LocalDate date, Integer year) {
		return new PersonRecord("x", given, family, null, date, year, Sex.F, List.of("TJK"));
	}

	@Test
	void aMissingDateOfBirthIsSaidOfTheRecordThatLacksIt() {
		PersonRecord dated = p("Fatma", "Hüseyni", BORN, null);
		PersonRecord undated = p("Fatma", "Hüseyni", null, null);
		// two records of a file: one of them, or both (both were "missing in one record")
		assertThat(english(file, dated, undated)).startsWith("date of birth missing in one record;");
		assertThat(english(file, undated, dated)).startsWith("date of birth missing in one record;");
		assertThat(turkish(file, undated, dated)).startsWith("kayıtlardan birinde doğum tarihi yok;");
		assertThat(english(file, undated, undated)).startsWith("date of birth missing in both records;");
		assertThat(turkish(file, undated, undated)).startsWith("iki kayıtta da doğum tarihi yok;");
		// a search and a registered record: which of the two
		assertThat(english(search, undated, dated)).startsWith("no date of birth in the search;");
		assertThat(turkish(search, undated, dated)).startsWith("aramada doğum tarihi yok;");
		assertThat(english(search, dated, undated)).startsWith("no date of birth in the registered record;");
		assertThat(turkish(search, dated, undated)).startsWith("kayıtta doğum tarihi yok;");
		assertThat(english(search, undated, undated)).startsWith("no date of birth in the search nor in the registered record;");
		assertThat(turkish(search, undated, undated)).startsWith("ne aramada ne kayıtta doğum tarihi var;");
		// one reason, however worded, and one score
		assertThat(compare(search, undated, dated).explanation().codes()).contains("birthMissing");
		assertThat(compare(search, undated, dated).score()).isEqualTo(compare(file, undated, dated).score());
	}

	@Test
	void aNameOnlyOneSideHasIsSaidOfThatSide() {
		PersonRecord fatma = p("Fatma", "Hüseyni", BORN, null);
		PersonRecord fatmaNur = p("Fatma Nur", "Hüseyni", BORN, null);
		assertThat(english(file, fatma, fatmaNur)).contains("; one record has a name the other lacks;");
		assertThat(english(search, fatma, fatmaNur)).contains("; the registered record has a name the search lacks;");
		assertThat(turkish(search, fatma, fatmaNur)).contains("; kayıtta aramada olmayan bir isim var;");
		assertThat(english(search, fatmaNur, fatma)).contains("; the search has a name the registered record lacks;");
		assertThat(turkish(search, fatmaNur, fatma)).contains("; aramada kayıtta olmayan bir isim var;");
		// a second given name on one side, a second family name on the other
		PersonRecord fatmaKaya = p("Fatma", "Hüseyni Kaya", BORN, null);
		assertThat(english(file, fatmaNur, fatmaKaya)).contains("; each record has a name the other lacks;");
		assertThat(turkish(file, fatmaNur, fatmaKaya)).contains("; iki kaydın her birinde ötekinde olmayan bir isim var;");
		assertThat(english(search, fatmaNur, fatmaKaya))
			.contains("; the search and the registered record each have a name the other lacks;");
		assertThat(turkish(search, fatmaNur, fatmaKaya)).contains("; hem aramada hem kayıtta ötekinde olmayan bir isim var;");
	}

	@Test
	void anInitialAndAFathersNameAreSaidOfTheSideThatWritesThem() {
		PersonRecord initial = p("Adnan", "S.", null, 1990);
		PersonRecord saadi = p("Adnan", "Saadi", null, 1990);
		assertThat(english(file, initial, saadi)).contains("a name written as its initial agrees with a name of the other record");
		assertThat(english(search, initial, saadi))
			.contains("a name written as its initial in the search agrees with a name of the registered record");
		assertThat(turkish(search, initial, saadi)).contains("aramada baş harfiyle yazılmış bir isim kayıttaki bir isimle uyuşuyor");
		assertThat(english(search, saadi, initial))
			.contains("a name written as its initial in the registered record agrees with a name in the search");
		assertThat(turkish(search, saadi, initial)).contains("kayıtta baş harfiyle yazılmış bir isim aramadaki bir isimle uyuşuyor");
		// an initial both write is both records'
		assertThat(english(file, initial, initial))
			.contains("names written as initials in both records agree with each other or with the other record's names");
		PersonRecord initialK = p("Adnan", "K.", null, 1990);
		assertThat(english(search, initialK, saadi))
			.contains("a name written as its initial in the search agrees with none of the registered record's names");
		assertThat(turkish(search, saadi, initialK))
			.contains("kayıtta baş harfiyle yazılmış bir isim aramadaki isimlerin hiçbiriyle uyuşmuyor");
		// Hussein, son of Ahmad, and Ahmad
		PersonRecord son = p("Hussein Ahmad", "Halabi", null, 1997);
		PersonRecord father = p("Ahmad", "Halabi", null, 1997);
		assertThat(english(file, son, father)).contains("the first given name of one record is missing from the other");
		assertThat(english(search, son, father)).contains("the first given name in the search is missing from the registered "
				+ "record, whose first given name is a later name in the search (a father's name?)");
		assertThat(turkish(search, son, father))
			.contains("aramadaki ilk ad kayıtta yok; kayıttaki ilk ad, aramadaki sonraki bir ad (baba adı olabilir)");
		assertThat(english(search, father, son)).contains("the first given name of the registered record is missing from the search");
		assertThat(turkish(search, father, son)).contains("kayıttaki ilk ad aramada yok");
	}

	@Test
	void aNameWrittenInAnotherScriptIsTheSameNameNotAnIdenticalOne() {
		PersonRecord latin = p("Natalya", "Smirnova", BORN, null);
		PersonRecord cyrillic = p("Наталья", "Смирнова", BORN, null);
		MatchResult across = compare(file, latin, cyrillic);
		assertThat(across.explanation().render(EN)).isEqualTo(
				"same date of birth; the same given name, written in another script; the same family name, written in another script; same citizenship");
		assertThat(across.explanation().render(TR)).isEqualTo(
				"aynı doğum tarihi; aynı ad, başka bir alfabeyle yazılmış; aynı soyadı, başka bir alfabeyle yazılmış; aynı vatandaşlık");
		// the score reads one name: what it weighs, and the reason it gives, are those of the same letters
		assertThat(across.explanation().codes()).contains("givenSame", "familySame");
		assertThat(across.score()).isEqualTo(compare(file, latin, latin).score());
		// the same letters, case and marks aside, are identical; another spelling, in either script, is said so
		assertThat(english(file, latin, p("NATALYA", "SMİRNOVA", BORN, null))).contains("; given name identical; family name identical;");
		assertThat(english(file, p("Natalia", "Smirnova", BORN, null), latin))
			.contains("; the same given name in another spelling; family name identical;");
		assertThat(turkish(file, p("Natalia", "Smirnova", BORN, null), latin)).contains("; aynı ad, başka bir yazımla; soyadı aynı;");
		assertThat(english(file, p("Natalia", "Smirnova", BORN, null), cyrillic))
			.contains("; the same given name in another script and spelling; the same family name, written in another script;");
		assertThat(turkish(file, p("Natalia", "Smirnova", BORN, null), cyrillic))
			.contains("; aynı ad, başka bir alfabe ve yazımla; aynı soyadı, başka bir alfabeyle yazılmış;");
		// the tester's: Фатима Хусейни, searched for as Fatima Huseyni
		PersonRecord consulate = p("Фатима", "Хусейни", BORN, null);
		assertThat(english(search, p("Fatima", "Huseyni", BORN, null), consulate)).contains(
				"; the same given name, written in another script; the same family name in another script and spelling;");
		// names in one line, in Arabic script and in Latin letters
		PersonRecord arabic = new PersonRecord("y", null, null, "فاطمه حسینی", BORN, null, Sex.F, List.of("TJK"));
		assertThat(english(file, p("Fatemeh", "Hosseini", BORN, null), arabic))
			.contains("; the same names in another script and spelling;");
		assertThat(turkish(file, p("Fatemeh", "Hosseini", BORN, null), arabic)).contains("; aynı isimler, başka bir alfabe ve yazımla;");
		PersonRecord oneLine = new PersonRecord("y", null, null, "Natalya Smirnova", BORN, null, Sex.F, List.of("TJK"));
		PersonRecord oneLineCyrillic = new PersonRecord("y", null, null, "Наталья Смирнова", BORN, null, Sex.F, List.of("TJK"));
		assertThat(english(file, oneLine, oneLineCyrillic)).contains("; the same names, written in another script;");
		assertThat(turkish(file, oneLine, oneLineCyrillic)).contains("; aynı isimler, başka bir alfabeyle yazılmış;");
		assertThat(english(file, oneLine, oneLine)).contains("; names identical;");
	}

	@Test
	void aNameIsCalledCommonOnlyWhereItIsAndWhereItCountsNoticeablyLess() {
		// Muhammad and Ahmad, 6 % and 3 % by the shipped defaults: each counts 3 bits or more less than a rare name
		assertThat(compare(file, p("Mohammad", "Ahmad", null, 1990), p("Muhammed", "Ahmed", null, 1990)).explanation().codes())
			.contains("commonName");
		// the defaults keep their shares by skeleton: Layla is weighed as Ali (l), Hosseini as Hasan (k-s-n), Hamidi as
		// Ahmad (k-m-t), Yusufi as Yusuf (s-f); none of them is the name the defaults know to be common
		for (String[] names : List.of(new String[] { "Layla", "Haddad" }, new String[] { "Zahra", "Hosseini" },
				new String[] { "Reza", "Hamidi" }, new String[] { "Amina", "Yusufi" })) {
			PersonRecord record = p(names[0], names[1], null, 1990);
			assertThat(compare(file, record, record).explanation().codes()).as(names[0] + " " + names[1])
				.doesNotContain("commonName");
		}
		// Abdullah, 1.2 %, counts 1.9 bits less than a rare name: not noticeably less
		PersonRecord abdullah = p("Abdullah", "Haddad", null, 1990);
		assertThat(compare(file, abdullah, abdullah).explanation().codes()).doesNotContain("commonName");
		// a similar name is weighed as if no name were rarer than 0.5 %: Ahmad against Ahmadi counts 1.7 bits less
		assertThat(compare(file, p("Reza", "Ahmad", null, 1990), p("Reza", "Ahmadi", null, 1990)).explanation().codes())
			.contains("familySimilar").doesNotContain("commonName");
	}

	/**
	 * Two names that come together more often than their shares say count less together, and are called common where
	 * other records carry the pair; but only where the pair counts noticeably less: in a file of 20,000 records, Tamara
	 * and Petrova, each of 196 records (under 1 %), together in 6, count 1.46 bits less (1.25 in the score).
	 */
	@Test
	void aPairOfNamesIsCalledCommonOnlyWhereItCountsNoticeablyLess() {
		List<PersonRecord> records = new java.util.ArrayList<>();
		for (int i = 0; i < 20_000 - 6; i++) {
			String letters = "" + (char) ('a' + i % 26) + (char) ('a' + i / 26 % 26) + (char) ('a' + i / 676);
			String given = i < 190 ? "Tamara" : "Given" + letters;
			String family = i >= 190 && i < 380 ? "Petrova" : "Family" + letters;
			records.add(p(given, family, null, 1950 + i % 60));
		}
		PersonRecord tamara = p("Tamara", "Petrova", null, 1990);
		for (int i = 0; i < 6; i++) {
			records.add(tamara);
		}
		NameFrequencies.Counter counter = NameFrequencies.counter();
		records.forEach(r -> counter.add(file.prepare(r)));
		PersonMatcher counted = file.withFrequencies(counter.build()).withPopulation(records.size());
		MatchResult pair = compare(counted, tamara, tamara);
		assertThat(pair.explanation().codes()).contains("givenSame", "familySame").doesNotContain("commonName");
		// the pair does count less than its names' shares say: more than a bit (called common until December 2026), less
		// than the two bits in the score that make a name common
		double correction = counted.evidence(counted.prepare(tamara), counted.prepare(tamara)).names().pairCorrection();
		assertThat(correction).isBetween(-NameComparison.COMMON_BITS / NameComparison.NAME_EVIDENCE, -1.0);
	}

	@Test
	void aPairHeldBackSaysSoInWordsNotInTheDecisionsCode() {
		LocalDate day = LocalDate.of(2003, 8, 15);
		PersonRecord ali = new PersonRecord("x", "Ali", "Kaya", null, day, null, Sex.M, List.of("TUR"));
		PersonRecord veli = new PersonRecord("y", "Veli", "Kaya", null, day, null, Sex.M, List.of("TUR"));
		assertThat(english(file, ali, veli)).endsWith("given names differ where the family name agrees: brothers, sisters and "
				+ "twins look so; this pair alone does not show they are one person");
		assertThat(turkish(file, ali, veli)).endsWith(
				"soyadı uyuşuyor ama adlar farklı: kardeşler ve ikizler böyle görünür; bu çift tek başına aynı kişi olduklarını göstermez");
		// one name only, of the search or of the registered record
		PersonRecord roya = new PersonRecord("q", "Roya", null, null, null, 1975, Sex.F, List.of());
		PersonRecord royaRezai = new PersonRecord("r", "Roya", "Rezai", null, LocalDate.of(1975, 2, 5), null, Sex.F, List.of("IRN"));
		assertThat(english(search, roya, royaRezai)).endsWith("the search names one name only, which does not tell the people "
				+ "who carry it apart: this pair alone does not show they are one person");
		assertThat(turkish(search, roya, royaRezai)).endsWith("aramada tek bir ad var; tek ad, o adı taşıyan kişileri birbirinden "
				+ "ayırmaz: bu çift tek başına aynı kişi olduklarını göstermez");
		assertThat(english(search, royaRezai, roya)).contains("the registered record names one name only");
		assertThat(turkish(search, royaRezai, roya)).contains("kayıtta tek bir ad var;");
		for (PersonMatcher matcher : List.of(file, search)) {
			for (Locale locale : List.of(EN, TR)) {
				assertThat(compare(matcher, ali, veli).explanation().render(locale)).doesNotContain("MATCH");
				assertThat(compare(search, roya, royaRezai).explanation().render(locale)).doesNotContain("MATCH");
			}
		}
	}

}
