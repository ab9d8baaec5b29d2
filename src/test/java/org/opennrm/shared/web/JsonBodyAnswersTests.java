package org.opennrm.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.opennrm.TestTokens.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import org.opennrm.IntegrationTest;
import org.opennrm.TestTokens;
import org.opennrm.identity.ApiClientManagement;
import org.opennrm.identity.Role;
import org.opennrm.organisation.OrganisationFilter;
import org.opennrm.organisation.OrganisationManagement;

/**
 * What the API answers a JSON body it cannot read, in the caller's language: every field of the wrong type at once,
 * with the body's other errors; text never read as a number or as true or false; JSON that is not well-formed by line
 * and column; a body in another encoding than UTF-8 told to send UTF-8. Never a word of the body in the answer (nor
 * in the log: {@code LogCanary} listens for the victim's name these bodies carry).
 */
@IntegrationTest
class JsonBodyAnswersTests {

	private static final String CANDIDATES = "/api/v1/matching/candidates";

	private static final String ORGANISATIONS = "/api/v1/organisations";

	private static final String NAME = "Canary Leakwatch";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiClientManagement clients;

	@Autowired
	OrganisationManagement organisations;

	String admin;

	String coordinator;

	@BeforeEach
	void tokens() {
		admin = TestTokens.issue(clients, organisations, Role.SYSTEM_ADMINISTRATOR);
		coordinator = TestTokens.issue(clients, organisations, Role.NRM_COORDINATOR);
	}

	@Test
	void everyFieldOfTheWrongTypeIsToldInOneAnswer() throws Exception {
		String body = """
				{"givenNames": {"given": "%s"}, "birthYear": "abc", "sex": 5, "limit": true, "excludeId": 12,
				 "citizenship": "SYR", "nickname": "%s", "familyNames": "%s"}""".formatted(NAME, NAME, NAME);
		send(coordinator, CANDIDATES, "en", body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Some entries need correcting."))
			.andExpect(jsonPath("$.errors.givenNames").value("Give text here, in quotes."))
			.andExpect(jsonPath("$.errors.birthYear").value("Give the year of birth as a number of four digits, e.g. 1994."))
			.andExpect(jsonPath("$.errors.sex", startsWith("Give sex as M or F")))
			.andExpect(jsonPath("$.errors.limit").value("The number of candidates (limit) must be a whole number from 1 to 50."))
			.andExpect(jsonPath("$.errors.excludeId", startsWith("Give an id as a UUID")))
			.andExpect(jsonPath("$.errors.citizenship", startsWith("Give citizenship as a list")))
			.andExpect(jsonPath("$.errors.nickname", startsWith("There is no field of this name")))
			.andExpect(jsonPath("$.errors.length()").value(7))
			.andExpect(content().string(not(containsString("Canary"))))
			.andExpect(content().string(not(containsString("abc"))));
		send(coordinator, CANDIDATES, "tr", body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Bazı alanların düzeltilmesi gerekiyor."))
			.andExpect(jsonPath("$.errors.givenNames").value("Buraya tırnak içinde bir metin girin."))
			.andExpect(jsonPath("$.errors.birthYear").value("Doğum yılını dört haneli bir sayı olarak girin, örneğin 1994."))
			.andExpect(jsonPath("$.errors.limit").value("Aday sayısı (limit) 1 ile 50 arasında bir tam sayı olmalıdır."))
			.andExpect(jsonPath("$.errors.nickname", startsWith("Bu adda bir alan yok")))
			.andExpect(jsonPath("$.errors.length()").value(7));
	}

	/** A field of the wrong type and a field that fails its validation are told together, and nothing is saved. */
	/** A body of more fields than any of the API has is told its first error only, not read again for each. */
	@Test
	void aBodyOfThousandsOfFieldsIsToldItsFirstErrorOnly() throws Exception {
		StringBuilder body = new StringBuilder("{\"givenNames\": 5");
		for (int i = 0; i < 5_000; i++) {
			body.append(", \"unknown").append(i).append("\": 1");
		}
		send(coordinator, CANDIDATES, "en", body.append('}').toString()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.givenNames").value("Give text here, in quotes."))
			.andExpect(jsonPath("$.errors.length()").value(1));
	}

	@Test
	void typeErrorsAreToldWithTheBodysOtherErrors() throws Exception {
		String body = "{\"name\": \"\", \"type\": 7, \"active\": \"yes\", \"email\": \"x\", \"website\": 5, \"address\": \"%s\"}"
			.formatted(NAME);
		send(admin, ORGANISATIONS, "en", body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.name").value("This field is required."))
			.andExpect(jsonPath("$.errors.type", startsWith("Give one of these values, in upper or lower case: PMM_HEADQUARTERS")))
			.andExpect(jsonPath("$.errors.active").value("Give true or false here, without quotes."))
			.andExpect(jsonPath("$.errors.email", containsString("e-mail")))
			.andExpect(jsonPath("$.errors.website").value("Give text here, in quotes."))
			.andExpect(jsonPath("$.errors.length()").value(5))
			.andExpect(content().string(not(containsString("Canary"))));
		send(admin, ORGANISATIONS, "tr", "{\"name\": \"" + NAME + "\", \"type\": \"NGO\", \"active\": 1, \"phone\": true}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.active").value("Buraya tırnaksız true ya da false girin."))
			.andExpect(jsonPath("$.errors.phone").value("Buraya tırnak içinde bir metin girin."))
			.andExpect(jsonPath("$.errors.length()").value(2));
		// a value its list does not have, read before the field that stopped Jackson, is told with it
		send(admin, ORGANISATIONS, "en", "{\"type\": \"NOPE\", \"name\": 5, \"email\": \"" + NAME + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.type", startsWith("Give one of these values, in upper or lower case: ")))
			.andExpect(jsonPath("$.errors.name").value("Give text here, in quotes."))
			.andExpect(jsonPath("$.errors.email", containsString("e-mail")))
			.andExpect(jsonPath("$.errors.length()").value(3))
			.andExpect(content().string(not(containsString("Canary"))));
		assertThat(organisations.list(new OrganisationFilter(NAME, null, null, null))).isEmpty();
	}

	/** Text is never read as a number or as true or false, nor a number as a value of a list or a day. */
	@Test
	void textIsNeverReadAsANumberOrAsTrueOrFalse() throws Exception {
		send(coordinator, CANDIDATES, "en", "{\"givenNames\": \"Ali\", \"birthYear\": \"1990\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.birthYear").value("Give the year of birth as a number of four digits, e.g. 1994."));
		send(coordinator, CANDIDATES, "tr", "{\"givenNames\": \"Ali\", \"limit\": \"10\", \"birthYear\": \"\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.limit").value("Aday sayısı (limit) 1 ile 50 arasında bir tam sayı olmalıdır."))
			.andExpect(jsonPath("$.errors.birthYear").value("Doğum yılını dört haneli bir sayı olarak girin, örneğin 1994."));
		send(coordinator, CANDIDATES, "en", "{\"givenNames\": \"Ali\", \"birthDate\": 19940312}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.birthDate", startsWith("Give the date of birth as yyyy-mm-dd")));
		send(coordinator, CANDIDATES, "en", "{\"givenNames\": \"Ali\", \"birthYear\": 1990, \"limit\": 10}")
			.andExpect(status().isOk());
		String name = "Metin Derneği " + System.nanoTime();
		send(admin, ORGANISATIONS, "en", "{\"name\": \"%s\", \"type\": \"NGO\", \"active\": \"true\"}".formatted(name))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.active").value("Give true or false here, without quotes."))
			.andExpect(jsonPath("$.errors.length()").value(1));
		send(admin, ORGANISATIONS, "tr", "{\"name\": \"%s\", \"type\": 3, \"active\": \"false\"}".formatted(name))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.type", startsWith("Şu değerlerden birini büyük ya da küçük harfle girin: ")))
			.andExpect(jsonPath("$.errors.active").value("Buraya tırnaksız true ya da false girin."));
		assertThat(organisations.list(new OrganisationFilter(name, null, null, null))).isEmpty();
	}

	/** Where JSON goes wrong, in characters as an editor counts them (Jackson counts "Göç" as five), and nothing of it. */
	@Test
	void jsonThatIsNotWellFormedIsToldByLineAndColumn() throws Exception {
		send(admin, ORGANISATIONS, "en", "{\"name\": \"Göç Derneği\",, \"type\": \"NGO\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Invalid request"))
			.andExpect(jsonPath("$.detail", startsWith("The body is not well-formed JSON: it goes wrong at line 1, column 24.")))
			.andExpect(jsonPath("$.line").value(1))
			.andExpect(jsonPath("$.column").value(24))
			.andExpect(jsonPath("$.errors").doesNotExist())
			.andExpect(content().string(not(containsString("Göç"))))
			.andExpect(content().string(not(containsString("Unexpected"))));
		send(admin, ORGANISATIONS, "tr", "{\r\n  \"name\": \"" + NAME + "\"\r\n  \"type\": \"NGO\"\r\n}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Geçersiz istek"))
			.andExpect(jsonPath("$.detail", startsWith("İstek gövdesi geçerli bir JSON değil: hata 3. satırın 3. sütununda.")))
			.andExpect(content().string(not(containsString("Canary"))));
		send(coordinator, CANDIDATES, "en", "{\"givenNames\": \"" + NAME + "\",\n \"familyNames\": \"Kılıç")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", startsWith("The body ends before its JSON does (line 2, column 23)")))
			.andExpect(content().string(not(containsString("Canary"))));
		send(coordinator, CANDIDATES, "tr", "{\"givenNames\": \"Ali\"")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", startsWith("İstek gövdesi, JSON tamamlanmadan bitiyor (1. satır, 21. sütun)")));
	}

	/**
	 * A body that is no JSON object where a request reads one is told what it is, in the caller's language: none (empty,
	 * or spaces alone), null, an array, or a single value; where all four were "the request could not be read".
	 */
	@Test
	void aBodyThatIsNoJsonObjectIsToldWhatItIs() throws Exception {
		String missing = "The request has no body: send a JSON object with the request's fields, as /api/v1/docs "
				+ "describes them.";
		String array = "The body must be a JSON object ({…}), not an array: send one request's fields at a time, in one "
				+ "object, as /api/v1/docs describes them.";
		String value = "The body must be a JSON object ({…}), not text, a number, true or false: send the request's "
				+ "fields in one object, as /api/v1/docs describes them.";
		Map<String, String> english = new LinkedHashMap<>();
		english.put("", missing);
		english.put(" \r\n\t", missing);
		english.put("null", "The body is null, not a JSON object: send a JSON object with the request's fields, as "
				+ "/api/v1/docs describes them.");
		english.put("\n null ", english.get("null"));
		english.put("[]", array);
		english.put("[{\"name\": \"" + NAME + "\", \"type\": \"NGO\"}]", array);
		english.put("\"" + NAME + "\"", value);
		english.put("12", value);
		english.put("-1.5", value);
		english.put("true", value);
		for (Map.Entry<String, String> body : english.entrySet()) {
			send(admin, ORGANISATIONS, "en", body.getKey()).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.title").value("Invalid request"))
				.andExpect(jsonPath("$.detail").value(body.getValue()))
				.andExpect(jsonPath("$.errors").doesNotExist())
				.andExpect(jsonPath("$.line").doesNotExist())
				.andExpect(content().string(not(containsString("Canary"))));
		}
		Map<String, String> turkish = Map.of("", "İsteğin gövdesi yok: isteğin alanlarını /api/v1/docs adresinde "
				+ "açıklandığı gibi bir JSON nesnesi olarak gönderin.",
				"null", "İstek gövdesi bir JSON nesnesi değil, null: isteğin alanlarını /api/v1/docs adresinde "
						+ "açıklandığı gibi bir JSON nesnesi olarak gönderin.",
				"[]", "İstek gövdesi bir dizi değil, bir JSON nesnesi ({…}) olmalıdır: her seferinde tek bir isteğin "
						+ "alanlarını, /api/v1/docs adresinde açıklandığı gibi tek bir nesne içinde gönderin.",
				"false", "İstek gövdesi metin, sayı, true ya da false değil, bir JSON nesnesi ({…}) olmalıdır: isteğin "
						+ "alanlarını /api/v1/docs adresinde açıklandığı gibi tek bir nesne içinde gönderin.");
		for (Map.Entry<String, String> body : turkish.entrySet()) {
			send(admin, ORGANISATIONS, "tr", body.getKey()).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.title").value("Geçersiz istek"))
				.andExpect(jsonPath("$.detail").value(body.getValue()));
		}
		// JSON that goes wrong after its beginning is still told where
		send(admin, ORGANISATIONS, "en", "nul").andExpect(status().isBadRequest()).andExpect(jsonPath("$.line").value(1));
		send(admin, ORGANISATIONS, "en", "[1,").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(array));
		assertThat(organisations.list(new OrganisationFilter(NAME, null, null, null))).isEmpty();
	}

	/** "Gül Derneği" saved in Latin-5 (ü is FC, ğ is F0), sent as it is or declared so: told to send UTF-8. */
	@Test
	void aBodyInAnotherEncodingThanUtf8IsToldToSendUtf8() throws Exception {
		String name = "Gül Derneği " + System.nanoTime();
		byte[] latin5 = "{\"name\": \"%s\", \"type\": \"NGO\"}".formatted(name).getBytes(Charset.forName("ISO-8859-9"));
		send(admin, ORGANISATIONS, "en", "application/json", latin5).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", startsWith("The request body is not in UTF-8: send it encoded in UTF-8")));
		send(admin, ORGANISATIONS, "tr", "application/json", latin5).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", startsWith("İstek gövdesi UTF-8 ile kodlanmamış: gövdeyi UTF-8 olarak gönderin")));
		for (String charset : new String[] { "windows-1254", "ISO-8859-9", "latin-99" }) {
			send(admin, ORGANISATIONS, "en", "application/json; charset=" + charset, latin5)
				.andExpect(status().isUnsupportedMediaType())
				.andExpect(jsonPath("$.detail", startsWith("Send the request body in UTF-8")));
		}
		send(admin, ORGANISATIONS, "tr", "application/json;charset=UTF-16",
				"{\"name\": \"%s\", \"type\": \"NGO\"}".formatted(name).getBytes(StandardCharsets.UTF_16))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.detail", startsWith("İstek gövdesini UTF-8 olarak gönderin")));
		send(admin, ORGANISATIONS, "en", "application/json",
				"{\"name\": \"%s\", \"type\": \"NGO\"}".formatted(name).getBytes(StandardCharsets.UTF_16LE))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", startsWith("The request body is not in UTF-8")));
		// not JSON at all is still told so
		send(admin, ORGANISATIONS, "en", "text/plain; charset=windows-1254", latin5)
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.detail").value("Send the request body as JSON (Content-Type: application/json)."));
		assertThat(organisations.list(new OrganisationFilter(name, null, null, null))).isEmpty();
		send(admin, ORGANISATIONS, "en", "application/json; charset=utf-8",
				"{\"name\": \"%s\", \"type\": \"NGO\"}".formatted(name).getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value(name));
	}

	private ResultActions send(String token, String path, String language, String body) throws Exception {
		return send(token, path, language, "application/json", body.getBytes(StandardCharsets.UTF_8));
	}

	private ResultActions send(String token, String path, String language, String contentType, byte[] body)
			throws Exception {
		return mvc.perform(post(path).with(bearer(token)).header(HttpHeaders.ACCEPT_LANGUAGE, language)
			.header(HttpHeaders.CONTENT_TYPE, contentType).content(body));
	}

}
