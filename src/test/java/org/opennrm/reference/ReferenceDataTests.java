package org.opennrm.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.opennrm.TestTokens.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.opennrm.IntegrationTest;
import org.opennrm.SignIn;
import org.opennrm.TestTokens;
import org.opennrm.identity.ApiClientManagement;
import org.opennrm.identity.Role;
import org.opennrm.organisation.OrganisationManagement;

@IntegrationTest
class ReferenceDataTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReferenceData reference;

	@Autowired
	ApiClientManagement clients;

	@Autowired
	OrganisationManagement organisations;

	@Test
	void namesFollowTheLanguageAndSortTheTurkishWay() {
		Locale tr = Locale.forLanguageTag("tr");
		assertThat(reference.provinces(tr)).hasSize(81);
		assertThat(reference.province("34")).map(Province::name).contains("İstanbul");
		// Turkish order: Çanakkale after Bursa, Şanlıurfa after Siirt-Sivas.
		assertThat(reference.provinces(tr)).extracting(Province::name)
			.containsSubsequence("Bursa", "Çanakkale", "Çankırı", "Çorum", "Denizli")
			.containsSubsequence("Sivas", "Şanlıurfa", "Şırnak", "Tekirdağ");
		assertThat(reference.countries(tr)).anySatisfy(c -> assertThat(c.name()).isEqualTo("Almanya"));
		assertThat(reference.countries(Locale.ENGLISH)).anySatisfy(c -> assertThat(c.name()).isEqualTo("Germany"));
		assertThat(reference.languages(tr)).filteredOn(l -> l.code().equals("ara")).extracting(Language::name)
			.containsExactly("Arapça");
		assertThat(reference.country("sy")).map(Country::code).contains("SYR");
		// the code Kosovo's passports write, as the list's
		assertThat(reference.country("RKS")).map(Country::code).contains("XKX");
		assertThat(reference.country(" rks ")).map(Country::alpha2).contains("XK");
		assertThat(reference.language("AR")).map(Language::code).contains("ara");
		assertThat(reference.province("99")).isEmpty();
		assertThat(reference.country(null)).isEmpty();
	}

	@Test
	void apiReturnsTheProvincesWithTurkishNamesToAnySignedInCaller() throws Exception {
		String token = TestTokens.issue(clients, organisations, Role.ANALYST);
		mvc.perform(get("/api/v1/reference/provinces").param("lang", "tr").with(bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(81)))
			.andExpect(jsonPath("$[*].name", hasItem("İstanbul")))
			.andExpect(jsonPath("$[*].name", hasItem("Şanlıurfa")))
			.andExpect(jsonPath("$[?(@.code == '27')].name", hasItem("Gaziantep")));
		mvc.perform(get("/api/v1/reference/countries").param("lang", "tr").with(SignIn.as(mvc, "uzman.gaziantep")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'DEU')].name", hasItem("Almanya")));
		mvc.perform(get("/api/v1/reference/languages").param("lang", "en").with(bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'tur')].name", hasItem("Turkish")));
	}

	/**
	 * The countries are ISO 3166-1's as the JDK lists them, Kosovo's XKX, and ICAO 9303's codes of a person without a
	 * defined nationality. A JDK that adds or drops a code fails this test: then {@code reference/countries.csv} needs
	 * the row.
	 */
	@Test
	void theCountriesAreTheJdksIsoListKosovoAndIcaosCodesOfNoNationality() {
		Set<String> codes = new HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
		codes.addAll(List.of("XKX", "XXA", "XXB", "XXC", "XXX"));
		assertThat(reference.countries()).extracting(Country::code).containsExactlyInAnyOrderElementsOf(codes);
	}

	/**
	 * ICAO's codes of a stateless person, a refugee and a nationality unspecified are in the list, named in both
	 * languages, with no alpha-2; Kosovo with its user-assigned XK.
	 */
	@Test
	void statelessPeopleAndRefugeesAreListedWithoutAnAlpha2() throws Exception {
		assertThat(reference.country("xxa")).hasValueSatisfying(c -> assertThat(c.alpha2()).isNull());
		assertThat(reference.countries(Locale.forLanguageTag("tr"))).filteredOn(c -> c.code().startsWith("XX"))
			.extracting(c -> c.code() + " " + c.alpha2() + " " + c.name())
			.containsExactly("XXB null Mülteci (1951 Cenevre Sözleşmesi)", "XXC null Mülteci (diğer)",
					"XXX null Uyruğu belirtilmemiş", "XXA null Vatansız");
		String token = TestTokens.issue(clients, organisations, Role.ANALYST);
		mvc.perform(get("/api/v1/reference/countries").param("lang", "tr").with(bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'XXA')].name", contains("Vatansız")))
			.andExpect(jsonPath("$[?(@.code == 'XXA')].alpha2", contains(nullValue())))
			.andExpect(jsonPath("$[?(@.code == 'XXB')].name", contains("Mülteci (1951 Cenevre Sözleşmesi)")))
			.andExpect(jsonPath("$[?(@.code == 'XXX')].alpha2", contains(nullValue())))
			.andExpect(jsonPath("$[?(@.code == 'XKX')].name", contains("Kosova")))
			.andExpect(jsonPath("$[?(@.code == 'XKX')].alpha2", contains("XK")));
		mvc.perform(get("/api/v1/reference/countries").param("lang", "en").with(bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'XXA')].name", contains("Stateless")))
			.andExpect(jsonPath("$[?(@.code == 'XXA')].alpha2", contains(nullValue())))
			.andExpect(jsonPath("$[?(@.code == 'XXC')].name", contains("Refugee (other)")))
			.andExpect(jsonPath("$[?(@.code == 'XXX')].name", contains("Nationality unspecified")))
			.andExpect(jsonPath("$[?(@.code == 'XKX')].name", contains("Kosovo")));
	}

	@Test
	void apiNeedsAuthentication() throws Exception {
		mvc.perform(get("/api/v1/reference/provinces")).andExpect(status().isUnauthorized());
	}

}
