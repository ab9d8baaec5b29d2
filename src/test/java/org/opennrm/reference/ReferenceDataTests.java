package org.opennrm.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.opennrm.TestTokens.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

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
	 * The bulk matching command reads citizenships without a database, from the migration that fills this table
	 * ({@code bulk.CountriesTests} checks they agree), and suggests codes from the JDK's ISO 3166-1 list; the candidate
	 * API checks codes against this table. A JDK that adds or drops a code would make the command suggest a code it
	 * does not read: then the table needs a migration.
	 */
	@Test
	void theCountriesAreTheJdksIsoList() {
		assertThat(reference.countries()).extracting(Country::code)
			.containsExactlyInAnyOrderElementsOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
	}

	@Test
	void apiNeedsAuthentication() throws Exception {
		mvc.perform(get("/api/v1/reference/provinces")).andExpect(status().isUnauthorized());
	}

}
