package org.opennrm.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * Holds the blocking keys that sample records are filed under, and those a search for them looks for, under {@link PersonMatcher#KEY_SCHEME}. People in the index are
 * found through the keys they were filed under: a change to the normalisation or to the key rules that gives a record
 * other keys must raise the scheme, so that the index re-keys the people it holds. When this test fails after such a
 * change, raise {@code KEY_SCHEME} and put the new fingerprint and scheme here.
 */
class KeySchemeTests {

	static final int SCHEME = 17;

	static final String FINGERPRINT = "1314857143b1b649cfda948a9b8f32a5b2718b2ff0034bf448261d931b41347e";

	static final List<PersonRecord> SAMPLES = List.of(
			new PersonRecord("1", "Fatma", "Hüseyni", null, LocalDate.of(1994, 3, 12), null, Sex.F, List.of("AFG")),
			new PersonRecord("2", null, null, "فاطمه حسینی", null, 1994, Sex.F, List.of()),
			new PersonRecord("3", "Фатима", "Хусейни", null, null, null, null, List.of()),
			new PersonRecord("4", "Abdul Rahman", "Al-Hassan", "عبد الرحمن الحسن", LocalDate.of(1988, 1, 1), 1988, Sex.M,
					List.of("SYR")),
			new PersonRecord("5", "Iryna Mykolaivna", "Shevchenko", "Ірина Миколаївна Шевченко", null, 2001, Sex.F,
					List.of("UKR")),
			new PersonRecord("6", "Mehmet Ali", "Yıldız oğlu", null, LocalDate.of(1979, 11, 30), null, Sex.M, List.of("TUR")),
			new PersonRecord("7", null, null, "Aya", null, null, null, List.of()),
			new PersonRecord("8", "Gulnara", "Tokhtarova", null, null, 1990, Sex.F, List.of("KGZ")),
			new PersonRecord("9", "Ulug‘bek", "Xo‘jayev", null, null, 1985, Sex.M, List.of("UZB")),
			new PersonRecord("10", null, null, "ذبیح الله احمدی", LocalDate.of(1992, 5, 4), null, Sex.M, List.of("AFG")),
			new PersonRecord("11", "Əli", "Məmmədov", null, null, 1990, Sex.M, List.of("AZE")),
			new PersonRecord("12", null, null, "زهرا احمدی", null, 1999, Sex.F, List.of("IRN")),
			new PersonRecord("13", "Abdurahman", "Yusupov", null, null, 1987, Sex.M, List.of("UZB")),
			new PersonRecord("14", "Elçin", "Ali Yev", null, null, 1982, Sex.M, List.of("AZE")),
			new PersonRecord("15", "Maryam", "Hossein Zadeh", null, null, 1988, Sex.F, List.of("IRN")),
			new PersonRecord("16", "Nodira Aziz qizi", "Hamidova", null, null, 1977, Sex.F, List.of("UZB")),
			new PersonRecord("17", "Mohammad", "BİLİNMİYOR", null, null, 1990, Sex.M, List.of("AFG")),
			new PersonRecord("18", "Elnur Kamran oğlu", "Məmmədov", null, null, 1990, Sex.M, List.of("AZE")),
			new PersonRecord("19", "Zahra", "X", null, LocalDate.of(1900, 1, 1), null, Sex.F, List.of("AFG")),
			new PersonRecord("20", "Әлия", "Нұрғалиева", null, null, 1995, Sex.F, List.of("KAZ")),
			new PersonRecord("21", null, null, "Ҷамшед Раҳимов", null, 1989, Sex.M, List.of("TJK")),
			new PersonRecord("22", null, null, "ڕێزان کۆچەر", null, 1993, Sex.F, List.of("IRQ")),
			new PersonRecord("23", "AYÞE", "YÝLMAZ", null, null, 1991, Sex.F, List.of("TUR")),
			new PersonRecord("24", "HÃœSEYÄ°N", "ERDOÄžAN", null, null, 1976, Sex.M, List.of("TUR")),
			new PersonRecord("25", "احمد", "فرزند ذبیح الله", "محمد بن احمد", null, 1984, Sex.M, List.of("AFG")),
			new PersonRecord("26", "Ahmad", "s/o Ibrahim", null, null, 1985, Sex.M, List.of("PAK")),
			new PersonRecord("27", "Md. Karim", "Uddin", null, null, 1990, Sex.M, List.of("BGD")),
			new PersonRecord("28", "Roya", null, null, null, 1975, Sex.F, List.of("IRN")),
			new PersonRecord("29", "Kamran", "-", null, null, null, Sex.M, List.of("AZE")),
			new PersonRecord("30", "Adnan", "S.", null, null, 1985, Sex.M, List.of("IRQ")),
			new PersonRecord("31", "AY5E", "OZDEMIR", "P<TUROZDEMIR<<AYSE<<<<<<<<<<<<<<<<<<<<<<<<<<",
					LocalDate.of(1990, 11, 21), null, Sex.F, List.of("TUR")),
			new PersonRecord("32", "Саша", "Иванова", null, null, 1995, Sex.F, List.of("UKR")),
			new PersonRecord("33", "Hamoudi", "Hamo", null, null, 2013, Sex.M, List.of("SYR")),
			new PersonRecord("34", "Keti", "Beridze", null, null, 1990, Sex.F, List.of("GEO")),
			new PersonRecord("35", "Cali", "Cumar Jaamac", null, null, 1988, Sex.M, List.of("SOM")));

	@Test
	void theKeysOfSampleRecordsAreThoseOfTheCurrentScheme() throws Exception {
		PersonMatcher matcher = PersonMatcher.standard();
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		for (PersonRecord record : SAMPLES) {
			PreparedPerson prepared = matcher.prepare(record);
			digest.update(String.join("\n", new TreeSet<>(matcher.indexKeys(prepared))).getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			// what a search looks for changes with what is filed: a search under other keys finds nobody filed before
			digest.update(String.join("\n", new TreeSet<>(matcher.searchKeys(prepared))).getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
		}
		String fingerprint = HexFormat.of().formatHex(digest.digest());
		assertThat(PersonMatcher.KEY_SCHEME).as("the scheme these samples were fingerprinted under").isEqualTo(SCHEME);
		assertThat(fingerprint)
			.as("the sample records get other blocking keys than under scheme %d: raise PersonMatcher.KEY_SCHEME, "
					+ "then put the new scheme and this fingerprint in KeySchemeTests", SCHEME)
			.isEqualTo(FINGERPRINT);
	}

}
