package org.opennrm.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opennrm.TestTokens.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import org.opennrm.IntegrationTest;
import org.opennrm.TestTokens;
import org.opennrm.identity.ApiClientManagement;
import org.opennrm.identity.Role;
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

	private ResultActions send(String path, String language, String body) throws Exception {
		return mvc.perform(post(path)
			.with(bearer(adminToken)).param("lang", language).contentType(MediaType.APPLICATION_JSON).content(body));
	}

}
