package org.opennrm.matching.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.opennrm.IntegrationTest;
import org.opennrm.reference.Country;
import org.opennrm.reference.CountryList;
import org.opennrm.reference.ReferenceData;

/**
 * The countries the bulk command reads a citizenship by, which it takes from the list's file as it opens no database,
 * are those of the reference data: the table, which a migration brings to the file, holds no country the command does
 * not read, nor another name.
 */
@IntegrationTest
class CountriesTests {

	@Autowired
	ReferenceData reference;

	@Test
	void theCommandsCountriesAreTheReferenceDatas() {
		Map<String, String> english = reference.countries(Locale.ENGLISH).stream()
			.collect(Collectors.toMap(Country::code, country -> country.alpha2() + " " + country.name()));
		Map<String, String> turkish = reference.countries(Locale.forLanguageTag("tr")).stream()
			.collect(Collectors.toMap(Country::code, country -> country.alpha2() + " " + country.name()));
		assertThat(Countries.REFERENCE.all().stream().collect(Collectors.toMap(CountryList.Entry::alpha3,
				country -> country.alpha2() + " " + country.nameEn()))).isEqualTo(english);
		assertThat(Countries.REFERENCE.all().stream().collect(Collectors.toMap(CountryList.Entry::alpha3,
				country -> country.alpha2() + " " + country.nameTr()))).isEqualTo(turkish);
	}

	@Test
	void everyCodeAndEveryNameOfACountryIsReadAsItsCode() {
		assertThat(Countries.REFERENCE.all()).hasSize(254).allSatisfy(country -> {
			assertThat(Countries.REFERENCE.code(country.alpha3().toLowerCase(Locale.ROOT))).isEqualTo(country.alpha3());
			if (country.alpha2() != null) {
				assertThat(Countries.REFERENCE.code(country.alpha2())).isEqualTo(country.alpha3());
			}
			assertThat(Countries.REFERENCE.code(country.nameEn().toUpperCase(Locale.ROOT))).isEqualTo(country.alpha3());
			assertThat(Countries.REFERENCE.code(country.nameTr().toUpperCase(Locale.forLanguageTag("tr"))))
				.isEqualTo(country.alpha3());
		});
		assertThat(Countries.REFERENCE.code("  suriye ")).isEqualTo("SYR");
		assertThat(Countries.REFERENCE.code("IRAK")).isEqualTo("IRQ");
		assertThat(Countries.REFERENCE.code("ıran")).isEqualTo("IRN");
		assertThat(Countries.REFERENCE.code("Sur")).isEqualTo("SUR");
		assertThat(Countries.REFERENCE.code("Syrie")).isNull();
	}

	/**
	 * ICAO's codes of a stateless person, a refugee and a nationality unspecified, and Kosovo, are read by their codes
	 * and names, as a country is; Kosovo also by the RKS its passports write.
	 */
	@Test
	void aStatelessPersonARefugeeAndKosovoAreReadByCodeAndName() {
		assertThat(Countries.REFERENCE.code("XXA")).isEqualTo("XXA");
		assertThat(Countries.REFERENCE.code("stateless")).isEqualTo("XXA");
		assertThat(Countries.REFERENCE.code("VATANSIZ")).isEqualTo("XXA");
		assertThat(Countries.REFERENCE.code("Vatansız")).isEqualTo("XXA");
		assertThat(Countries.REFERENCE.code("xxb")).isEqualTo("XXB");
		assertThat(Countries.REFERENCE.code("Mülteci (1951 Cenevre Sözleşmesi)")).isEqualTo("XXB");
		assertThat(Countries.REFERENCE.code("refugee (other)")).isEqualTo("XXC");
		assertThat(Countries.REFERENCE.code("Uyrugu belirtilmemis")).isEqualTo("XXX");
		assertThat(Countries.REFERENCE.code("Kosova")).isEqualTo("XKX");
		assertThat(Countries.REFERENCE.code("XK")).isEqualTo("XKX");
		assertThat(Countries.REFERENCE.code("rks")).isEqualTo("XKX");
		assertThat(Countries.REFERENCE.all()).filteredOn(country -> country.alpha3().startsWith("XX"))
			.extracting(CountryList.Entry::alpha2).containsOnlyNulls().hasSize(4);
	}

	/**
	 * A refugee written without the kind is either of ICAO's two, not one forced on it; a conditional refugee of
	 * Turkish law is ICAO's other refugee; a protection status is no citizenship, and no status either.
	 */
	@Test
	void aRefugeeWithoutTheKindIsEitherAndAProtectionStatusIsNoCitizenship() {
		for (String refugee : List.of("Mülteci", "MÜLTECİ", "multeci", " Refugee ")) {
			assertThat(Countries.REFERENCE.codes(refugee)).as(refugee).containsExactly("XXB", "XXC");
		}
		for (String conditional : List.of("Şartlı mülteci", "ŞARTLI MÜLTECİ", "sartli multeci", "Conditional refugee")) {
			assertThat(Countries.REFERENCE.codes(conditional)).as(conditional).containsExactly("XXC");
		}
		assertThat(Countries.REFERENCE.codes("Mülteci (1951 Cenevre Sözleşmesi)")).containsExactly("XXB");
		assertThat(Countries.REFERENCE.codes("Suriye")).containsExactly("SYR");
		for (String protection : List.of("Geçici koruma", "GEÇİCİ KORUMA", "temporary protection", "İkincil koruma",
				"Sığınmacı", "asylum seeker")) {
			assertThat(Countries.REFERENCE.codes(protection)).as(protection).isEmpty();
			assertThat(Countries.protection(protection)).as(protection).isTrue();
		}
		assertThat(Countries.protection("Mülteci")).isFalse();
	}

}
