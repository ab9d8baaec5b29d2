package org.opennrm.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.opennrm.TestTokens.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import org.opennrm.IntegrationTest;
import org.opennrm.TestTokens;
import org.opennrm.identity.ApiClientManagement;
import org.opennrm.identity.Role;

@IntegrationTest
class OrganisationApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiClientManagement clients;

	@Autowired
	OrganisationManagement organisations;

	String adminToken;
	String focalPointToken;

	@BeforeEach
	void tokens() {
		adminToken = TestTokens.issue(clients, organisations, Role.SYSTEM_ADMINISTRATOR);
		focalPointToken = TestTokens.issue(clients, organisations, Role.FOCAL_POINT);
	}

	private static String json(String name, String extra) {
		return """
				{"name": "%s", "type": "SHELTER", "provinceCode": "47", "address": "Artuklu, Mardin",
				 "phone": "+904821234567", "email": "sigınak@ornek.org", "website": "https://ornek.org"%s}"""
			.formatted(name, extra);
	}

	/** A new shelter in Mardin, its id. */
	private String created(String name) throws Exception {
		return JsonPath.read(mvc.perform(post("/api/v1/organisations").with(bearer(adminToken))
				.contentType(MediaType.APPLICATION_JSON).content(json(name, "")))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
	}

	@Test
	void createsReadsAndChangesWithTheVersionAsETag() throws Exception {
		String name = "Mardin Kadın Sığınma Evi " + UUID.randomUUID();
		String created = mvc.perform(post("/api/v1/organisations").with(bearer(adminToken))
				.contentType(MediaType.APPLICATION_JSON).content(json(name, "")))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(header().string("Location", containsString("/api/v1/organisations/")))
			.andExpect(jsonPath("$.name").value(name))
			.andExpect(jsonPath("$.active").value(true))
			.andExpect(jsonPath("$.htcdsType").value("CentralGovernment"))
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(created, "$.id");

		// Anyone signed in may read organisations; a shelter's address only those who manage organisations.
		mvc.perform(get("/api/v1/organisations/{id}", id).with(bearer(focalPointToken)))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.provinceCode").value("47"))
			.andExpect(jsonPath("$.phone").value("+904821234567"))
			.andExpect(jsonPath("$.address").value(org.hamcrest.Matchers.nullValue()));
		mvc.perform(get("/api/v1/organisations").param("province", "47").param("type", "SHELTER")
				.with(bearer(focalPointToken)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].name", hasItem(name)))
			.andExpect(jsonPath("$[*].address", org.hamcrest.Matchers.not(hasItem("Artuklu, Mardin"))));
		mvc.perform(get("/api/v1/organisations/{id}", id).with(bearer(adminToken)))
			.andExpect(jsonPath("$.address").value("Artuklu, Mardin"));

		mvc.perform(put("/api/v1/organisations/{id}", id).with(bearer(adminToken)).header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON).content(json(name + " (Artuklu)", ", \"active\": false")))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.name").value(name + " (Artuklu)"))
			.andExpect(jsonPath("$.active").value(false))
			.andExpect(jsonPath("$.version").value(1));

		// A change sent without "active" leaves the organisation as it is: it does not switch it, and its accounts, on.
		mvc.perform(put("/api/v1/organisations/{id}", id).with(bearer(adminToken)).header("If-Match", "\"1\"")
				.contentType(MediaType.APPLICATION_JSON).content(json(name + " (Artuklu)", "")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false))
			.andExpect(jsonPath("$.version").value(2));

		// A stale version is a conflict, in the caller's language.
		mvc.perform(put("/api/v1/organisations/{id}", id).with(bearer(adminToken)).header("If-Match", "\"0\"")
				.param("lang", "tr").contentType(MediaType.APPLICATION_JSON).content(json(name, "")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.title").value("Başka biri değiştirdi"));
		// No version at all is a client error that says what to send.
		mvc.perform(put("/api/v1/organisations/{id}", id).with(bearer(adminToken))
				.contentType(MediaType.APPLICATION_JSON).content(json(name, "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors['If-Match']", containsString("If-Match")));
	}

	/**
	 * Multi-line text is saved with its line breaks as line feeds, as the screens save a text area's (a browser sends
	 * CR LF, and so does a Windows program): an address sent so is the address typed on the screen, not another.
	 */
	@Test
	void anAddressIsSavedWithLineFeedsHoweverItsLineBreaksAreSent() throws Exception {
		String name = "Kızıltepe Sığınma Evi " + UUID.randomUUID();
		String id = JsonPath.read(mvc.perform(post("/api/v1/organisations").with(bearer(adminToken))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json(name, "").replace("\"Artuklu, Mardin\"", "\"Cumhuriyet Cd. 12\\r\\nKızıltepe\\rMardin\"")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.address").value("Cumhuriyet Cd. 12\nKızıltepe\nMardin"))
			.andReturn().getResponse().getContentAsString(), "$.id");
		assertThat(organisations.find(UUID.fromString(id)).orElseThrow().address())
			.isEqualTo("Cumhuriyet Cd. 12\nKızıltepe\nMardin");

		mvc.perform(put("/api/v1/organisations/{id}", id).with(bearer(adminToken)).header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(json(name, "").replace("\"Artuklu, Mardin\"", "\"Cumhuriyet Cd. 14\\r\\nKızıltepe\"")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.address").value("Cumhuriyet Cd. 14\nKızıltepe"));
		assertThat(organisations.find(UUID.fromString(id)).orElseThrow().address()).isEqualTo("Cumhuriyet Cd. 14\nKızıltepe");
		// a one-line field takes no line break at all
		mvc.perform(post("/api/v1/organisations").with(bearer(adminToken)).contentType(MediaType.APPLICATION_JSON)
				.content(json("Satır\\r\\nSonu " + UUID.randomUUID(), "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.name").exists());
	}

	@Test
	void aChangeTakesBackWhatWasReadButRefusesAMisspeltField() throws Exception {
		String name = "Kütahya Göçmen Dayanışma Derneği " + UUID.randomUUID();
		String id = created(name);
		String read = mvc.perform(get("/api/v1/organisations/{id}", id).with(bearer(adminToken)))
			.andReturn().getResponse().getContentAsString();

		// what was read, sent back with a new phone: its id, htcdsType and version, as the organisation has them, are
		// accepted
		mvc.perform(put("/api/v1/organisations/{id}", id).with(bearer(adminToken)).header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON).content(read.replace("+904821234567", "+904827654321")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.phone").value("+904827654321"))
			.andExpect(jsonPath("$.version").value(1));

		// a misspelt field would leave the phone as it was without a word: refused, naming it
		mvc.perform(put("/api/v1/organisations/{id}", id).with(bearer(adminToken)).header("If-Match", "\"1\"")
				.param("lang", "en").contentType(MediaType.APPLICATION_JSON)
				.content(json(name, ", \"phnoe\": \"+904820000000\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.phnoe", containsString("There is no field of this name")));
		mvc.perform(post("/api/v1/organisations").with(bearer(adminToken)).param("lang", "tr")
				.contentType(MediaType.APPLICATION_JSON).content(json(name + " 2", ", \"provinceCod\": \"43\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.provinceCod", containsString("Bu adda bir alan yok")));
		mvc.perform(get("/api/v1/organisations/{id}", id).with(bearer(adminToken)))
			.andExpect(jsonPath("$.phone").value("+904827654321"))
			.andExpect(jsonPath("$.version").value(1));
	}

	@Test
	void aReadOnlyFieldSentWithAnotherValueIsRefused() throws Exception {
		String name = "Şanlıurfa Göç Derneği " + UUID.randomUUID();
		String id = created(name);
		String read = mvc.perform(get("/api/v1/organisations/{id}", id).with(bearer(adminToken)))
			.andReturn().getResponse().getContentAsString();

		mvc.perform(put("/api/v1/organisations/{id}", id).with(bearer(adminToken)).header("If-Match", "\"0\"")
				.param("lang", "en").contentType(MediaType.APPLICATION_JSON)
				.content(read.replace("\"htcdsType\":\"CentralGovernment\"", "\"htcdsType\":\"NGO\"")
					.replace("\"id\":\"" + id, "\"id\":\"" + UUID.randomUUID())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors.id", containsString("An organisation's id does not change: send it as it is (\""
					+ id + "\")")))
			.andExpect(jsonPath("$.errors.htcdsType").value("The HTCDS type follows the type: change type instead. Send it "
					+ "as it is (\"CentralGovernment\"), or leave it out."));
		mvc.perform(put("/api/v1/organisations/{id}", id).with(bearer(adminToken)).header("If-Match", "\"0\"")
				.param("lang", "tr").contentType(MediaType.APPLICATION_JSON)
				.content(read.replace("\"version\":0", "\"version\":7")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.version", startsWith("Sürüm If-Match başlığıyla gönderilir")));

		// the type changed, and what was read of the rest sent back: its htcdsType follows the new type
		mvc.perform(put("/api/v1/organisations/{id}", id).with(bearer(adminToken)).header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON).content(read.replace("\"type\":\"SHELTER\"", "\"type\":\"NGO\"")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.htcdsType").value("NGO"));
	}

	@Test
	void invalidInputIsAProblemWithAnErrorPerField() throws Exception {
		mvc.perform(post("/api/v1/organisations").with(bearer(adminToken)).param("lang", "tr")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "", "type": "NGO", "provinceCode": "82", "phone": "12345", "email": "x"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(jsonPath("$.errors.name").value("Bu alan zorunludur."))
			.andExpect(jsonPath("$.errors.provinceCode").value("81 ilden birini seçin."))
			.andExpect(jsonPath("$.errors.phone").value("Bu telefon numarası okunamıyor: örneğin 0501 234 56 78 ya da ülke koduyla +90 501 234 56 78 biçiminde girin."))
			.andExpect(jsonPath("$.errors.email", containsString("e-posta")));
		mvc.perform(post("/api/v1/organisations").with(bearer(adminToken)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"X\", \"type\": \"SPACESHIP\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/organisations").with(bearer(adminToken)).contentType(MediaType.APPLICATION_JSON)
				.content("{not json"))
			.andExpect(status().isBadRequest());
	}

	/** An optional field of spaces only is one left empty, on a creation and a change alike; a name of spaces is required. */
	@Test
	void anOptionalFieldOfSpacesOnlyIsLeftEmpty() throws Exception {
		String name = "Boşluklu Dernek " + UUID.randomUUID();
		mvc.perform(post("/api/v1/organisations").with(bearer(adminToken)).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "%s", "type": "NGO", "provinceCode": " ", "address": "  ", "phone": "   ",
						 "email": "  ", "website": " "}""".formatted(name)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.provinceCode").value(nullValue()))
			.andExpect(jsonPath("$.phone").value(nullValue()))
			.andExpect(jsonPath("$.email").value(nullValue()))
			.andExpect(jsonPath("$.website").value(nullValue()));
		mvc.perform(post("/api/v1/organisations").with(bearer(adminToken)).param("lang", "en")
				.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"   \", \"type\": \"NGO\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.name").value("This field is required."));
	}

	/** A phone number as people write it is saved, and read back, in E.164; one that is none shows an example. */
	@Test
	void aPhoneNumberAsPeopleWriteItIsSavedWithItsCountryCode() throws Exception {
		mvc.perform(post("/api/v1/organisations").with(bearer(adminToken)).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "Telefonlu Dernek %s", "type": "NGO", "phone": "0090 312 444 55 66"}"""
					.formatted(UUID.randomUUID())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.phone").value("+903124445566"));
		mvc.perform(post("/api/v1/organisations").with(bearer(adminToken)).param("lang", "en")
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"name": "Telefonlu Dernek %s", "type": "NGO", "phone": "0312 444 55"}"""
					.formatted(UUID.randomUUID())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.phone").value("This is no phone number that can be read: enter it as, for "
					+ "example, 0501 234 56 78, or with its country code, +90 501 234 56 78."));
	}

	@Test
	void aWebAddressWithoutItsSchemeIsReadAsItsSecureAddress() throws Exception {
		mvc.perform(post("/api/v1/organisations").with(bearer(adminToken)).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "Web Derneği %s", "type": "NGO", "website": "www.dernek.org.tr"}"""
					.formatted(UUID.randomUUID())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.website").value("https://www.dernek.org.tr"));
	}

	@Test
	void systemsAreAnsweredInTheLanguageTheyAccept() throws Exception {
		String invalid = "{\"name\": \"\", \"type\": \"NGO\"}";
		mvc.perform(post("/api/v1/organisations").with(bearer(adminToken)).header("Accept-Language", "en-GB,en;q=0.9")
				.contentType(MediaType.APPLICATION_JSON).content(invalid))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.name").value("This field is required."));
		// A language OpenNRM does not speak falls back to the configured default (Turkish).
		mvc.perform(post("/api/v1/organisations").with(bearer(adminToken)).header("Accept-Language", "de-DE")
				.contentType(MediaType.APPLICATION_JSON).content(invalid))
			.andExpect(jsonPath("$.errors.name").value("Bu alan zorunludur."));
	}

	@Test
	void aTakenNameIsAFieldError() throws Exception {
		mvc.perform(post("/api/v1/organisations").with(bearer(adminToken)).param("lang", "en")
				.contentType(MediaType.APPLICATION_JSON).content(json("Mardin İl Göç İdaresi Müdürlüğü", "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.name").value(org.hamcrest.Matchers.startsWith("This name is already in use: \u201cMardin İl Göç İdaresi Müdürlüğü\u201d.")));
	}

	/** The list's text is text a person could type, as the screen's is: one with a control character is refused. */
	@Test
	void aSearchTextWithAControlCharacterIsRefusedNamingTheParameter() throws Exception {
		for (String text : new String[] { "İstanbul\u0000", "\u001B[2J", "Gazi\nantep", "\u202Eluben" }) {
			mvc.perform(get("/api/v1/organisations").with(bearer(focalPointToken)).param("lang", "en").param("text", text))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail").value("text: expected text without control characters (NUL, ESC, tab, "
						+ "line breaks) or hidden text-direction characters"));
		}
		mvc.perform(get("/api/v1/organisations").with(bearer(focalPointToken)).param("text", " istanbul "))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].name", containsString("İstanbul")));
	}

	@Test
	void unknownOrganisationIsNotFound() throws Exception {
		mvc.perform(get("/api/v1/organisations/{id}", UUID.randomUUID()).with(bearer(focalPointToken)))
			.andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/organisations/{id}", UUID.randomUUID()).with(bearer(adminToken))
				.header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content(json("Yok", "")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theEndpointsAreDocumented() throws Exception {
		mvc.perform(get("/api/v1/openapi").with(bearer(focalPointToken)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/organisations/{id}'].put.summary").value("Change an organisation"))
			.andExpect(jsonPath("$.paths['/api/v1/users'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/api-clients/{id}/revoke'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/reference/provinces'].get").exists());
	}

	@Test
	void onlyOrganisationManagersMayWrite() throws Exception {
		String id = organisations.list(OrganisationFilter.all()).get(0).id().toString();
		mvc.perform(post("/api/v1/organisations").with(bearer(focalPointToken)).contentType(MediaType.APPLICATION_JSON)
				.content(json("Yetkisiz " + UUID.randomUUID(), "")))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/organisations/{id}", id).with(bearer(focalPointToken)).header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON).content(json("Yetkisiz", "")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/organisations")).andExpect(status().isUnauthorized());
	}

}
