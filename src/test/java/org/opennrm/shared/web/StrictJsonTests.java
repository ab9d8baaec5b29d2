package org.opennrm.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opennrm.TestTokens.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import org.opennrm.IntegrationTest;
import org.opennrm.TestTokens;
import org.opennrm.identity.ApiClient;
import org.opennrm.identity.ApiClientManagement;
import org.opennrm.identity.Role;
import org.opennrm.identity.SystemActor;
import org.opennrm.organisation.OrganisationFilter;
import org.opennrm.organisation.OrganisationManagement;

/**
 * Every API reads JSON as it is written: a field given twice, true or a number for a text, a number for true or false,
 * is refused at its field.
 */
@IntegrationTest
class StrictJsonTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiClientManagement clients;

	@Autowired
	OrganisationManagement organisations;

	String adminToken;

	@BeforeEach
	void token() {
		adminToken = TestTokens.issue(clients, organisations, Role.SYSTEM_ADMINISTRATOR);
	}

	@Test
	void aFieldGivenTwiceIsRefusedNamingIt() throws Exception {
		send("/api/v1/organisations", "en", "{\"name\": \"Göç Derneği\", \"type\": \"NGO\", \"name\": \"Başka\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.name").value("This field is given more than once: give it once."))
			.andExpect(jsonPath("$.errors.length()").value(1));
		String organisation = organisations.list(OrganisationFilter.all()).get(0).id().toString();
		send("/api/v1/api-clients", "tr", """
				{"name": "Pano", "role": "ANALYST", "role": "AUDITOR", "organisationId": "%s"}""".formatted(organisation))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.role").value("Bu alan birden fazla kez verilmiş: bir kez verin."));
		// JSON that is not well-formed still names no field
		send("/api/v1/organisations", "en", "{\"name\": \"Göç Derneği\",, \"type\": \"NGO\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors").doesNotExist());
	}

	@Test
	void trueOrFalseIsNoText() throws Exception {
		send("/api/v1/organisations", "en", "{\"name\": true, \"type\": \"NGO\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.name").value("Give text here, in quotes."));
	}

	/** A number is no text, and no true or false either: each refused at its field, as true for a text is. */
	@Test
	void aNumberIsNeitherTextNorTrueOrFalse() throws Exception {
		send("/api/v1/organisations", "en", "{\"name\": 12345, \"type\": \"NGO\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.name").value("Give text here, in quotes."));
		send("/api/v1/organisations", "tr", "{\"name\": 12.5, \"type\": \"NGO\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.name").value("Buraya tırnak içinde bir metin girin."));
		send("/api/v1/organisations", "en", "{\"name\": \"Sayı Derneği\", \"type\": \"NGO\", \"active\": 1}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.active").value("Give true or false here, without quotes."));
		send("/api/v1/organisations", "en", "{\"name\": \"Sayı Derneği\", \"type\": \"NGO\", \"active\": 0}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.active").value("Give true or false here, without quotes."));
		assertThat(organisations.list(new OrganisationFilter("Sayı Derneği", null, null, null))).isEmpty();
	}

	/** A day without its time, where a moment is asked for, is told what is: the form of a date-time, with an example. */
	@Test
	void aDateWhereADateTimeIsAskedForSaysWhatIsExpected() throws Exception {
		String organisation = organisations.list(OrganisationFilter.all()).get(0).id().toString();
		send("/api/v1/api-clients", "en", """
				{"name": "Pano", "role": "ANALYST", "organisationId": "%s", "expiresAt": "2027-12-31"}"""
			.formatted(organisation))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.expiresAt").value(org.hamcrest.Matchers.containsString("2027-12-31T23:59:59+03:00")));
		send("/api/v1/api-clients", "tr", """
				{"name": "Pano", "role": "ANALYST", "organisationId": "%s", "expiresAt": "2027-12-31"}"""
			.formatted(organisation))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.expiresAt").value(org.hamcrest.Matchers.containsString("UTC'ye göre saat farkıyla")));
	}

	/**
	 * A day is read from text in its documented form alone: an array of numbers ({@code [1990,1,31]}), a date-time (the
	 * UTC moment JavaScript writes for a local midnight, {@code "1990-01-30T21:00:00.000Z"}, was read as the day before),
	 * text that is empty or blank, or an empty array, read as no date, are each refused at the field.
	 */
	@Test
	void aDayIsReadFromTextInItsDocumentedFormOnly() throws Exception {
		String coordinator = TestTokens.issue(clients, organisations, Role.NRM_COORDINATOR);
		for (String day : List.of("[1990,1,31]", "[1990,1,31,0]", "[]", "\"1990-01-30T21:00:00.000Z\"",
				"\"1990-01-31T00:00:00\"", "\"\"", "\"  \"", "19900131.5", "true")) {
			search(coordinator, "en", "{\"givenNames\": \"Fatma\", \"birthDate\": " + day + "}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors.birthDate").value("Give the date of birth as yyyy-mm-dd, a day of the "
						+ "Gregorian calendar, e.g. 1994-03-12 (1990-02-30 is none)."))
				.andExpect(jsonPath("$.errors.length()").value(1));
		}
		search(coordinator, "tr", "{\"givenNames\": \"Fatma\", \"birthDate\": [1990,1,31]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.birthDate").value("Doğum tarihini yyyy-aa-gg biçiminde, Miladi takvimde var olan "
					+ "bir gün olarak girin, örneğin 1994-03-12 (1990-02-30 diye bir gün yoktur)."));
		// the documented forms: a day as text, null, or no field
		for (String body : List.of("{\"givenNames\": \"Fatma\", \"birthDate\": \"1994-03-12\"}",
				"{\"givenNames\": \"Fatma\", \"birthDate\": null}", "{\"givenNames\": \"Fatma\"}")) {
			search(coordinator, "en", body).andExpect(status().isOk());
		}
	}

	/**
	 * A moment is read from text with its offset alone: a number, whole or not, was read as seconds since 1970
	 * (milliseconds gave the year 61971), and so was text of digits; empty text issued a token that never expires.
	 * Nothing is issued for any of them.
	 */
	@Test
	void aMomentIsReadFromTextWithItsOffsetOnly() throws Exception {
		String organisation = organisations.list(OrganisationFilter.all()).get(0).id().toString();
		String name = "Saat " + System.nanoTime();
		String client = "{\"name\": \"%s\", \"role\": \"ANALYST\", \"organisationId\": \"%s\", \"expiresAt\": %s}";
		for (String moment : List.of("1893456000", "1893456000000", "1893456000.5", "\"1893456000\"",
				"\"1893456000.5\"", "\"-1\"", "\"\"", "\" \"", "[2030,1,1,0,0]", "true")) {
			send("/api/v1/api-clients", "en", client.formatted(name, organisation, moment))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors.expiresAt").value("Give a date and time with its offset from UTC, in "
						+ "quotes, e.g. 2027-12-31T23:59:59+03:00 (or 2027-12-31T20:59:59Z): a day alone does not say at "
						+ "which moment, and a number, of seconds or milliseconds, is not read as one."))
				.andExpect(jsonPath("$.errors.length()").value(1));
		}
		send("/api/v1/api-clients", "tr", client.formatted(name, organisation, "1893456000"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.expiresAt").value("Tarihi saatiyle ve UTC'ye göre saat farkıyla, tırnak "
					+ "içinde girin, örneğin 2027-12-31T23:59:59+03:00 (ya da 2027-12-31T20:59:59Z): yalnızca gün, hangi "
					+ "anın kastedildiğini söylemez; saniye ya da milisaniye sayısı da an olarak okunmaz."));
		assertThat(clients()).noneMatch(c -> c.name().equals(name));
		// the documented forms: with an offset, in UTC, or null (never expires)
		for (String moment : List.of("\"2030-01-01T00:00:00+03:00\"", "\"2030-01-01T00:00:00Z\"", "null")) {
			send("/api/v1/api-clients", "en", client.formatted(name + moment.length(), organisation, moment))
				.andExpect(status().isCreated());
		}
		assertThat(clients()).filteredOn(c -> c.name().equals(name + 27))
			.singleElement()
			.satisfies(c -> assertThat(c.expiresAt()).isEqualTo(Instant.parse("2029-12-31T21:00:00Z")));
	}

	/** Empty text is no id: an empty {@code excludeId} left the search's own record in, as if none were given. */
	@Test
	void emptyTextIsNoId() throws Exception {
		String coordinator = TestTokens.issue(clients, organisations, Role.NRM_COORDINATOR);
		search(coordinator, "en", "{\"givenNames\": \"Fatma\", \"excludeId\": \"\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.excludeId")
				.value("Give an id as a UUID of 36 characters, e.g. 7c0e8d2a-3b1f-4c5e-9a6d-2f4b8c1e0a93."));
		search(coordinator, "en", "{\"givenNames\": \"Fatma\", \"excludeId\": null}").andExpect(status().isOk());
	}

	private List<ApiClient> clients() {
		return SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR, clients::list);
	}

	private ResultActions search(String token, String language, String body) throws Exception {
		return mvc.perform(post("/api/v1/matching/candidates")
			.with(bearer(token)).param("lang", language).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private ResultActions send(String path, String language, String body) throws Exception {
		return mvc.perform(post(path)
			.with(bearer(adminToken)).param("lang", language).contentType(MediaType.APPLICATION_JSON).content(body));
	}

}
