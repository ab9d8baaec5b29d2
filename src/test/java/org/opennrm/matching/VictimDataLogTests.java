package org.opennrm.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.opennrm.IntegrationTest;
import org.opennrm.LogCanary;
import org.opennrm.SignIn;
import org.opennrm.identity.Role;
import org.opennrm.identity.SystemActor;

/**
 * A victim's name sent to the application in every way a caller can get wrong, and in the right way, reaches no log:
 * the answers may say what was wrong with it, to the caller; the log, read by operators and kept elsewhere, never
 * holds it. {@link LogCanary} watches every test; this one makes sure the paths where a value most easily slips into
 * a log (parse errors, refused fields, oversized bodies, refused callers, a damaged record) are walked with a name it
 * knows, "Canary Leakwatch", in Latin and Arabic script.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VictimDataLogTests {

	private static final String NAME = "Canary Leakwatch";

	private static final String ARABIC = "كناري";

	private static final UUID CANARY = UUID.fromString("00000000-0000-0000-0000-0000000ca027");

	@Autowired
	MockMvc mvc;

	@Autowired
	PersonIndex index;

	@Autowired
	JdbcClient jdbc;

	private RequestPostProcessor coordinator;

	private RequestPostProcessor administrator;

	@BeforeAll
	void signIn() throws Exception {
		coordinator = SignIn.as(mvc, "koordinator");
		administrator = SignIn.as(mvc, "admin");
		UUID directorate = jdbc.sql("select id from organisation where name = 'Gaziantep İl Göç İdaresi Müdürlüğü'")
			.query(UUID.class).single();
		SystemActor.run("test-import", Role.NRM_COORDINATOR, () -> index.index(new IndexedPerson(CANARY,
				new PersonRecord("c1", "Canary", "Leakwatch", ARABIC + " لیکواچ", LocalDate.of(1983, 7, 19), null,
						Sex.F, List.of("SYR")), "27", directorate, null)));
	}

	@Test
	void theCanaryHearsTheApplicationsLoggersOnceSpringBootHasSetThemUp() {
		org.slf4j.LoggerFactory.getLogger(PersonIndex.class).warn("would be a leak: {}", ARABIC);
		assertThat(LogCanary.drain()).singleElement().asString().startsWith("[" + ARABIC + "] logged by " + PersonIndex.class.getName());
	}

	@Test
	void aNameInARightAndInAWrongRequestIsAnsweredAndNotLogged() throws Exception {
		ask(coordinator, "{\"givenNames\":\"Canary\",\"familyNames\":\"Leakwatch\",\"fullNameOriginal\":\"" + ARABIC
				+ "\",\"birthDate\":\"1983-07-19\",\"purpose\":\"registration check\"}").andExpect(status().isOk());
		// a control character in a name is no name's letter: left out of the search
		ask(coordinator, "{\"givenNames\":\"Canary\\u0000Leakwatch\"}").andExpect(status().isOk());
		List<String> wrong = List.of(
				"{\"givenNames\":\"Canary\",\"birthDate\":\"" + NAME + "\"}",
				// a purpose naming the person searched for, which the audit trail would keep in clear
				"{\"givenNames\":\"Canary\",\"familyNames\":\"Leakwatch\",\"purpose\":\"" + NAME + "\"}",
				"{\"givenNames\":\"" + NAME + "\",\"nickname\":\"" + NAME + "\"}",
				"{\"givenNames\":\"" + NAME + "\",\"givenNames\":\"" + ARABIC + "\"}",
				"{\"givenNames\":true,\"familyNames\":\"" + NAME + "\"}",
				"{\"givenNames\":\"" + NAME + "\",\"sex\":\"" + NAME + "\"}",
				"{\"givenNames\":\"" + NAME + "\",\"citizenship\":[\"" + NAME + "\"]}",
				"{\"givenNames\":\"" + NAME + "\",\"birthYear\":\"" + NAME + "\"}",
				"{\"givenNames\":\"" + NAME + "\",\"limit\":\"" + ARABIC + "\"}",
				"{\"givenNames\":\"" + NAME + "\",\"excludeId\":\"" + NAME + "\"}",
				// several fields at fault, each read again alone for the answer
				"{\"givenNames\":{\"x\":\"" + NAME + "\"},\"birthYear\":\"" + NAME + "\",\"sex\":5,\"nickname\":\"" + NAME
						+ "\",\"familyNames\":\"" + ARABIC + "\"}",
				"{\"givenNames\":\"" + NAME + "\",,\"familyNames\":\"" + ARABIC + "\"}",
				"{\"givenNames\":\"" + NAME.repeat(200) + "\"}",
				"{\"givenNames\":\"" + NAME + "\"",
				"\"" + NAME + "\"",
				NAME);
		for (String body : wrong) {
			assertThat(ask(coordinator, body).andReturn().getResponse().getStatus()).as(body).isBetween(400, 499);
		}
		// bytes that are no UTF-8 around the name
		mvc.perform(post("/api/v1/matching/candidates").with(coordinator).with(SecurityMockMvcRequestPostProcessors.csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(("{\"givenNames\":\"" + NAME + " \u00c5\"}").getBytes(StandardCharsets.ISO_8859_1)))
			.andExpect(status().is4xxClientError());
		// and declared in another character set
		mvc.perform(post("/api/v1/matching/candidates").with(coordinator).with(SecurityMockMvcRequestPostProcessors.csrf())
			.contentType("application/json;charset=windows-1256")
			.content(("{\"givenNames\":\"" + NAME + "\",\"familyNames\":\"" + ARABIC + "\"}").getBytes("windows-1256")))
			.andExpect(status().isUnsupportedMediaType());
		assertThat(LogCanary.drain()).isEmpty();
	}

	/**
	 * What the audit trail keeps of a search of the name, now that its entry says what was asked: which fields, and a
	 * digest of the names; none of the names, in either script, nor the date of birth, in any column the auditors read.
	 */
	@Test
	void aSearchOfTheNameLeavesNeitherItNorTheBirthDateInTheAuditTrail() throws Exception {
		long before = jdbc.sql("select max(seq) from audit_entry").query(Long.class).single();
		ask(coordinator, "{\"givenNames\":\"Canary\",\"familyNames\":\"Leakwatch\",\"fullNameOriginal\":\"" + ARABIC
				+ "\",\"birthDate\":\"1983-07-19\",\"sex\":\"F\",\"citizenship\":[\"SYR\"],\"purpose\":\"registration check\"}")
			.andExpect(status().isOk());
		ask(coordinator, "{\"fullNameOriginal\":\"" + ARABIC + " لیکواچ\",\"birthYear\":1983}").andExpect(status().isOk());
		List<String> rows = jdbc.sql("""
				select concat_ws(' | ', actor_name, action, entity_type, entity_id, outcome, purpose, request, asked_fields,
				       asked_names)
				  from audit_entry where seq > :before order by seq""").param("before", before).query(String.class).list();
		assertThat(rows).as("the searches, and the canary shown by the first")
			.anyMatch(row -> row.contains("MATCH_SEARCH | person | SUCCESS | registration check")
					&& row.contains("names,birthDate,sex,citizenship"))
			.anyMatch(row -> row.contains("names,birthYear"))
			.anyMatch(row -> row.contains(CANARY.toString()));
		for (String row : rows) {
			assertThat(row.toLowerCase(java.util.Locale.ROOT)).doesNotContain("canary", "leakwatch", "1983", "07-19", "19.07",
					"syr", ARABIC, "لیکواچ");
		}
	}

	@Test
	void aNameSentWhereItDoesNotGoIsNotLoggedEither() throws Exception {
		// too long a body, another content type, the wrong method, query parameters, a caller without the right
		ask(coordinator, "{\"givenNames\":\"" + (NAME + " ").repeat(20_000) + "\"}").andExpect(status().isPayloadTooLarge());
		mvc.perform(post("/api/v1/matching/candidates").with(coordinator).with(SecurityMockMvcRequestPostProcessors.csrf())
			.contentType(MediaType.TEXT_PLAIN).content(NAME)).andExpect(status().isUnsupportedMediaType());
		mvc.perform(get("/api/v1/matching/candidates").with(coordinator).param("givenNames", NAME))
			.andExpect(status().isMethodNotAllowed());
		mvc.perform(post("/api/v1/matching/candidates").with(coordinator).with(SecurityMockMvcRequestPostProcessors.csrf())
			.param("givenNames", NAME).contentType(MediaType.APPLICATION_JSON).content("{\"familyNames\":\"" + ARABIC + "\"}"))
			.andExpect(status().isOk());
		ask(administrator, "{\"givenNames\":\"" + NAME + "\"}").andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/matching/candidates").contentType(MediaType.APPLICATION_JSON)
			.content("{\"givenNames\":\"" + NAME + "\"}")).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/matching/candidates").with(coordinator).contentType(MediaType.APPLICATION_JSON)
			.content("{\"givenNames\":\"" + NAME + "\"}")).andExpect(status().isForbidden());
		mvc.perform(get("/" + NAME.replace(' ', '-')).with(coordinator)).andExpect(status().isNotFound());
		assertThat(LogCanary.drain()).isEmpty();
	}

	@Test
	void aDamagedRecordOfTheNameIsReportedByItsIdAlone() {
		byte[] record = jdbc.sql("select record_enc from matching_person where id = :id").param("id", CANARY)
			.query(byte[].class).single();
		byte[] damaged = record.clone();
		damaged[damaged.length - 1] ^= 1;
		jdbc.sql("update matching_person set record_enc = :r where id = :id").param("r", damaged).param("id", CANARY).update();
		try {
			SystemActor.run("test-search", Role.NRM_COORDINATOR, () -> index.candidates(new PersonRecord("q", "Canary",
					"Leakwatch", null, LocalDate.of(1983, 7, 19), null, Sex.F, List.of()), null, 10, NAME));
			assertThat(LogCanary.drain()).isEmpty();
		}
		finally {
			jdbc.sql("update matching_person set record_enc = :r where id = :id").param("r", record).param("id", CANARY)
				.update();
		}
	}

	private ResultActions ask(RequestPostProcessor caller, String body) throws Exception {
		return mvc.perform(post("/api/v1/matching/candidates").with(caller).with(SecurityMockMvcRequestPostProcessors.csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

}
