package org.opennrm.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.opennrm.TestTokens.bearer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.opennrm.IntegrationTest;
import org.opennrm.SignIn;
import org.opennrm.TestTokens;
import org.opennrm.organisation.Organisation;
import org.opennrm.organisation.OrganisationFilter;
import org.opennrm.organisation.OrganisationForm;
import org.opennrm.organisation.OrganisationManagement;
import org.opennrm.organisation.OrganisationType;

@IntegrationTest
class ApiClientAdminTests {

	private static final Pattern TOKEN = Pattern.compile("value=\"(onrm_[A-Za-z0-9_-]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiClientManagement clients;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	RequestPostProcessor admin;
	Organisation iom;

	@BeforeEach
	void setUp() throws Exception {
		admin = SignIn.as(mvc, "admin");
		iom = organisations.list(new OrganisationFilter("IOM", null, null, null)).get(0);
	}

	@Test
	void issuesATokenShownOnceThatWorksUntilRevoked() throws Exception {
		String name = "İl istatistik paneli " + System.nanoTime();
		// Post/Redirect/Get: the POST issues and redirects; the page that shows the token is a GET
		MvcResult issued = mvc.perform(post("/admin/api-clients").with(admin).with(csrf()).param("lang", "tr")
				.param("name", name).param("organisationId", iom.id().toString()).param("role", "ANALYST")
				.param("scope", "NATIONAL").param("expiresOn", LocalDate.now().plusDays(30).toString()))
			.andExpect(redirectedUrl("/admin/api-clients/issued"))
			.andReturn();
		// what the session keeps across the redirect is not the token: only sealed with a key the browser holds
		assertThat(issued.getFlashMap().toString()).doesNotContain("onrm_");
		Cookie key = issued.getResponse().getCookie("opennrm-token-key");
		assertThat(key).isNotNull();
		assertThat(key.isHttpOnly()).isTrue();
		assertThat(key.getPath()).isEqualTo("/admin/api-clients/issued");
		String page = mvc.perform(get("/admin/api-clients/issued").with(admin).with(cookie(key)).param("lang", "tr")
				.flashAttrs(issued.getFlashMap()))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate"))
			.andExpect(header().string("Pragma", "no-cache"))
			.andExpect(content().string(containsString("Belirteç yalnızca bu kez gösterilir.")))
			// the page is shown once: the language links, which would ask for it again, give way to a note
			.andExpect(content().string(containsString("Dili değiştirmeden önce")))
			.andExpect(content().string(not(containsString("hreflang=\"en\""))))
			.andReturn().getResponse().getContentAsString();
		Matcher matcher = TOKEN.matcher(page);
		assertThat(matcher.find()).isTrue();
		String token = matcher.group(1);

		// reloaded (the flash attribute is gone), or the sealed token without its key: never shown again
		mvc.perform(get("/admin/api-clients/issued").with(admin).with(cookie(key)).param("lang", "tr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Belirteç zaten gösterildi")))
			.andExpect(content().string(not(containsString("onrm_"))));
		mvc.perform(get("/admin/api-clients/issued").with(admin).param("lang", "en").flashAttrs(issued.getFlashMap()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Token already shown")))
			.andExpect(content().string(not(containsString("onrm_"))));
		assertThat(jdbc.sql("select count(*) from api_client where name = :name").param("name", name)
			.query(Long.class).single()).isEqualTo(1);

		// The token works (an analyst may read organisations) and is never shown again.
		mvc.perform(get("/api/v1/organisations").with(bearer(token))).andExpect(status().isOk());
		mvc.perform(get("/admin/api-clients").with(admin).param("lang", "tr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(token.substring(0, 12) + "…")))
			.andExpect(content().string(not(containsString(token))));

		var id = jdbc.sql("select id from api_client where name = :name and expires_at > now() + interval '29 days'")
			.param("name", name).query(java.util.UUID.class).single();
		mvc.perform(post("/admin/api-clients/{id}/revoke", id).with(admin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/organisations").with(bearer(token))).andExpect(status().isUnauthorized());
	}

	/** Adds a cookie to those of the session ({@link SignIn#as} sets the request's cookies: added after it). */
	private static RequestPostProcessor cookie(Cookie cookie) {
		return request -> {
			Cookie[] cookies = request.getCookies() == null ? new Cookie[0] : request.getCookies();
			Cookie[] more = java.util.Arrays.copyOf(cookies, cookies.length + 1);
			more[cookies.length] = cookie;
			request.setCookies(more);
			return request;
		};
	}

	@Test
	void badInputKeepsTheEntries() throws Exception {
		mvc.perform(post("/admin/api-clients").with(admin).with(csrf()).param("lang", "tr")
				.param("name", "").param("organisationId", iom.id().toString()).param("role", "AUDITOR")
				.param("scope", "OWN").param("expiresOn", LocalDate.now().minusDays(1).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bu alan zorunludur.")))
			.andExpect(content().string(containsString("Bugünün ya da daha sonraki bir günün tarihini girin.")))
			.andExpect(content().string(containsString("<option value=\"AUDITOR\" selected=\"selected\">")))
			.andExpect(UserAdminTests.scopeShown("OWN", "Bu rol için bu yetki alanı seçilemez."));
		mvc.perform(post("/admin/api-clients").with(admin).with(csrf()).param("lang", "tr")
				.param("name", "Denetim aktarımı").param("organisationId", iom.id().toString()).param("role", "AUDITOR")
				.param("scope", "OWN"))
			.andExpect(status().isOk())
			.andExpect(UserAdminTests.scopeShown("OWN", "Bu rol için bu yetki alanı seçilemez."))
			.andExpect(content().string(containsString("value=\"Denetim aktarımı\"")))
			// the role and scope of the accounts' forms, with the clients' own scope options and none of their hints
			.andExpect(content().string(containsString("hx-get=\"/admin/api-clients/scope-options\"")))
			.andExpect(content().string(not(containsString("Kullanıcının hangi kayıtlara erişebileceği"))));
		mvc.perform(post("/admin/api-clients").with(admin).with(csrf()).param("lang", "en")
				.param("name", "Bad date").param("organisationId", iom.id().toString()).param("role", "AUDITOR")
				.param("expiresOn", "31.12.2030"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This value is not valid here.")));
	}

	@Test
	void apiIssuesListsAndRevokes() throws Exception {
		String adminToken = TestTokens.issue(clients, organisations, Role.SYSTEM_ADMINISTRATOR);
		String issued = mvc.perform(post("/api/v1/api-clients").with(bearer(adminToken))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "Baro vaka aktarımı", "role": "SERVICE_PROVIDER", "organisationId": "%s"}"""
					.formatted(iom.id())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.client.scope").value("ORGANISATION"))
			.andExpect(jsonPath("$.token", containsString("onrm_")))
			// the token in no cache, as no answer is: the headers Spring Security writes for all, Pragma and Expires too
			.andExpect(header().string("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate"))
			.andExpect(header().string("Pragma", "no-cache"))
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(issued, "$.client.id");
		String token = JsonPath.read(issued, "$.token");

		mvc.perform(get("/api/v1/api-clients").with(bearer(adminToken)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", hasItem(id)))
			.andExpect(content().string(not(containsString(token))));
		mvc.perform(get("/api/v1/reference/provinces").with(bearer(token))).andExpect(status().isOk());
		mvc.perform(post("/api/v1/api-clients/{id}/revoke", id).with(bearer(adminToken)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false));
		mvc.perform(get("/api/v1/reference/provinces").with(bearer(token))).andExpect(status().isUnauthorized());

		mvc.perform(post("/api/v1/api-clients").with(bearer(adminToken)).param("lang", "tr")
				.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"\", \"role\": \"ANALYST\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.name").value("Bu alan zorunludur."))
			.andExpect(jsonPath("$.errors.organisationId").value("Bu alan zorunludur."));
	}

	@Test
	void rolesWithoutApiClientManageAreRefused() throws Exception {
		String analystToken = TestTokens.issue(clients, organisations, Role.ANALYST);
		mvc.perform(get("/api/v1/api-clients").with(bearer(analystToken))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/api-clients").with(bearer(analystToken)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"x\", \"role\": \"NRM_COORDINATOR\", \"organisationId\": \"%s\"}".formatted(iom.id())))
			.andExpect(status().isForbidden());
		for (String user : new String[] { "koordinator", "polis.istanbul", "denetci", "onleme", "savcilik" }) {
			RequestPostProcessor session = SignIn.as(mvc, user);
			mvc.perform(get("/admin/api-clients").with(session)).andExpect(status().isForbidden());
			mvc.perform(post("/admin/api-clients").with(session).with(csrf()).param("name", "x")
					.param("organisationId", iom.id().toString()).param("role", "NRM_COORDINATOR"))
				.andExpect(status().isForbidden());
		}
	}

	/**
	 * The list says whether each token works, as its sign-in decides: an expired client and one whose organisation was
	 * deactivated are refused, and are not shown as active, on the screen or in the API.
	 */
	@Test
	void theListShowsWhetherEachTokenWorks() throws Exception {
		String adminToken = TestTokens.issue(clients, organisations, Role.SYSTEM_ADMINISTRATOR);
		Organisation closing = SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> organisations.create(
				new OrganisationForm("Kapanacak dernek " + System.nanoTime(), OrganisationType.NGO, "27", null, null, null,
						null, true)));
		String working = issue(adminToken, "Çalışan " + System.nanoTime(), iom.id(), null);
		String expired = issue(adminToken, "Süresi dolan " + System.nanoTime(), iom.id(), null);
		String revoked = issue(adminToken, "İptal edilen " + System.nanoTime(), iom.id(), null);
		String orphaned = issue(adminToken, "Kurumu kapanan " + System.nanoTime(), closing.id(), null);
		jdbc.sql("update api_client set expires_at = now() - interval '1 minute' where id = :id")
			.param("id", java.util.UUID.fromString(JsonPath.read(expired, "$.client.id"))).update();
		mvc.perform(post("/api/v1/api-clients/{id}/revoke", (String) JsonPath.read(revoked, "$.client.id"))
				.with(bearer(adminToken))).andExpect(status().isOk());
		SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> organisations.setActive(closing.id(), false));

		for (String client : new String[] { expired, revoked, orphaned }) {
			mvc.perform(get("/api/v1/reference/provinces").with(bearer(JsonPath.read(client, "$.token"))))
				.andExpect(status().isUnauthorized());
		}
		mvc.perform(get("/api/v1/reference/provinces").with(bearer(JsonPath.read(working, "$.token"))))
			.andExpect(status().isOk());

		String list = mvc.perform(get("/api/v1/api-clients").with(bearer(adminToken)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(statusOf(list, working)).isEqualTo("ACTIVE");
		assertThat(statusOf(list, expired)).isEqualTo("EXPIRED");
		assertThat(statusOf(list, revoked)).isEqualTo("REVOKED");
		assertThat(statusOf(list, orphaned)).isEqualTo("ORGANISATION_INACTIVE");
		mvc.perform(get("/api/v1/openapi").with(bearer(adminToken)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.schemas.ApiClientResource.properties.status.enum",
					org.hamcrest.Matchers.containsInAnyOrder("ACTIVE", "REVOKED", "EXPIRED", "ORGANISATION_INACTIVE",
							"ISSUER_INACTIVE")))
			// the roles listed are those a client or an account can have: not the system jobs' (a tester found them)
			.andExpect(jsonPath("$.components.schemas.NewApiClient.properties.role.enum",
					org.hamcrest.Matchers.hasItem("FOCAL_POINT")))
			.andExpect(jsonPath("$..enum[*]", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("KEY_ROTATION"))))
			.andExpect(jsonPath("$..enum[*]", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("INDEX_UPKEEP"))));

		String page = mvc.perform(get("/admin/api-clients").with(admin).param("lang", "tr"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(rowOf(page, JsonPath.read(working, "$.client.name"))).contains("Etkin");
		assertThat(rowOf(page, JsonPath.read(expired, "$.client.name"))).contains("Süresi doldu").doesNotContain("Etkin");
		assertThat(rowOf(page, JsonPath.read(revoked, "$.client.name"))).contains("İptal edildi");
		assertThat(rowOf(page, JsonPath.read(orphaned, "$.client.name"))).contains("Kurum etkin değil");
	}

	/** A client whose token could never work is not issued, by the API as by the screen, with a message at its field. */
	@Test
	void noClientIsIssuedThatCouldNeverWork() throws Exception {
		String adminToken = TestTokens.issue(clients, organisations, Role.SYSTEM_ADMINISTRATOR);
		Organisation closed = SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> {
			Organisation created = organisations.create(new OrganisationForm("Kapalı dernek " + System.nanoTime(),
					OrganisationType.NGO, "27", null, null, null, null, true));
			return organisations.setActive(created.id(), false);
		});
		long before = jdbc.sql("select count(*) from api_client").query(Long.class).single();
		mvc.perform(post("/api/v1/api-clients").with(bearer(adminToken)).param("lang", "tr")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "Geçmiş", "role": "ANALYST", "organisationId": "%s", "expiresAt": "2020-01-01T00:00:00Z"}"""
					.formatted(iom.id())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.expiresAt").value("Belirtecin süresi şimdiden dolmuş olurdu: ileri bir tarih seçin."));
		mvc.perform(post("/api/v1/api-clients").with(bearer(adminToken)).param("lang", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "Kapalı kurumun", "role": "ANALYST", "organisationId": "%s"}""".formatted(closed.id())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.organisationId",
					containsString("This organisation is deactivated")));
		mvc.perform(post("/admin/api-clients").with(admin).with(csrf()).param("lang", "tr")
				.param("name", "Kapalı kurumun").param("organisationId", closed.id().toString()).param("role", "ANALYST"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bu kurum devre dışı; istemcilerinin belirteçleri reddedilir.")));
		assertThat(jdbc.sql("select count(*) from api_client").query(Long.class).single()).isEqualTo(before);
	}

	/**
	 * The audit trail names a client by its name: a second active client of one organisation with the same name as
	 * people read it (case, Turkish letters, accents and spaces aside) is refused (by the service, and by the database's
	 * index should two be issued at once). Another organisation's client, or one after the first was revoked, may have
	 * it. A name is saved as names are: one space between words.
	 */
	@Test
	void twoActiveClientsOfAnOrganisationDoNotShareAName() throws Exception {
		String adminToken = TestTokens.issue(clients, organisations, Role.SYSTEM_ADMINISTRATOR);
		Organisation other = organisations.list(OrganisationFilter.all()).stream()
			.filter(o -> o.active() && !o.id().equals(iom.id())).findFirst().orElseThrow();
		long n = System.nanoTime();
		String first = issue(adminToken, "Göç Şube " + n, iom.id(), null);
		mvc.perform(post("/api/v1/api-clients").with(bearer(adminToken)).param("lang", "tr")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": " GOC SUBE %d ", "role": "ANALYST", "organisationId": "%s"}""".formatted(n, iom.id())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.name", containsString("Bu kurumun etkin başka bir istemcisi bu adı taşıyor. "
					+ "Yalnızca büyük-küçük harf, Türkçe harf, aksan")));
		mvc.perform(post("/admin/api-clients").with(admin).with(csrf()).param("lang", "en")
				.param("name", "göç\u00a0 şube " + n).param("organisationId", iom.id().toString()).param("role", "ANALYST"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Another active client of this organisation has this name. "
					+ "Names that differ only in capitals, Turkish letters, accents or spaces count as the same.")));

		String elsewhere = issue(adminToken, "GÖÇ  ŞUBE " + n, other.id(), null);
		assertThat((String) JsonPath.read(elsewhere, "$.client.name")).isEqualTo("GÖÇ ŞUBE " + n);
		mvc.perform(post("/api/v1/api-clients/{id}/revoke", (String) JsonPath.read(first, "$.client.id"))
				.with(bearer(adminToken))).andExpect(status().isOk());
		// revoked, it holds no name
		issue(adminToken, "GOC SUBE " + n, iom.id(), null);

		// the index guards what the service's look-up cannot: two issued at the same moment
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("""
				insert into api_client (id, name, name_folded, token_hash, token_prefix, role, scope, organisation_id)
				values (gen_random_uuid(), :name, :folded, decode(md5(random()::text), 'hex'), 'onrm_xxxxxxx', 'ANALYST',
				        'NATIONAL', :org)""")
			.param("name", "Göç Şube " + n).param("folded", "goc sube " + n).param("org", iom.id()).update())
			.isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
	}

	/** A name of invisible characters only (zero-width spaces, which are no spaces to Java) is none, and refused. */
	@Test
	void aNameOfInvisibleCharactersIsNone() throws Exception {
		String adminToken = TestTokens.issue(clients, organisations, Role.SYSTEM_ADMINISTRATOR);
		mvc.perform(post("/api/v1/api-clients").with(bearer(adminToken)).param("lang", "tr")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "\u200b\u200b", "role": "ANALYST", "organisationId": "%s"}""".formatted(iom.id())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.name").value("Bu alan zorunludur."));
	}

	/** "Valid until 06.12.2026" is shown as that day, to its end in Türkiye's time, not as the next day at 00:00. */
	@Test
	void theLastDayChosenIsTheDayShown() throws Exception {
		String name = "Son gün " + System.nanoTime();
		LocalDate last = LocalDate.now(java.time.ZoneId.of("Europe/Istanbul")).plusDays(10);
		mvc.perform(post("/admin/api-clients").with(admin).with(csrf()).param("lang", "tr")
				.param("name", name).param("organisationId", iom.id().toString()).param("role", "ANALYST")
				.param("expiresOn", last.toString()));
		assertThat(jdbc.sql("select expires_at from api_client where name = :name").param("name", name)
			.query(java.sql.Timestamp.class).single().toInstant())
			.isEqualTo(last.plusDays(1).atStartOfDay(java.time.ZoneId.of("Europe/Istanbul")).toInstant());
		String day = last.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
		String page = mvc.perform(get("/admin/api-clients").with(admin).param("lang", "tr"))
			.andReturn().getResponse().getContentAsString();
		assertThat(rowOf(page, name)).contains(day + " günü bitene kadar");
		page = mvc.perform(get("/admin/api-clients").with(admin).param("lang", "en"))
			.andReturn().getResponse().getContentAsString();
		// in English with the month's name, which no reader takes for another day
		assertThat(rowOf(page, name)).contains("until the end of "
				+ last.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)));
	}

	private String issue(String adminToken, String name, java.util.UUID organisationId, String expiresAt)
			throws Exception {
		return mvc.perform(post("/api/v1/api-clients").with(bearer(adminToken)).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "%s", "role": "ANALYST", "organisationId": "%s", "expiresAt": %s}"""
					.formatted(name, organisationId, expiresAt == null ? "null" : "\"" + expiresAt + "\"")))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
	}

	private static String statusOf(String list, String issued) {
		String id = JsonPath.read(issued, "$.client.id");
		java.util.List<String> found = JsonPath.read(list, "$[?(@.id == '" + id + "')].status");
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	/** The table row of the page that names the client. */
	private static String rowOf(String page, String name) {
		int at = page.indexOf(">" + name + "<");
		assertThat(at).as(name).isPositive();
		return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
	}

}
