package org.opennrm.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.opennrm.SignIn.as;
import static org.opennrm.TestTokens.bearer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import org.opennrm.IntegrationTest;
import org.opennrm.TestTokens;
import org.opennrm.identity.ApiClientManagement;
import org.opennrm.identity.Role;
import org.opennrm.organisation.OrganisationManagement;
import org.opennrm.shared.AuditableEvent;

/**
 * The auditor's filter, on the screen and in the API: codes in any case, unknown ones and times that are none refused
 * naming the parameter, a date alone a whole day in OpenNRM's time zone; and what an entry shows of its actor.
 */
@IntegrationTest
class AuditFilterTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApiClientManagement clients;

	@Autowired
	OrganisationManagement organisations;

	RequestPostProcessor auditor;

	@BeforeEach
	void signIn() throws Exception {
		auditor = as(mvc, "denetci");
	}

	record Probe(String entityId) implements AuditableEvent {

		@Override
		public String action() {
			return "FILTER_PROBE";
		}

		@Override
		public String entityType() {
			return "person";
		}

		@Override
		public String outcome() {
			return "FAILURE";
		}

	}

	/** A candidate search's entry, with what it asked. */
	record Search(String entityId, Asked asked) implements AuditableEvent {

		@Override
		public String action() {
			return "FILTER_PROBE";
		}

		@Override
		public String entityType() {
			return "person";
		}

	}

	@Autowired
	org.springframework.context.MessageSource messages;

	/**
	 * The searches of one name are found together by their names' digest, on the screen (by following the digest
	 * shown in the "Asked" column, or typing it) and in the API (with or without its #, in any case): a sweep of one
	 * name through many birth dates shows as one list, where the entries said nothing of what was asked.
	 */
	@Test
	void theSearchesOfOneNameAreFoundTogetherByTheirNamesDigest() throws Exception {
		String swept = java.util.HexFormat.of().toHexDigits((int) System.nanoTime());
		String other = java.util.HexFormat.of().toHexDigits((int) System.nanoTime() ^ 0x5a5a5a5a);
		String[] ids = { UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString() };
		transactions.executeWithoutResult(tx -> {
			events.publishEvent(new Search(ids[0], new AuditableEvent.Asked(java.util.List.of("names", "birthDate", "sex"), swept)));
			events.publishEvent(new Search(ids[1], new AuditableEvent.Asked(java.util.List.of("names", "citizenship"), other)));
			events.publishEvent(new Search(ids[2], new AuditableEvent.Asked(java.util.List.of("names", "birthYear"), swept)));
		});
		mvc.perform(get("/api/v1/audit/entries").with(auditor).param("askedNames", "#" + swept.toUpperCase(Locale.ROOT)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries.length()").value(2))
			.andExpect(jsonPath("$.entries[0].entityId").value(ids[2]))
			.andExpect(jsonPath("$.entries[0].askedFields[1]").value("birthYear"))
			.andExpect(jsonPath("$.entries[1].entityId").value(ids[0]))
			.andExpect(jsonPath("$.entries[1].askedNames").value(swept));
		mvc.perform(get("/api/v1/audit/entries").with(auditor).param("lang", "en").param("askedNames", "3fa9c2"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.askedNames", startsWith("The digest of the names asked is 8 characters")));

		for (String[] language : new String[][] { { "en", "Asked", "names #" + swept + ", birth date, sex" },
				{ "tr", "Sorgulanan", "isimler #" + swept + ", doğum tarihi, cinsiyet" } }) {
			assertThat(messages.getMessage("audit.asked", null, Locale.forLanguageTag(language[0]))).isEqualTo(language[1]);
			// the digest as the list shows it, followed
			String page = mvc.perform(get("/audit").with(auditor).param("lang", language[0]).param("entityId", ids[0]))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			var list = org.jsoup.Jsoup.parse(page);
			assertThat(list.select("thead th").eachText()).contains(language[1]);
			var asked = list.selectFirst("tbody td.asked");
			assertThat(asked.attr("data-label")).isEqualTo(language[1]);
			assertThat(asked.text()).isEqualTo(language[2]);
			String link = asked.selectFirst("a").attr("href");
			assertThat(link).endsWith("/audit?askedNames=" + swept);
			var found = org.jsoup.Jsoup.parse(mvc.perform(get(link).with(auditor).param("lang", language[0]))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
			assertThat(found.select("tbody tr")).hasSize(2);
			assertThat(found.select("tbody td.asked").eachText()).allMatch(text -> text.contains("#" + swept));
			assertThat(found.selectFirst("input[name=askedNames]").val()).isEqualTo(swept);
		}
		// typed as the list shows it; one that is none told at its field
		assertThat(org.jsoup.Jsoup.parse(mvc.perform(get("/audit").with(auditor).param("askedNames", " #" + other + " "))
			.andReturn().getResponse().getContentAsString()).select("tbody tr")).hasSize(1);
		mvc.perform(get("/audit").with(auditor).param("lang", "tr").param("askedNames", "isimler"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sorgulanan isimlerin özeti")))
			.andExpect(content().string(not(containsString("<table"))));
		// an entry that is no search asks nothing
		String id = UUID.randomUUID().toString();
		transactions.executeWithoutResult(tx -> events.publishEvent(new Probe(id)));
		mvc.perform(get("/api/v1/audit/entries").with(auditor).param("entityId", id))
			.andExpect(jsonPath("$.entries[0].askedFields").doesNotExist())
			.andExpect(jsonPath("$.entries[0].askedNames").doesNotExist());
		assertThat(org.jsoup.Jsoup.parse(mvc.perform(get("/audit").with(auditor).param("entityId", id)).andReturn()
			.getResponse().getContentAsString()).selectFirst("tbody td.asked").html()).isEmpty();
	}

	@Test
	void codesAreReadInAnyCaseAndAUuidInUpperCase() throws Exception {
		String id = UUID.randomUUID().toString();
		transactions.executeWithoutResult(tx -> events.publishEvent(new Probe(id)));
		mvc.perform(get("/api/v1/audit/entries").with(auditor).param("action", "filter_probe")
				.param("outcome", "failure").param("entityType", "PERSON").param("entityId", id.toUpperCase(Locale.ROOT)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries.length()").value(1))
			.andExpect(jsonPath("$.entries[0].entityId").value(id));
	}

	/**
	 * The trail's times are written as the other screens write theirs, in the page's language: in Turkish 07.12.2026
	 * 08:31:17, in English 7 Dec 2026 08:31:17, where both showed 2026-12-07 08:31:17.
	 */
	@Test
	void theTrailsTimesAreWrittenAsTheOtherScreensWriteTheirs() throws Exception {
		String id = UUID.randomUUID().toString();
		transactions.executeWithoutResult(tx -> events.publishEvent(new Probe(id)));
		for (String[] language : new String[][] { { "tr", "\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}:\\d{2}" },
				{ "en", "\\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2}" } }) {
			String page = mvc.perform(get("/audit").with(auditor).param("lang", language[0]).param("entityId", id))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat(org.jsoup.Jsoup.parse(page).select("td[data-label]").get(1).text()).as(language[0])
				.matches(language[1]);
		}
	}

	@Test
	void unknownCodesAndTimesThatAreNoneAreRefusedNamingTheParameter() throws Exception {
		mvc.perform(get("/api/v1/audit/entries").with(auditor).param("lang", "en").param("action", "NO_SUCH_ACTION"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.action", startsWith("There is no such action")));
		mvc.perform(get("/api/v1/audit/entries").with(auditor).param("lang", "tr").param("outcome", "maybe"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.outcome").value("SUCCESS ya da FAILURE seçin."));
		mvc.perform(get("/api/v1/audit/entries").with(auditor).param("lang", "en").param("entityType", "victim"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.entityType", startsWith("There is no such record type")));
		mvc.perform(get("/api/v1/audit/entries").with(auditor).param("lang", "en").param("from", "06.12.2026"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", startsWith("from: expected a date-time with its offset, e.g. 2026-12-06T00:00:00+03:00")))
			.andExpect(jsonPath("$.errors.from", containsString("or a date alone, e.g. 2026-12-06")));
		mvc.perform(get("/api/v1/audit/entries").with(auditor).param("lang", "en").param("before", "abc"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("before: expected a whole number"))
			.andExpect(jsonPath("$.errors.before").value("expected a whole number"));
		mvc.perform(get("/api/v1/audit/entries").with(auditor).param("lang", "tr").param("from", "2026-12-07")
				.param("to", "2026-12-06"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.to", startsWith("Bitiş, başlangıçtan sonra olmalı")));
	}

	/**
	 * A control character or a hidden direction mark is in no name, id, code or time: a filter holding one is refused,
	 * naming the parameter, rather than answered with nothing found (a NUL in a name), or read as the code around it
	 * (a code followed by a control character that {@code strip} drops, as "SUCCESS" and U+001F).
	 */
	@Test
	void aFilterWithAControlCharacterIsRefusedNamingTheParameter() throws Exception {
		String[][] sent = { { "actor", "denetci\u0000" }, { "entityId", "\u001B[2J" }, { "action", "LOGIN\u001F" },
				{ "entityType", "person\n" }, { "outcome", "\tSUCCESS" }, { "from", "2026-12-06\u0000" },
				{ "to", "2026-12-06\u202E" } };
		for (String[] filter : sent) {
			mvc.perform(get("/api/v1/audit/entries").with(auditor).param("lang", "en").param(filter[0], filter[1]))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail").value(filter[0] + ": expected text without control characters (NUL, "
						+ "ESC, tab, line breaks) or hidden text-direction characters"))
				.andExpect(jsonPath("$.errors." + filter[0], startsWith("expected text without control characters")));
		}
		mvc.perform(get("/api/v1/audit/entries").with(auditor).param("lang", "tr").param("outcome", "SUCCESS\u001F"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", startsWith("outcome: denetim karakteri (NUL, ESC, sekme, satır sonu)")));
		// spaces around a code are no control characters
		mvc.perform(get("/api/v1/audit/entries").with(auditor).param("outcome", " success "))
			.andExpect(status().isOk());

		// the screen tells it at the field, by its label
		for (String[] filter : java.util.Arrays.copyOf(sent, 5)) {
			mvc.perform(get("/audit").with(auditor).param("lang", "en").param(filter[0], filter[1]))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("holds a character that cannot be saved")))
				.andExpect(content().string(not(containsString("<table"))));
		}
		mvc.perform(get("/audit").with(auditor).param("lang", "tr").param("action", "LOGIN\u001F"))
			.andExpect(content().string(containsString("“İşlem”")));
	}

	/** A date alone is a whole day in OpenNRM's time zone, as the screen's days are: "to" includes its day. */
	@Test
	void aDateAloneIsAWholeDayInOpenNrmsTimeZone() throws Exception {
		String id = UUID.randomUUID().toString();
		transactions.executeWithoutResult(tx -> events.publishEvent(new Probe(id)));
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Istanbul"));
		mvc.perform(get("/api/v1/audit/entries").with(auditor).param("entityId", id)
				.param("from", today.toString()).param("to", today.toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries.length()").value(1));
		mvc.perform(get("/api/v1/audit/entries").with(auditor).param("entityId", id)
				.param("to", today.minusDays(1).toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries.length()").value(0));
		mvc.perform(get("/api/v1/audit/entries").with(auditor).param("entityId", id)
				.param("from", today.atStartOfDay(ZoneId.of("Europe/Istanbul")).toOffsetDateTime().toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries.length()").value(1));
	}

	@Test
	void theScreenTellsAFilterItCannotReadAtItsFieldAndShowsLabelsAndTheZone() throws Exception {
		mvc.perform(get("/audit").with(auditor).param("lang", "tr").param("from", "2026-12-07").param("to", "2026-12-06"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bitiş, başlangıçtan sonra olmalı")));
		mvc.perform(get("/audit").with(auditor).param("lang", "tr").param("action", "LOGIN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Oturum açıldı<")))
			.andExpect(content().string(containsString("<option value=\"api_client\">API istemcisi</option>")))
			.andExpect(content().string(containsString("TSİ, UTC+3")))
			.andExpect(content().string(not(containsString(">LOGIN<"))));
	}

	/**
	 * A filter in the address that is none of its kind (an address edited by hand, a damaged "next page" link) is told
	 * at its field on the screen, in the page's language: it was an unexpected error, the form left unbound. A day
	 * written as Turkish writes it is read.
	 */
	@Test
	void theScreenTellsADayOrPageThatIsNoneAtItsField() throws Exception {
		for (String[] filter : new String[][] { { "from", "2026-02-30" }, { "to", "2026-13-01" }, { "from", "2026-1-5" },
				{ "from", "31.12.20266" }, { "to", "yesterday" } }) {
			mvc.perform(get("/audit").with(auditor).param("lang", "tr").param(filter[0], filter[1]))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Bu bir tarih değil: takvimden bir gün seçin")))
				.andExpect(content().string(containsString("id=\"" + filter[0] + "\" name=\"" + filter[0] + "\"")));
		}
		mvc.perform(get("/audit").with(auditor).param("lang", "en").param("before", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The link to this page is damaged")));
		mvc.perform(get("/audit").with(auditor).param("lang", "en").param("from", "31.12.2026").param("to", "30.12.2026"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The end is not after the start")));
		mvc.perform(get("/audit").with(auditor).param("lang", "en").param("from", "6.12.2026").param("before", "999999999"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("This is not a date"))));
	}

	/**
	 * The list shows why each entry's action was taken, where it has a purpose: a candidate search's, the caller's own
	 * text, as text (its markup shown, not read), under the column's name in the page's language; where the list
	 * showed none, and an auditor opened each search to see why it was made (an integrator's test).
	 */
	@Test
	void theListShowsASearchsPurposeAsText() throws Exception {
		String token = TestTokens.issue(clients, organisations, Role.FOCAL_POINT);
		String purpose = "<b>kayıt</b> denetimi " + System.nanoTime();
		mvc.perform(post("/api/v1/matching/candidates").with(bearer(token)).contentType("application/json")
			.content("{\"givenNames\":\"Zahra\",\"purpose\":\"" + purpose + "\"}")).andExpect(status().isOk());
		String shown = purpose.replace("<", "&lt;").replace(">", "&gt;");
		for (String[] language : new String[][] { { "en", "Purpose" }, { "tr", "Amaç" } }) {
			mvc.perform(get("/audit").with(auditor).param("action", "MATCH_SEARCH").param("lang", language[0]))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<th scope=\"col\">" + language[1] + "</th>")))
				.andExpect(content().string(containsString(
						"<td class=\"purpose\" data-label=\"" + language[1] + "\">" + shown + "</td>")))
				.andExpect(content().string(not(containsString(purpose))));
		}
	}

	/**
	 * An API client's entry names the client by its id as well as its name, which another client may have had, and its
	 * organisation by its name as well as its id.
	 */
	@Test
	void anEntryShowsItsActorsIdAndOrganisationsName() throws Exception {
		String token = TestTokens.issue(clients, organisations, Role.ANALYST);
		mvc.perform(get("/api/v1/api-clients").with(bearer(token))).andExpect(status().isForbidden());
		var entry = jdbc.sql("""
				select seq, actor_id, actor_organisation_id from audit_entry
				 where action = 'ACCESS_REFUSED' and actor_kind = 'API_CLIENT' order by seq desc limit 1""")
			.query().singleRow();
		String organisation = organisations.find((UUID) entry.get("actor_organisation_id")).orElseThrow().name();
		mvc.perform(get("/audit/{seq}", entry.get("seq")).with(auditor).param("lang", "tr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(entry.get("actor_id").toString())))
			.andExpect(content().string(containsString(organisation)))
			.andExpect(content().string(containsString("Erişim reddedildi")))
			.andExpect(content().string(containsString("ACCESS_REFUSED")))
			.andExpect(content().string(containsString("(TSİ, UTC+3)")));
	}

	@Test
	void signOutAndAChainCheckAskedForAreRecorded() throws Exception {
		RequestPostProcessor analyst = as(mvc, "analist");
		String analystId = jdbc.sql("select id::text from app_user where username = 'analist'").query(String.class).single();
		long before = newest();
		mvc.perform(post("/logout").with(analyst).with(csrf())).andExpect(status().is3xxRedirection());
		var logout = jdbc.sql("select actor_name, actor_kind, entity_id from audit_entry where action = 'LOGOUT' and seq > :s")
			.param("s", before).query().singleRow();
		assertThat(logout).containsEntry("actor_name", "analist").containsEntry("actor_kind", "USER")
			.containsEntry("entity_id", analystId);

		mvc.perform(post("/audit/verification").with(auditor).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/audit/verification").with(auditor)).andExpect(status().isOk());
		assertThat(jdbc.sql("""
				select count(*) from audit_entry where action = 'AUDIT_CHAIN_CHECK_STARTED' and actor_name = 'denetci'
				   and seq > :s""").param("s", before).query(Long.class).single()).isEqualTo(2);
	}

	private long newest() {
		return jdbc.sql("select coalesce(max(seq), 0) from audit_entry").query(Long.class).single();
	}

}
