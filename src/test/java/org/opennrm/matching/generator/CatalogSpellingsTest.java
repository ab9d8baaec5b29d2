package org.opennrm.matching.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opennrm.matching.PersonMatcher;
import org.opennrm.matching.PersonRecord;
import org.opennrm.matching.PreparedPerson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every name of the generator's catalog, in all the spellings the catalog lists (Arabic and Persian script, Cyrillic,
 * English, French, German, Turkish, Azerbaijani, Uzbek, Turkmen, Romanian) and its Cyrillic form romanised by each
 * system clerks use (ICAO, English, German, French, Turkish): any two spellings of one name should meet as the same
 * or an equivalent name, not merely as similar ones. Some never will by rule ("Fatme"/"Fotima", "Alexander"/"Oleksandr"
 * are for the name lists); the share that does guards the transliteration rules against a change that loses a whole
 * way of writing (before the German and Latin readings and the vowel groups, 77 % of these pairs met; with them, 93.5 %).
 */
class CatalogSpellingsTest {

	private static final PersonMatcher MATCHER = PersonMatcher.standard();

	@Test
	void spellingsOfOneNameMeetAsOneName() {
		int pairs = 0;
		List<String> apart = new ArrayList<>();
		for (CanonicalName name : NameCatalog.load().all()) {
			List<String> spellings = spellings(name);
			for (int i = 0; i < spellings.size(); i++) {
				for (int j = i + 1; j < spellings.size(); j++) {
					pairs++;
					List<String> codes = MATCHER.compare(person(spellings.get(i)), person(spellings.get(j))).explanation().codes();
					if (!codes.contains("namesSame") && !codes.contains("namesEquivalent")) {
						apart.add(spellings.get(i) + " / " + spellings.get(j));
					}
				}
			}
		}
		assertThat(pairs).isGreaterThan(10_000);
		double met = 1 - (double) apart.size() / pairs;
		assertThat(met).as("share of spelling pairs of one catalog name that meet; %d apart, e.g. %s", apart.size(),
				apart.subList(0, Math.min(20, apart.size()))).isGreaterThanOrEqualTo(0.93);
	}

	/** One-word spellings of a name, each once, by what they normalise to. */
	private static List<String> spellings(CanonicalName name) {
		Map<String, String> byToken = new LinkedHashMap<>();
		name.forms().forEach((key, forms) -> {
			if (key.startsWith("p") || key.startsWith("up")) {
				return; // patronymics are other names
			}
			for (String form : forms) {
				add(byToken, form);
				if (key.equals("cy") || key.equals("uk")) {
					for (CyrillicRomanizer.System system : CyrillicRomanizer.System.values()) {
						add(byToken, CyrillicRomanizer.romanize(form, system, key.equals("uk")));
					}
				}
			}
		});
		return new ArrayList<>(byToken.values());
	}

	private static void add(Map<String, String> byToken, String spelling) {
		if (!spelling.isBlank() && !spelling.strip().contains(" ")) {
			byToken.putIfAbsent(spelling.strip().toLowerCase(java.util.Locale.ROOT), spelling.strip());
		}
	}

	private static PreparedPerson person(String name) {
		return MATCHER.prepare(new PersonRecord("x", null, null, name, null, null, null, List.of()));
	}

}
