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
import org.opennrm.organisation.OrganisationManagement;

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
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andExpect(content().string(containsString("Anahtar yalnızca bu kez gösterilir.")))
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
			.andExpect(content().string(containsString("Anahtar zaten gösterildi")))
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
			.andExpect(content().string(containsString("<option value=\"AUDITOR\" selected=\"selected\">")));
		mvc.perform(post("/admin/api-clients").with(admin).with(csrf()).param("lang", "tr")
				.param("name", "Denetim aktarımı").param("organisationId", iom.id().toString()).param("role", "AUDITOR")
				.param("scope", "OWN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bu yetki alanı bu rol için izinli değil.")))
			.andExpect(content().string(containsString("value=\"Denetim aktarımı\"")));
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

}
