package org.opennrm.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.opennrm.IntegrationTest;
import org.opennrm.SignIn;
import org.opennrm.identity.Role;
import org.opennrm.identity.SystemActor;

/**
 * What {@code POST /api/v1/matching/candidates} accepts, and how it says what it does not: one message per field,
 * keyed by the field's name in the request, in the caller's language; the same reading of sex as the bulk command.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CandidateApiTests {

	private static final String NAME_REQUIRED_EN = "Give at least one name: given names, family names or the whole name. "
			+ "What is written for a name not known (BİLİNMİYOR, FNU, X), initials, and digits or punctuation alone are no name.";

	private static final String NAME_REQUIRED_TR = "En az bir ad girin: ad, soyadı ya da adın tamamı. Bilinmeyen bir ad için "
			+ "yazılanlar (BİLİNMİYOR, FNU, X), baş harfler ve tek başına rakamlar ya da noktalama işaretleri ad sayılmaz.";

	private static final String LIMIT_EN = "The number of candidates (limit) must be a whole number from 1 to 50.";

	private static final String LIMIT_TR = "Aday sayısı (limit) 1 ile 50 arasında bir tam sayı olmalıdır.";

	private static final String SEX_EN = "Give sex as M or F (E or K, as Turkish forms write them), in upper or lower case; "
			+ "X, U or nothing when it is not known.";

	private static final String SEX_TR = "Cinsiyeti M ya da F (Türkçe formlardaki gibi E ya da K), büyük ya da küçük harfle "
			+ "girin; bilinmiyorsa X ya da U girin veya boş bırakın.";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonIndex index;

	private RequestPostProcessor focalPoint;

	@BeforeAll
	void signIn() throws Exception {
		focalPoint = SignIn.as(mvc, "uzman.gaziantep");
	}

	@Test
	void aValidRequestWithEveryFieldIsAnswered() throws Exception {
		ask("en", """
				{"givenNames":"Fatemeh","familyNames":"Hosseini","fullNameOriginal":"فاطمه حسینی","birthDate":"1994-03-12",
				 "birthYear":1994,"sex":"F","citizenship":["AFG","IRN"],"excludeId":"7c0e8d2a-3b1f-4c5e-9a6d-2f4b8c1e0a93",
				 "limit":50,"purpose":"registration check"}""")
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.candidates").isArray());
	}

	@Test
	void errorsAreKeyedByTheRequestsFieldsInTheOrderItDeclaresThem() throws Exception {
		// "" holds the rule over the names, which is no one field's
		assertThat(errors("en", "{}")).containsExactly(Map.entry("", NAME_REQUIRED_EN));
		assertThat(errors("tr", "{}")).containsExactly(Map.entry("", NAME_REQUIRED_TR));
		String everythingWrong = """
				{"limit":0,"citizenship":["XYZ"],"sex":"Q","birthYear":1899,"birthDate":"%s","givenNames":"FNU"}"""
			.formatted(LocalDate.now().plusDays(1));
		Map<String, String> english = errors("en", everythingWrong);
		assertThat(english).containsExactly(Map.entry("", NAME_REQUIRED_EN),
				Map.entry("birthDate", "The date of birth must lie between 1900 and today, in the Gregorian calendar "
						+ "(convert a Solar Hijri date such as 1373-05-12 first)."),
				Map.entry("birthYear", "The year of birth must lie between 1900 and this year, in the Gregorian calendar "
						+ "(convert a Solar Hijri year such as 1373 first)."),
				Map.entry("sex", SEX_EN),
				Map.entry("citizenship", "The country list (GET /api/v1/reference/countries) has no code XYZ: give a country's "
						+ "ISO 3166-1 alpha-3 code, such as SYR or AFG, or ICAO's for a stateless person (XXA) or a refugee (XXB, XXC)."),
				Map.entry("limit", LIMIT_EN));
		assertThat(errors("tr", everythingWrong)).containsExactly(Map.entry("", NAME_REQUIRED_TR),
				Map.entry("birthDate", "Doğum tarihi Miladi takvimde 1900 ile bugün arasında olmalıdır (1373-05-12 gibi bir "
						+ "Hicri Şemsi tarihi önce dönüştürün)."),
				Map.entry("birthYear", "Doğum yılı Miladi takvimde 1900 ile bu yıl arasında olmalıdır (1373 gibi bir Hicri "
						+ "Şemsi yılı önce dönüştürün)."),
				Map.entry("sex", SEX_TR),
				Map.entry("citizenship", "Ülke listesinde (GET /api/v1/reference/countries) XYZ kodu yok: SYR ya da AFG gibi bir "
						+ "ülkenin ISO 3166-1 alfa-3 kodunu ya da ICAO'nun vatansız bir kişi (XXA) veya bir mülteci (XXB, XXC) için kodunu girin."),
				Map.entry("limit", LIMIT_TR));
		// the same order every time (the validator reports in no fixed order)
		for (int i = 0; i < 10; i++) {
			assertThat(List.copyOf(errors("en", everythingWrong).keySet())).isEqualTo(List.copyOf(english.keySet()));
		}
		// a year to come is no one's year of birth either
		assertThat(errors("en", "{\"givenNames\":\"Zahra\",\"birthYear\":" + (Year.now().getValue() + 1) + "}"))
			.containsOnlyKeys("birthYear");
	}

	@Test
	void aYearOfBirthThatIsNotTheDatesIsRefused() throws Exception {
		// accepted before, the date used and the year dropped without a word (an integrator's test)
		String both = "{\"givenNames\":\"Zahra\",\"birthDate\":\"1994-03-12\",\"birthYear\":1990}";
		assertThat(errors("en", both)).containsExactly(Map.entry("birthYear", "The year of birth is not the year of the "
				+ "date of birth: correct one of them, or leave the year out (it is used only when the date is not known)."));
		assertThat(errors("tr", both)).containsOnlyKeys("birthYear");
		ask("en", "{\"givenNames\":\"Zahra\",\"birthDate\":\"1994-03-12\",\"birthYear\":1994}").andExpect(status().isOk());
	}

	@Test
	void theLimitIsExplainedWithItsRange() throws Exception {
		for (String limit : List.of("0", "-1", "51")) {
			assertThat(errors("en", "{\"givenNames\":\"Zahra\",\"limit\":" + limit + "}"))
				.containsExactly(Map.entry("limit", LIMIT_EN));
			assertThat(errors("tr", "{\"givenNames\":\"Zahra\",\"limit\":" + limit + "}"))
				.containsExactly(Map.entry("limit", LIMIT_TR));
		}
		ask("en", "{\"givenNames\":\"Zahra\",\"limit\":1}").andExpect(status().isOk());
	}

	@Test
	void aValueOfTheWrongTypeIsExplainedAtItsField() throws Exception {
		wrongType("{\"givenNames\":\"Zahra\",\"birthDate\":\"1990-02-30\"}", "birthDate",
				"Give the date of birth as yyyy-mm-dd, a day of the Gregorian calendar, e.g. 1994-03-12 (1990-02-30 is none).",
				"Doğum tarihini yyyy-aa-gg biçiminde, Miladi takvimde var olan bir gün olarak girin, örneğin 1994-03-12 "
						+ "(1990-02-30 diye bir gün yoktur).");
		wrongType("{\"givenNames\":\"Zahra\",\"excludeId\":\"not-a-uuid\"}", "excludeId",
				"Give an id as a UUID of 36 characters, e.g. 7c0e8d2a-3b1f-4c5e-9a6d-2f4b8c1e0a93.",
				"Kimliği 36 karakterlik bir UUID olarak girin, örneğin 7c0e8d2a-3b1f-4c5e-9a6d-2f4b8c1e0a93.");
		wrongType("{\"givenNames\":\"Zahra\",\"birthYear\":\"abc\"}", "birthYear",
				"Give the year of birth as a number of four digits, e.g. 1994.",
				"Doğum yılını dört haneli bir sayı olarak girin, örneğin 1994.");
		wrongType("{\"givenNames\":\"Zahra\",\"limit\":99999999999}", "limit", LIMIT_EN, LIMIT_TR);
		// a fraction is not cut off: 1990.5 is no year, 1990 would be a search the caller did not ask for
		wrongType("{\"givenNames\":\"Zahra\",\"birthYear\":1990.5}", "birthYear",
				"Give the year of birth as a number of four digits, e.g. 1994.",
				"Doğum yılını dört haneli bir sayı olarak girin, örneğin 1994.");
		wrongType("{\"givenNames\":\"Zahra\",\"birthYear\":1990.0}", "birthYear",
				"Give the year of birth as a number of four digits, e.g. 1994.",
				"Doğum yılını dört haneli bir sayı olarak girin, örneğin 1994.");
		wrongType("{\"givenNames\":\"Zahra\",\"limit\":2.5}", "limit", LIMIT_EN, LIMIT_TR);
		wrongType("{\"givenNames\":\"Zahra\",\"citizenship\":\"AFG\"}", "citizenship",
				"Give citizenship as a list of alpha-3 codes of the country list, e.g. [\"SYR\"], or [\"XXA\"] for a "
						+ "stateless person.",
				"Vatandaşlığı ülke listesindeki alfa-3 kodlarının listesi olarak girin, örneğin [\"SYR\"] ya da vatansız "
						+ "bir kişi için [\"XXA\"].");
		wrongType("{\"givenNames\":\"Zahra\",\"sex\":{}}", "sex", SEX_EN, SEX_TR);
		wrongType("{\"givenNames\":[\"Zahra\"]}", "givenNames", "Give text here, in quotes.",
				"Buraya tırnak içinde bir metin girin.");
		// JSON that is not well-formed names no field, but where it goes wrong
		Map<String, Integer> malformed = Map.of("{\"givenNames\":\"Zahra\",}", 23, "{\"birthYear\": 19x0}", 17,
				"{\"givenNames\":\"Zahra\"} x", 24);
		for (Map.Entry<String, Integer> body : malformed.entrySet()) {
			ask("en", body.getKey()).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail", startsWith(
						"The body is not well-formed JSON: it goes wrong at line 1, column " + body.getValue() + ".")))
				.andExpect(jsonPath("$.column").value(body.getValue()))
				.andExpect(jsonPath("$.errors").doesNotExist());
		}
	}

	/**
	 * A search sent without a body, with null or with an array (of people) is told what to send instead, in the caller's
	 * language, and nothing is searched; where each was "the request could not be read" (an integrator's test).
	 */
	@Test
	void aBodyThatIsNoJsonObjectIsToldWhatToSend() throws Exception {
		long searches = searches();
		String example = "{\"givenNames\": \"Ayşe\", \"familyNames\": \"Yılmaz\"}";
		Map<String, String[]> told = new LinkedHashMap<>();
		told.put("", new String[] { "The request has no body: send a JSON object with the person's fields, at least a "
				+ "name (e.g. " + example + "), as /api/v1/docs describes them.", "İsteğin gövdesi yok: kişinin alanlarını, "
						+ "en az bir adla, /api/v1/docs adresinde açıklandığı gibi bir JSON nesnesi olarak gönderin (örneğin "
						+ example + ")." });
		told.put("null", new String[] { "The body is null, not a JSON object: send a JSON object with the person's "
				+ "fields, at least a name (e.g. " + example + "), as /api/v1/docs describes them.", "İstek gövdesi bir JSON "
						+ "nesnesi değil, null: kişinin alanlarını, en az bir adla, /api/v1/docs adresinde açıklandığı gibi "
						+ "bir JSON nesnesi olarak gönderin (örneğin " + example + ")." });
		told.put("[{\"givenNames\":\"Zahra\"},{\"givenNames\":\"Fatma\"}]", new String[] { "The body must be a JSON "
				+ "object ({…}), not an array: search for one person at a time, their fields in one object, as "
				+ "/api/v1/docs describes them.", "İstek gövdesi bir dizi değil, bir JSON nesnesi ({…}) olmalıdır: her "
						+ "seferinde tek bir kişiyi arayın, alanlarını /api/v1/docs adresinde açıklandığı gibi tek bir nesne "
						+ "içinde gönderin." });
		for (Map.Entry<String, String[]> body : told.entrySet()) {
			ask("en", body.getKey()).andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value(body.getValue()[0]))
				.andExpect(jsonPath("$.errors").doesNotExist());
			ask("tr", body.getKey()).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail").value(body.getValue()[1]));
		}
		// the search's own words where it has them, the API's for any other body that is no object
		ask("en", "\"Zahra\"").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail",
					startsWith("The body must be a JSON object ({…}), not text, a number, true or false")));
		assertThat(searches()).isEqualTo(searches);
	}

	@Test
	void aFieldTheRequestDoesNotHaveIsRefusedByItsName() throws Exception {
		String fields = "givenNames, familyNames, fullNameOriginal, birthDate, birthYear, sex, citizenship, excludeId, limit, purpose";
		assertThat(errors("en", "{\"givenName\":\"Zahra\",\"familyNames\":\"Rezai\"}")).containsExactly(Map.entry("givenName",
				"There is no field of this name: check its spelling. The fields are: " + fields + "."));
		assertThat(errors("tr", "{\"givenNames\":\"Zahra\",\"nickname\":\"Zari\"}")).containsExactly(Map.entry("nickname",
				"Bu adda bir alan yok: yazılışını denetleyin. Alanlar şunlardır: " + fields + "."));
	}

	@Test
	void aNameTheEngineTakesForNoNameIsNoName() throws Exception {
		long searches = searches();
		for (String names : List.of("{\"givenNames\":\"X\"}", "{\"givenNames\":\"BİLİNMİYOR\",\"familyNames\":\"FNU\"}",
				"{\"givenNames\":\"12345\"}", "{\"familyNames\":\"---\"}", "{\"givenNames\":\"\\u200b\\u200b\"}",
				"{\"fullNameOriginal\":\"مجهول\"}", "{\"givenNames\":\"A.\",\"familyNames\":\"B.\"}")) {
			assertThat(errors("en", names)).as(names).containsExactly(Map.entry("", NAME_REQUIRED_EN));
			assertThat(errors("tr", names)).as(names).containsExactly(Map.entry("", NAME_REQUIRED_TR));
		}
		assertThat(searches()).as("searches made on no name").isEqualTo(searches);
		// a name beside an initial, or written with a scanner's digit, is a name
		ask("en", "{\"givenNames\":\"Adnan\",\"familyNames\":\"S.\"}").andExpect(status().isOk());
		ask("en", "{\"givenNames\":\"M0HAMMAD\"}").andExpect(status().isOk());
		assertThat(searches()).isEqualTo(searches + 2);
	}

	@Test
	void citizenshipMustBeACountryOfTheReferenceList() throws Exception {
		assertThat(errors("en", "{\"givenNames\":\"Zahra\",\"citizenship\":[\"AFG\",\"QQQ\"]}")).containsExactly(
				Map.entry("citizenship", "The country list (GET /api/v1/reference/countries) has no code QQQ: give a country's "
						+ "ISO 3166-1 alpha-3 code, such as SYR or AFG, or ICAO's for a stateless person (XXA) or a refugee (XXB, XXC)."));
		assertThat(errors("tr", "{\"givenNames\":\"Zahra\",\"citizenship\":[\"afghanistan\"]}")).containsExactly(
				Map.entry("citizenship", "Vatandaşlığı ülke listesindeki bir alfa-3 koduyla girin: bir ülkenin ISO 3166-1 kodu "
						+ "(SYR) ya da ICAO'nun vatansız bir kişi (XXA) veya bir mülteci (XXB, XXC) için kodu."));
		ask("en", "{\"givenNames\":\"Zahra\",\"citizenship\":[\"AFG\",\"SYR\",\"TUR\",\"IRN\",\"UZB\"]}").andExpect(status().isOk());
	}

	@Test
	void citizenshipIsReadInAnyCaseAsTheBulkCommandReadsIt() throws Exception {
		ask("en", "{\"givenNames\":\"Zahra\",\"citizenship\":[\"afg\",\"Irn\"]}").andExpect(status().isOk());
		assertThat(errors("en", "{\"givenNames\":\"Zahra\",\"citizenship\":[\"afg\",\"qqq\"]}")).containsExactly(
				Map.entry("citizenship", "The country list (GET /api/v1/reference/countries) has no code QQQ: give a country's "
						+ "ISO 3166-1 alpha-3 code, such as SYR or AFG, or ICAO's for a stateless person (XXA) or a refugee (XXB, XXC)."));
	}

	/**
	 * ICAO's codes of a stateless person and a refugee are citizenships the search takes: two records both XXA agree;
	 * XXA against a country's code counts as a citizenship missing, and is said so; XXX, nationality unspecified, is
	 * none at all.
	 */
	@Test
	void aStatelessPersonsCodeIsTakenAndAgreesWithItselfNotAgainstACountry() throws Exception {
		UUID person = UUID.randomUUID();
		SystemActor.run("test-index", Role.INDEX_UPKEEP, () -> index.index(new IndexedPerson(person, new PersonRecord(
				"r", "Berfin", "Ezidxan", null, LocalDate.of(1993, 4, 17), null, Sex.F, List.of("XXA")), "27", null, null)));
		try {
			String asked = "{\"givenNames\":\"Berfin\",\"familyNames\":\"Ezidxan\",\"birthYear\":1993,\"sex\":\"F\"";
			JsonNode none = candidate(ask("en", asked + "}"), person);
			JsonNode stateless = candidate(ask("en", asked + ",\"citizenship\":[\"xxa\"]}"), person);
			assertThat(stateless.get("explanation").asString()).endsWith("same citizenship");
			assertThat(stateless.get("score").asDouble()).isGreaterThanOrEqualTo(none.get("score").asDouble());
			for (String other : List.of("SYR", "XXB")) {
				JsonNode country = candidate(ask("en", asked + ",\"citizenship\":[\"" + other + "\"]}"), person);
				assertThat(country.get("score").asDouble()).as(other).isEqualTo(none.get("score").asDouble());
				assertThat(country.get("explanation").asString()).as(other).doesNotContain("different citizenship")
					.endsWith("citizenship counted neither for nor against: one record says stateless or refugee, the "
							+ "other a country or another status");
			}
			assertThat(candidate(ask("tr", asked + ",\"citizenship\":[\"SYR\"]}"), person).get("explanation").asString())
				.doesNotContain("farklı vatandaşlık").endsWith("vatandaşlık ne lehte ne aleyhte sayıldı: kayıtlardan biri "
						+ "vatansız ya da mülteci, diğeri bir ülke ya da başka bir statü belirtiyor");
			JsonNode unspecified = candidate(ask("en", asked + ",\"citizenship\":[\"XXX\"]}"), person);
			assertThat(unspecified.get("score").asDouble()).isEqualTo(none.get("score").asDouble());
			assertThat(unspecified.get("explanation").asString()).isEqualTo(none.get("explanation").asString())
				.doesNotContain("citizenship");
		}
		finally {
			SystemActor.run("test-index", Role.INDEX_UPKEEP, () -> index.remove(person));
		}
	}

	/**
	 * Kosovo's passports write RKS, where the reference list has XKX: the search takes it, in any case, as XKX, as the
	 * bulk command reads it, and a person registered as XKX shares it. Germany's "D" is no code of three letters.
	 */
	@Test
	void kosovosPassportCodeIsTakenAsXkx() throws Exception {
		UUID person = UUID.randomUUID();
		SystemActor.run("test-index", Role.INDEX_UPKEEP, () -> index.index(new IndexedPerson(person, new PersonRecord(
				"r", "Blerta", "Gashi", null, LocalDate.of(1995, 8, 3), null, Sex.F, List.of("XKX")), "27", null, null)));
		try {
			String asked = "{\"givenNames\":\"Blerta\",\"familyNames\":\"Gashi\",\"birthYear\":1995,\"sex\":\"F\"";
			JsonNode kosovo = candidate(ask("en", asked + ",\"citizenship\":[\"XKX\"]}"), person);
			for (String passport : List.of("RKS", "rks")) {
				JsonNode asWritten = candidate(ask("en", asked + ",\"citizenship\":[\"" + passport + "\"]}"), person);
				assertThat(asWritten.get("explanation").asString()).as(passport).endsWith("same citizenship")
					.isEqualTo(kosovo.get("explanation").asString());
				assertThat(asWritten.get("score").asDouble()).as(passport).isEqualTo(kosovo.get("score").asDouble());
			}
		}
		finally {
			SystemActor.run("test-index", Role.INDEX_UPKEEP, () -> index.remove(person));
		}
		assertThat(errors("en", "{\"givenNames\":\"Blerta\",\"citizenship\":[\"D\"]}")).containsOnlyKeys("citizenship");
	}

	/** The candidate {@code person} of an answer, which must be a 200. */
	private static JsonNode candidate(ResultActions answer, UUID person) throws Exception {
		JsonNode candidates = JSON.readTree(answer.andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).get("candidates");
		return candidates.valueStream().filter(c -> c.get("id").asString().equals(person.toString())).findFirst()
			.orElseThrow(() -> new AssertionError("not a candidate: " + candidates));
	}

	@Test
	void aCitizenshipOfNullIsToldAsSuch() throws Exception {
		assertThat(errors("en", "{\"givenNames\":\"Zahra\",\"citizenship\":[null]}")).containsExactly(Map.entry("citizenship",
				"A citizenship in the list is empty (null): give each as an alpha-3 code of the country list, e.g. [\"SYR\"], "
						+ "or [\"XXA\"] for a stateless person, or leave the list out."));
		// in Turkish: PersonIndexTests
	}

	@Test
	void aPurposeIsPlainTextAndNotSpacesAlone() throws Exception {
		long searches = searches();
		String control = "\u201cPurpose\u201d holds a character that cannot be saved";
		for (String purpose : List.of("check\\u0000", "check \\u202Ekcehc", "\\u0007")) {
			String body = "{\"givenNames\":\"Zahra\",\"purpose\":\"" + purpose + "\"}";
			assertThat(errors("en", body)).as(purpose).containsOnlyKeys("purpose");
			assertThat(errors("en", body).get("purpose")).as(purpose).startsWith(control);
			assertThat(errors("tr", body).get("purpose")).as(purpose)
				.startsWith("\u201cAmaç\u201d alanında kaydedilemeyen bir karakter var");
		}
		for (String blank : List.of("", "   ", "\\u00a0 ", "\\u200b")) {
			String body = "{\"givenNames\":\"Zahra\",\"purpose\":\"" + blank + "\"}";
			assertThat(errors("en", body)).as(blank).containsExactly(Map.entry("purpose",
					"Give the purpose of the search in words, or leave the field out: spaces alone are no purpose."));
			assertThat(errors("tr", body)).as(blank).containsExactly(Map.entry("purpose",
					"Aramanın amacını sözcüklerle yazın ya da alanı hiç göndermeyin: yalnızca boşluklar bir amaç değildir."));
		}
		assertThat(searches()).as("searches audited with a refused purpose").isEqualTo(searches);
		ask("en", "{\"givenNames\":\"Zahra\",\"purpose\":\"kayıt denetimi \\u200f(2026)\"}").andExpect(status().isOk());
		ask("en", "{\"givenNames\":\"Zahra\"}").andExpect(status().isOk());
		assertThat(searches()).isEqualTo(searches + 2);
	}

	@Test
	void aPurposeThatNamesThePersonSearchedForIsRefused() throws Exception {
		long searches = searches();
		String en = "The purpose names the person searched for (a word of the names, or the date of birth): it is kept in "
				+ "the audit trail in clear, which auditors read. Write why you search, e.g. a case or notification "
				+ "number, not whom.";
		String tr = "Amaç, aranan kişiyi belirtiyor (adlarından bir sözcük ya da doğum tarihi): amaç, denetçilerin "
				+ "okuduğu denetim kaydında açık metin olarak tutulur. Kimi değil, neden aradığınızı yazın; örneğin bir "
				+ "vaka ya da bildirim numarası.";
		for (String body : List.of(
				// a word of the names, in another case and without the marks of its letters
				"{\"givenNames\":\"Fatma\",\"familyNames\":\"Hüseyni\",\"purpose\":\"HUSEYNİ ailesi, bildirim 2026/0413\"}",
				"{\"fullNameOriginal\":\"فاطمه حسینی\",\"purpose\":\"check of حسینی\"}",
				// the date of birth, as a Turkish form, an ISO date or an American one writes it
				"{\"givenNames\":\"Zahra\",\"birthDate\":\"1997-10-02\",\"purpose\":\"born 02.10.1997, Gaziantep\"}",
				"{\"givenNames\":\"Zahra\",\"birthDate\":\"1997-10-02\",\"purpose\":\"dob 1997-10-02\"}",
				"{\"givenNames\":\"Zahra\",\"birthDate\":\"1997-10-02\",\"purpose\":\"dob 10/2/1997\"}")) {
			assertThat(errors("en", body)).as(body).containsExactly(Map.entry("purpose", en));
			assertThat(errors("tr", body)).as(body).containsExactly(Map.entry("purpose", tr));
		}
		assertThat(searches()).as("searches audited with a refused purpose").isEqualTo(searches);
		// a case number, a year alone, a word the engine takes for no name, a word that only holds a name's letters
		ask("en", "{\"givenNames\":\"Zahra\",\"birthDate\":\"1997-10-02\",\"purpose\":\"notification 1997/1002\"}")
			.andExpect(status().isOk());
		ask("en", "{\"givenNames\":\"Zahra\",\"familyNames\":\"Unknown\",\"purpose\":\"identity unknown, case 12\"}")
			.andExpect(status().isOk());
		ask("en", "{\"givenNames\":\"Ali\",\"purpose\":\"quality check of the register\"}").andExpect(status().isOk());
		assertThat(searches()).isEqualTo(searches + 3);
	}

	@Test
	void thePurposeIsKeptWithoutTheSpacesAroundIt() throws Exception {
		long before = jdbc.sql("select max(seq) from audit_entry").query(Long.class).single();
		ask("en", "{\"givenNames\":\"Zahra\",\"purpose\":\"  kayıt denetimi \\u00a0 \"}").andExpect(status().isOk());
		// the search, and each candidate shown
		assertThat(jdbc.sql("select distinct action || ': ' || purpose from audit_entry where seq > :before")
			.param("before", before).query(String.class).list())
			.contains("MATCH_SEARCH: kayıt denetimi").allMatch(entry -> entry.endsWith(": kayıt denetimi"));
	}

	@Test
	void aTextFieldTakesNoTrueOrFalseAndAFieldIsGivenOnce() throws Exception {
		for (String value : List.of("true", "false")) {
			wrongType("{\"givenNames\":" + value + "}", "givenNames", "Give text here, in quotes.",
					"Buraya tırnak içinde bir metin girin.");
			wrongType("{\"givenNames\":\"Zahra\",\"purpose\":" + value + "}", "purpose", "Give text here, in quotes.",
					"Buraya tırnak içinde bir metin girin.");
		}
		wrongType("{\"givenNames\":\"Zahra\",\"givenNames\":\"Fatma\"}", "givenNames",
				"This field is given more than once: give it once.", "Bu alan birden fazla kez verilmiş: bir kez verin.");
		wrongType("{\"givenNames\":\"Zahra\",\"limit\":5,\"limit\":50}", "limit",
				"This field is given more than once: give it once.", "Bu alan birden fazla kez verilmiş: bir kez verin.");
	}

	@Test
	void sexIsReadAsTheBulkCommandReadsIt() throws Exception {
		Map<String, Sex> read = new LinkedHashMap<>();
		read.put("M", Sex.M);
		read.put("F", Sex.F);
		read.put("E", Sex.M);
		read.put("K", Sex.F);
		read.put("m", Sex.M);
		read.put("f", Sex.F);
		read.put("e", Sex.M);
		read.put("k", Sex.F);
		read.put(" F ", Sex.F);
		read.put("X", null);
		read.put("U", null);
		read.put("", null);
		for (Map.Entry<String, Sex> value : read.entrySet()) {
			assertThat(Sex.read(value.getKey())).as(value.getKey()).isEqualTo(value.getValue());
			ask("en", "{\"givenNames\":\"Zahra\",\"sex\":\"" + value.getKey() + "\"}").andExpect(status().isOk());
		}
		ask("en", "{\"givenNames\":\"Zahra\",\"sex\":null}").andExpect(status().isOk());
		for (String other : List.of("Q", "male", "Kadın", "MF", "1")) {
			assertThat(Sex.readable(other)).as(other).isFalse();
			assertThat(errors("en", "{\"givenNames\":\"Zahra\",\"sex\":\"" + other + "\"}")).containsExactly(Map.entry("sex", SEX_EN));
		}
		assertThat(errors("tr", "{\"givenNames\":\"Zahra\",\"sex\":\"Q\"}")).containsExactly(Map.entry("sex", SEX_TR));
	}

	@Test
	void theDescriptionGivesTheProblemsAndTheConstraints() throws Exception {
		JsonNode api = JSON.readTree(mvc.perform(get("/api/v1/openapi").with(focalPoint)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		JsonNode responses = api.at("/paths/~1api~1v1~1matching~1candidates/post/responses");
		assertThat(names(responses)).containsExactlyInAnyOrder("200", "400", "401", "403", "406", "413", "415", "429",
				"503");
		assertThat(names(responses.at("/200/content"))).containsExactly("application/json");
		for (String problem : List.of("400", "401", "403", "413", "415", "429", "503")) {
			assertThat(names(responses.at("/" + problem + "/content"))).as(problem).containsExactly("application/problem+json");
			// the shared schema, with `errors`, `line` and `column`, not Spring's ProblemDetail (an integrator's finding)
			assertThat(responses.at("/" + problem + "/content/application~1problem+json/schema/$ref").asString()).as(problem)
				.isEqualTo("#/components/schemas/Problem");
		}
		// what a body that is none, null or an array gets (aBodyThatIsNoJsonObjectIsToldWhatToSend)
		assertThat(responses.at("/400/description").asString()).contains("empty, `null` or no JSON object");
		assertThat(api.at("/components/schemas/Problem/properties").has("errors")).isTrue();
		JsonNode candidate = api.at("/components/schemas/CandidateView");
		assertThat(candidate.at("/properties/decision/enum").valueStream().map(JsonNode::asString))
			.containsExactly("MATCH", "POSSIBLE");
		assertThat(candidate.at("/properties/score/maximum").asInt()).isEqualTo(1);
		assertThat(candidate.at("/required").valueStream().map(JsonNode::asString))
			.containsExactlyInAnyOrder("id", "score", "decision", "explanation");
		JsonNode query = api.at("/components/schemas/CandidateQuery/properties");
		assertThat(query.at("/birthYear/minimum").asInt()).isEqualTo(1900);
		assertThat(query.at("/limit/minimum").asInt()).isEqualTo(1);
		assertThat(query.at("/limit/maximum").asInt()).isEqualTo(50);
		assertThat(query.at("/citizenship/maxItems").asInt()).isEqualTo(5);
		assertThat(query.at("/citizenship/items/pattern").asString()).isEqualTo("^[A-Za-z]{3}$");
		assertThat(query.at("/citizenship/items/description").asString()).contains("reference list",
				"also as RKS, which its passports write", "XXA (stateless)");
		assertThat(names(query)).containsExactly("givenNames", "familyNames", "fullNameOriginal", "birthDate", "birthYear",
				"sex", "citizenship", "excludeId", "limit", "purpose");
	}

	private void wrongType(String body, String field, String english, String turkish) throws Exception {
		assertThat(errors("en", body)).as(body).containsExactly(Map.entry(field, english));
		assertThat(errors("tr", body)).as(body).containsExactly(Map.entry(field, turkish));
	}

	/** The problem's errors, in the order of the body; the answer must be a 400 problem. */
	private Map<String, String> errors(String language, String body) throws Exception {
		String answer = ask(language, body).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString(language.equals("tr") ? "düzeltilmesi" : "need correcting")))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		Map<String, String> errors = new LinkedHashMap<>();
		JSON.readTree(answer).get("errors").properties().forEach(e -> errors.put(e.getKey(), e.getValue().asString()));
		return errors;
	}

	@Test
	void aPossibleCandidateThatCannotBeReadBackIsCountedSoThatTheAnswerIsNotTakenForNoOne() throws Exception {
		UUID person = UUID.randomUUID();
		SystemActor.run("test-index", Role.INDEX_UPKEEP, () -> index.index(new IndexedPerson(person, new PersonRecord(
				"r", "Zeynep", "Okumaz", null, LocalDate.of(1991, 5, 6), null, Sex.F, List.of("SYR")), "27", null, null)));
		String query = """
				{"givenNames":"Zeynep","familyNames":"Okumaz","birthDate":"1991-05-06","sex":"F"}""";
		byte[] record = jdbc.sql("select record_enc from matching_person where id = :id").param("id", person)
			.query(byte[].class).single();
		try {
			ask("en", query).andExpect(status().isOk()).andExpect(jsonPath("$.candidates[0].id").value(person.toString()))
				.andExpect(jsonPath("$.unreadable").value(0));
			byte[] damaged = record.clone();
			damaged[damaged.length - 1] ^= 1;
			jdbc.sql("update matching_person set record_enc = :r where id = :id").param("r", damaged).param("id", person)
				.update();
			ask("en", query).andExpect(status().isOk()).andExpect(jsonPath("$.candidates.length()").value(0))
				.andExpect(jsonPath("$.unreadable").value(1));
		}
		finally {
			SystemActor.run("test-index", Role.INDEX_UPKEEP, () -> index.remove(person));
		}
	}

	/**
	 * A search's entry says what it asked, where it said only that a search was made: the fields the query gave (never
	 * their values) and a digest of its names, one for the name however it is written (case, marks, spaces, which field,
	 * in which order), another for another name. So the 45 searches of one name with 45 birth dates a tester made to
	 * learn a person's date show together. The digest is keyed apart from the blocking keys: no key a person is filed
	 * under begins with it.
	 */
	@Test
	void aSearchsEntryRecordsTheFieldsItAskedAndOneDigestOfItsNamesHoweverWritten() throws Exception {
		String zahra = asked("""
				{"givenNames":"Zahra","familyNames":"Hosseini","birthDate":"1990-04-12","sex":"F","purpose":"sweep check"}""");
		assertThat(zahra).matches("names,birthDate,sex [0-9a-f]{8}");
		String digest = zahra.substring(zahra.indexOf(' ') + 1);
		assertThat(asked("""
				{"givenNames":"ZAHRA ","familyNames":"  HOSSEINI","birthYear":1990,"citizenship":["afg","IRN"]}"""))
			.isEqualTo("names,birthYear,citizenship " + digest);
		assertThat(asked("{\"fullNameOriginal\":\"Zahra  \\u00a0Hosseinî\"}")).isEqualTo("names " + digest);
		assertThat(asked("{\"givenNames\":\"Hosseini\",\"familyNames\":\"Zahra\",\"sex\":\"X\"}"))
			.isEqualTo("names " + digest);
		// a Somali citizenship changes how the engine reads a name's c, and must not change the digest
		assertThat(asked("{\"givenNames\":\"Zahra\",\"familyNames\":\"Hosseini\",\"citizenship\":[\"SOM\"]}"))
			.isEqualTo("names,citizenship " + digest);
		String fatma = asked("{\"givenNames\":\"Fatma\",\"familyNames\":\"Hüseyni\"}");
		assertThat(asked("{\"givenNames\":\"FATMA\",\"familyNames\":\"HÜSEYNİ\"}")).isEqualTo(fatma)
			.isNotEqualTo("names " + digest);
		assertThat(asked("{\"givenNames\":\"Наталья\",\"familyNames\":\"Иванова\"}"))
			.isEqualTo(asked("{\"givenNames\":\"Natalya\",\"familyNames\":\"Ivanova\"}"));
		String other = asked("{\"givenNames\":\"Zahra\",\"familyNames\":\"Hamidi\",\"birthDate\":\"1990-04-12\"}");
		assertThat(other).startsWith("names,birthDate ").isNotEqualTo("names,birthDate " + digest);
		assertThat(asked("{\"givenNames\":\"Zahra\"}")).startsWith("names ").isNotEqualTo("names " + digest);
		// made under the index key the entry is hashed under, and no blocking key's hash
		assertThat(jdbc.sql("select distinct index_key from audit_entry where asked_names = :d").param("d", digest)
			.query(String.class).list()).containsExactly("0");
		assertThat(jdbc.sql("select count(*) from matching_key").query(Long.class).single()).isPositive();
		for (String made : List.of(digest, other.substring(other.indexOf(' ') + 1))) {
			assertThat(jdbc.sql("select count(*) from matching_key where left(lpad(to_hex(key_hash), 16, '0'), 8) = :d")
				.param("d", made).query(Long.class).single()).isZero();
		}
	}

	/** The fields and the names' digest that the entry of a search with this body records. */
	private String asked(String body) throws Exception {
		ask("en", body).andExpect(status().isOk());
		return jdbc.sql("select asked_fields || ' ' || asked_names from audit_entry where action = 'MATCH_SEARCH'"
				+ " order by seq desc limit 1").query(String.class).single();
	}

	private ResultActions ask(String language, String body) throws Exception {
		return mvc.perform(post("/api/v1/matching/candidates").with(focalPoint)
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.header("Accept-Language", language)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private long searches() {
		return jdbc.sql("select count(*) from audit_entry where action = 'MATCH_SEARCH'").query(Long.class).single();
	}

	private static List<String> names(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

}
