package org.opennrm.matching.bulk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.opennrm.reference.CountryList;
import org.opennrm.reference.CountryList.Entry;
import org.opennrm.shared.TextFolding;

/**
 * The countries of OpenNRM's reference data ({@link CountryList}, which the table {@code country} is brought to), as
 * the bulk command reads a citizenship: by its alpha-3 or alpha-2 code, or by its name in Turkish or English, in any
 * case and with or without the marks of its letters, as {@link TextFolding#fold} compares names ({@code TÜRKİYE},
 * {@code Turkiye}, {@code suriye}, {@code Syria}, {@code vatansız}, {@code Stateless}); and by the codes documents
 * write in place of the list's ({@linkplain CountryList#documentCodes Kosovo's RKS}). The command opens no database,
 * and reads the list's file as the migration does; {@code CountriesTests} checks that the table and it agree.
 */
final class Countries {

	static final Countries REFERENCE = new Countries(CountryList.reference().entries());

	private final List<Entry> all;

	/** Each country's alpha-3 code by every way of writing it, {@linkplain TextFolding#fold folded}. */
	private final Map<String, String> byWriting;

	private Countries(List<Entry> all) {
		this.all = List.copyOf(all);
		Map<String, String> writings = new HashMap<>();
		Set<String> shared = new HashSet<>();
		for (Entry country : all) {
			List<String> ways = new ArrayList<>(List.of(country.alpha3(), country.nameEn(), country.nameTr()));
			if (country.alpha2() != null) {
				ways.add(country.alpha2());
			}
			CountryList.documentCodes().forEach((code, alpha3) -> {
				if (alpha3.equals(country.alpha3())) {
					ways.add(code);
				}
			});
			for (String writing : ways) {
				String previous = writings.put(TextFolding.fold(writing), country.alpha3());
				if (previous != null && !previous.equals(country.alpha3())) {
					shared.add(TextFolding.fold(writing));
				}
			}
		}
		// a writing two countries share would name neither for sure
		shared.forEach(writings::remove);
		this.byWriting = Map.copyOf(writings);
	}

	List<Entry> all() {
		return all;
	}

	/** The alpha-3 code of the country written so, or null. */
	String code(String written) {
		return byWriting.get(TextFolding.fold(written));
	}

	/**
	 * The codes a citizenship written so stands for: the country's ({@link #code}), or a refugee's written without
	 * the list's words for its kind ({@link #REFUGEES}); none for anything else.
	 */
	List<String> codes(String written) {
		String code = code(written);
		return code != null ? List.of(code) : REFUGEES.getOrDefault(TextFolding.fold(written), List.of());
	}

	/**
	 * A refugee written as registers write one, {@linkplain TextFolding#fold folded}, without the list's words for
	 * which of ICAO's two kinds ("Mülteci (1951 Cenevre Sözleşmesi)", "Refugee (other)"). A bare "mülteci" or "refugee" is
	 * either: a clerk's word for any refugee, and in Türkiye often for a person under temporary protection; the
	 * Convention's refugee of Turkish law (YUKK article 61, "mülteci") is rare. Read as both codes, it agrees with a
	 * record of either and, as either does, counts neither for nor against a country or XXA; read as one, it would
	 * agree with that kind only, and claim what the register did not say. A conditional refugee ("şartlı mülteci",
	 * YUKK article 62: the Convention's definition, for events outside Europe, which Türkiye's geographical limitation
	 * does not grant the Convention's status) is XXC, a refugee other than the Convention's.
	 */
	private static final Map<String, List<String>> REFUGEES = Map.of("multeci", List.of("XXB", "XXC"), "refugee",
			List.of("XXB", "XXC"), "sartli multeci", List.of("XXC"), "conditional refugee", List.of("XXC"));

	/**
	 * Whether the citizenship written so is a protection status, which is no citizenship and says nothing of one:
	 * temporary protection ("geçici koruma", which Syrians in Türkiye hold and keep their Syrian citizenship under),
	 * subsidiary protection ("ikincil koruma"), an applicant for protection ("sığınmacı", "asylum seeker").
	 */
	static boolean protection(String written) {
		return PROTECTION.contains(TextFolding.fold(written));
	}

	private static final Set<String> PROTECTION = Set.of("gecici koruma", "temporary protection", "ikincil koruma",
			"subsidiary protection", "siginmaci", "asylum seeker");

}
