package org.opennrm.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.opennrm.TestTokens.bearer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.opennrm.IntegrationTest;
import org.opennrm.SignIn;
import org.opennrm.TestTokens;
import org.opennrm.identity.ApiClientManagement;
import org.opennrm.identity.Role;

/** Names as people type and read them: searches, uniqueness, and characters no one types. */
@IntegrationTest
class OrganisationNameTests {

	private static final String KADIN = "Kadın Dayanışma Derneği"; // in the demo data

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiClientManagement clients;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	JdbcClient jdbc;

	String adminToken;
	RequestPostProcessor admin;

	@BeforeEach
	void signIn() throws Exception {
		adminToken = TestTokens.issue(clients, organisations, Role.SYSTEM_ADMINISTRATOR);
		admin = SignIn.as(mvc, "admin");
	}

	private List<String> found(String text) {
		return organisations.list(new OrganisationFilter(text, null, null, null)).stream().map(Organisation::name).toList();
	}

	@Test
	void searchesFoldTurkishCaseAndLettersAsAForeignKeyboardTypesThem() {
		List<String> istanbul = found("İstanbul");
		assertThat(istanbul).contains("İstanbul İl Göç İdaresi Müdürlüğü")
			.allSatisfy(name -> assertThat(name).containsIgnoringCase("İstanbul"));
		assertThat(found("istanbul")).isEqualTo(istanbul);
		assertThat(found("ISTANBUL")).isEqualTo(istanbul);
		assertThat(found("ıstanbul")).isEqualTo(istanbul);

		assertThat(found("göç idaresi")).contains("Gaziantep İl Göç İdaresi Müdürlüğü", "Mardin İl Göç İdaresi Müdürlüğü");
		assertThat(found("goc idaresi")).isEqualTo(found("göç idaresi"));
		assertThat(found("GÖÇ")).containsAll(found("göç idaresi"));
		assertThat(found("idaresi")).containsAll(found("göç idaresi"));
		assertThat(found("kadın")).contains(KADIN);
		assertThat(found("KADIN")).contains(KADIN);
		assertThat(found("kadin dayanisma")).contains(KADIN);
		assertThat(found("Kadın  Dayanışma")).contains(KADIN);
		assertThat(found("mudurlugu")).contains("Kırıkkale İl Göç İdaresi Müdürlüğü", "Kütahya İl Göç İdaresi Müdürlüğü");
		// the like pattern's wildcards are letters here
		assertThat(found("%")).isEmpty();
		assertThat(found("_")).isEmpty();
	}

	@Test
	void theScreenAndTheApiSearchTheSameWay() throws Exception {
		mvc.perform(get("/admin/organisations").with(admin).param("text", "istanbul"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("İstanbul İl Göç İdaresi Müdürlüğü")));
		mvc.perform(get("/admin/organisations").with(admin).param("text", "kadin"))
			.andExpect(content().string(containsString(KADIN)));
		mvc.perform(get("/api/v1/organisations").with(bearer(adminToken)).param("text", "göç idaresi"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].name", hasItems("Gaziantep İl Göç İdaresi Müdürlüğü", "Mardin İl Göç İdaresi Müdürlüğü")))
			.andExpect(jsonPath("$[*].name", everyItem(containsString("Göç İdaresi"))));
		mvc.perform(get("/api/v1/organisations").with(bearer(adminToken)).param("text", "GÖÇ"))
			.andExpect(jsonPath("$[*].name", hasItem("Şanlıurfa İl Göç İdaresi Müdürlüğü")));
	}

	@Test
	void aNulInASearchIsRefusedOrFindsNothingRatherThanFailing() throws Exception {
		// the search text is text a person could type (OrganisationApiTests), as the screen's is
		mvc.perform(get("/api/v1/organisations").with(bearer(adminToken)).param("text", "Göç\u0000"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.text").exists());
		mvc.perform(get("/api/v1/organisations").with(bearer(adminToken)).param("province", "3\u00004"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
		mvc.perform(get("/admin/organisations").with(admin).param("text", "\u0000").param("province", "\u0000"))
			.andExpect(status().isOk());
	}

	@Test
	void aNameThatLooksTheSameAsATakenOneIsRefusedByTheApi() throws Exception {
		for (String lookalike : new String[] { "KADIN DAYANIŞMA DERNEĞİ", "kadın dayanışma derneği",
				"Kadın  Dayanışma Derneği", " Kadın Dayanışma Derneği ", "Kadın Dayanis\u0327ma Derneg\u0306i",
				"Kadın\u200B Dayanışma Derneği", "Kadin Dayanisma Dernegi", "Kadın\u00A0Dayanışma Derneği\uFEFF" }) {
			mvc.perform(post("/api/v1/organisations").with(bearer(adminToken)).param("lang", "en")
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"name\": \"%s\", \"type\": \"NGO\"}".formatted(lookalike)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors.name").value("This name is already in use: \u201cKadın Dayanışma Derneği\u201d. Names that differ only in capitals, Turkish letters, accents or spaces count as the same."));
		}
		assertThat(jdbc.sql("select count(*) from organisation where name_folded = 'kadin dayanisma dernegi'")
			.query(Long.class).single()).isOne();
	}

	@Test
	void aNameIsSavedInOneFormAndRenamingToALookalikeIsRefused() throws Exception {
		String suffix = UUID.randomUUID().toString();
		String created = mvc.perform(post("/api/v1/organisations").with(bearer(adminToken))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"  Harran  Dayanis\u0327ma\\u200B Evi  %s \", \"type\": \"NGO\"}".formatted(suffix)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value("Harran Dayanişma Evi " + suffix))
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(created, "$.id");
		// its own name, as typed another way, is its own
		mvc.perform(put("/api/v1/organisations/{id}", id).with(bearer(adminToken)).header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"HARRAN DAYANİŞMA EVİ %s\", \"type\": \"NGO\"}".formatted(suffix)))
			.andExpect(status().isOk());
		mvc.perform(put("/api/v1/organisations/{id}", id).with(bearer(adminToken)).header("If-Match", "\"1\"")
				.param("lang", "tr").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"kadın dayanışma DERNEĞİ\", \"type\": \"NGO\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.name").value("Bu ad zaten kullanılıyor: \u201cKadın Dayanışma Derneği\u201d. Yalnızca büyük-küçük harf, Türkçe harf, aksan (şapka gibi) ya da boşluk farkı olan adlar aynı sayılır."));
	}

	@Test
	void theFormRefusesALookalikeNameAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(post("/admin/organisations").with(admin).with(csrf()).param("lang", "tr")
				.param("name", "KADIN DAYANIŞMA DERNEĞİ").param("type", "NGO").param("address", "Beyoğlu")
				.param("_active", "on"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bu ad zaten kullanılıyor: \u201cKadın Dayanışma Derneği\u201d.")))
			.andExpect(content().string(containsString("value=\"KADIN DAYANIŞMA DERNEĞİ\"")))
			.andExpect(content().string(containsString("Beyoğlu</textarea>")));
	}

	@Test
	void theFormTellsATakenNameTogetherWithTheOtherErrors() throws Exception {
		mvc.perform(post("/admin/organisations").with(admin).with(csrf()).param("lang", "en")
				.param("name", "kadin dayanisma dernegi").param("type", "NGO").param("email", "bilgi@dernek")
				.param("phone", "12345").param("_active", "on"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This name is already in use: \u201cKadın Dayanışma Derneği\u201d.")))
			.andExpect(content().string(containsString("Enter a valid e-mail address")))
			.andExpect(content().string(containsString("This is no phone number that can be read: enter it as, for example, 0501 234 56 78, or with its country code, +90 501 234 56 78.")));
	}

	@Test
	void aNulOrAnotherControlInAFieldIsAFieldErrorNotAServerError() throws Exception {
		mvc.perform(post("/api/v1/organisations").with(bearer(adminToken)).param("lang", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "Ctrl\\u0000char", "type": "NGO", "address": "Line one\\nline\\u0000two",
						 "email": "a\\u0000@b.org", "website": "https://ornek.org/\\u0000", "phone": "+90\\u0000"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.name", containsString("\u201cName\u201d holds a character that cannot be saved")))
			.andExpect(jsonPath("$.errors.address", containsString("\u201cAddress\u201d holds a character")))
			.andExpect(jsonPath("$.errors.email").exists())
			.andExpect(jsonPath("$.errors.phone").exists())
			.andExpect(jsonPath("$.errors.website", containsString("\u201cWebsite\u201d holds a character")));
		for (String name : new String[] { "Esc\\u001B[31mRed", "Kadın \\u202Eiğenred", "Isolate \\u2066x\\u2069",
				"Line\\nbreak", "Half \\ud83d" }) {
			mvc.perform(post("/api/v1/organisations").with(bearer(adminToken)).param("lang", "tr")
					.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"%s\", \"type\": \"NGO\"}".formatted(name)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors.name", containsString("\u201cAd\u201d alanında kaydedilemeyen bir karakter var")));
		}
		mvc.perform(post("/admin/organisations").with(admin).with(csrf()).param("lang", "tr")
				.param("name", "Ctrl\u0000char").param("type", "NGO").param("address", "Satır\r\nikinci satır")
				.param("_active", "on"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("alanında kaydedilemeyen bir karakter var")))
			.andExpect(content().string(containsString("Satır\nikinci satır</textarea>")));
		assertThat(found("Ctrl")).isEmpty();
		assertThat(found("Esc")).isEmpty();
	}

	@Test
	void aDirectionMarkIsAllowedAndLeftOutOfTheSavedName() throws Exception {
		String name = "مرکز حمایت " + UUID.randomUUID();
		mvc.perform(post("/api/v1/organisations").with(bearer(adminToken)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"\\u200F%s\\u200E\", \"type\": \"NGO\"}".formatted(name)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value(name));
	}

	@Test
	void aNameOfInvisibleCharactersOnlyIsNoName() throws Exception {
		mvc.perform(post("/api/v1/organisations").with(bearer(adminToken)).param("lang", "en")
				.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"\\u200B\\u200E\", \"type\": \"NGO\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.name").value("This field is required."));
	}

	@Test
	void anEmailNeedsADomainWithADot() throws Exception {
		mvc.perform(post("/api/v1/organisations").with(bearer(adminToken)).param("lang", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"E-posta %s\", \"type\": \"NGO\", \"email\": \"bilgi@dernek\"}".formatted(UUID.randomUUID())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.email", containsString("valid e-mail address")));
		mvc.perform(post("/api/v1/organisations").with(bearer(adminToken)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"E-posta %s\", \"type\": \"NGO\", \"email\": \"bilgi@dernek.org.tr\"}"
					.formatted(UUID.randomUUID())))
			.andExpect(status().isCreated());
	}

	@Test
	void aTooLongNameSaysTheMaximumOnly() throws Exception {
		mvc.perform(post("/api/v1/organisations").with(bearer(adminToken)).param("lang", "tr")
				.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"%s\", \"type\": \"NGO\"}".formatted("x".repeat(201))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.name").value("En fazla 200 karakter girin."))
			.andExpect(jsonPath("$.errors.name", not(containsString("0 ile"))));
	}

}
