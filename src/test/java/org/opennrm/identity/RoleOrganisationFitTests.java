package org.opennrm.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.opennrm.TestTokens.bearer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
import org.opennrm.organisation.Organisation;
import org.opennrm.organisation.OrganisationFilter;
import org.opennrm.organisation.OrganisationForm;
import org.opennrm.organisation.OrganisationManagement;
import org.opennrm.organisation.OrganisationType;

/**
 * A role is given only in an organisation whose type may hold it ({@link RoleOrganisationTypes}), on the screens and
 * through the API: a new account, a new API client, a new role, a new type of organisation. An account given its role
 * before (an upgrade) keeps working, marked.
 */
@IntegrationTest
class RoleOrganisationFitTests {

	static final String PASSWORD = "kırmızı bisiklet sabah yedide";

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	ApiClientManagement clients;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RoleOrganisationTypes roleTypes;

	RequestPostProcessor admin;
	String adminToken;
	Organisation iom;
	Organisation ngo;
	Organisation gaziantep;

	@BeforeEach
	void setUp() throws Exception {
		admin = SignIn.as(mvc, "admin");
		adminToken = TestTokens.issue(clients, organisations, Role.SYSTEM_ADMINISTRATOR);
		iom = organisation("IOM Türkiye");
		ngo = organisation("Kadın Dayanışma Derneği");
		gaziantep = organisation("Gaziantep İl Göç");
	}

	private Organisation organisation(String name) {
		return organisations.list(new OrganisationFilter(name, null, null, null)).get(0);
	}

	/** The security tester's finding: an NRM coordinator, who sees every case in the country, in IOM's organisation. */
	@Test
	void anAccountOfARoleItsOrganisationsTypeDoesNotHoldIsRefusedAtTheRole() throws Exception {
		String username = "koordinator.iom." + System.nanoTime();
		Document page = Jsoup.parse(mvc.perform(post("/admin/users").with(admin).with(csrf()).param("lang", "tr")
				.param("username", username).param("fullName", "Deniz Yanlış").param("organisationId", iom.id().toString())
				.param("role", "NRM_COORDINATOR").param("scope", "NATIONAL").param("password", PASSWORD))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("#role-error").text()).isEqualTo("Uluslararası kuruluş türündeki bir kurumda UYM "
				+ "koordinatörü rolü verilemez. Kurumun türüne uyan bir rol ya da başka bir kurum seçin.");
		assertThat(page.select("#role").attr("aria-invalid")).isEqualTo("true");
		// the roles offered are IOM's, and the one refused, shown beside its error
		assertThat(page.select("#role option").eachAttr("value")).containsExactly("", "NRM_COORDINATOR",
				"SERVICE_PROVIDER", "PREVENTION_OFFICER", "ANALYST", "AUDITOR", "SYSTEM_ADMINISTRATOR");
		assertThat(page.select("#role option[selected]").attr("value")).isEqualTo("NRM_COORDINATOR");
		assertThat(accounts(username)).isZero();

		// a focal point in an NGO, through the API
		mvc.perform(post("/api/v1/users").with(bearer(adminToken)).param("lang", "en")
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"username": "%s", "fullName": "Deniz Yanlış", "role": "FOCAL_POINT", "scope": "PROVINCE",
						 "organisationId": "%s", "password": "%s"}""".formatted(username, ngo.id(), PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.role").value("An organisation of this type (Non-governmental organisation) "
					+ "does not hold the role Focal point. Choose a role that fits the organisation's type, or another "
					+ "organisation."));
		assertThat(accounts(username)).isZero();

		// where it fits, it is given
		mvc.perform(post("/api/v1/users").with(bearer(adminToken)).contentType(MediaType.APPLICATION_JSON).content("""
				{"username": "%s", "fullName": "Deniz Doğru", "role": "SERVICE_PROVIDER", "organisationId": "%s",
				 "password": "%s"}""".formatted(username, iom.id(), PASSWORD)))
			.andExpect(status().isCreated());
	}

	@Test
	void anApiClientOfARoleItsOrganisationsTypeDoesNotHoldIsNotIssued() throws Exception {
		String name = "Yanlış yer " + System.nanoTime();
		mvc.perform(post("/api/v1/api-clients").with(bearer(adminToken)).param("lang", "tr")
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"name": "%s", "role": "NRM_COORDINATOR", "organisationId": "%s"}""".formatted(name, ngo.id())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.role").value("Sivil toplum kuruluşu türündeki bir kurumda UYM koordinatörü "
					+ "rolü verilemez. Kurumun türüne uyan bir rol ya da başka bir kurum seçin."));
		Document page = Jsoup.parse(mvc.perform(post("/admin/api-clients").with(admin).with(csrf()).param("lang", "en")
				.param("name", name).param("organisationId", iom.id().toString()).param("role", "FOCAL_POINT"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("#role-error").text()).startsWith("An organisation of this type (International "
				+ "organisation) does not hold the role Focal point.");
		assertThat(jdbc.sql("select count(*) from api_client where name = :name").param("name", name).query(Long.class)
			.single()).isZero();
	}

	@Test
	void aNewRoleMustFitTheAccountsOrganisationAndAnOldOneThatDoesNotIsKeptMarked() throws Exception {
		String username = "uzman.eski." + System.nanoTime();
		String id = JsonPath.read(mvc.perform(post("/api/v1/users").with(bearer(adminToken))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"username": "%s", "fullName": "Eski Uzman", "role": "FOCAL_POINT", "scope": "PROVINCE",
						 "organisationId": "%s", "password": "%s"}""".formatted(username, gaziantep.id(), PASSWORD)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		mvc.perform(put("/api/v1/users/{id}", id).with(bearer(adminToken)).header("If-Match", "\"0\"")
				.param("lang", "en").contentType(MediaType.APPLICATION_JSON)
				.content("{\"fullName\": \"Eski Uzman\", \"role\": \"NRM_COORDINATOR\", \"scope\": \"NATIONAL\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.role").value("An organisation of this type (Provincial Directorate of "
					+ "Migration Management) does not hold the role NRM coordinator. Choose a role that fits the "
					+ "organisation's type: the account stays in its organisation."));
		assertThat(roleOf(id)).isEqualTo("FOCAL_POINT");
		// the edit form offers the directorate's roles
		Document form = Jsoup.parse(mvc.perform(get("/admin/users/{id}/edit", id).with(admin))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(form.select("#role option").eachAttr("value")).containsExactly("", "FRONTLINE_REPORTER",
				"FOCAL_POINT", "PREVENTION_OFFICER", "ANALYST", "AUDITOR", "SYSTEM_ADMINISTRATOR");
		assertThat(form.select(".alert.warn")).isEmpty();

		// given before roles were checked against their organisation (an upgrade): it keeps working, marked
		jdbc.sql("update app_user set role = 'NRM_COORDINATOR', scope = 'NATIONAL' where id = :id")
			.param("id", UUID.fromString(id)).update();
		jdbc.sql("update app_user set must_change_password = false where id = :id").param("id", UUID.fromString(id))
			.update();
		mvc.perform(get("/").with(SignIn.as(mvc, username, PASSWORD))).andExpect(status().isOk());
		Document list = Jsoup.parse(mvc.perform(get("/admin/users").with(admin).param("lang", "en").param("fit", "false"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(list.select("tbody tr").eachText()).anySatisfy(row -> assertThat(row).contains(username)
			.contains("NRM coordinator Role does not fit the organisation"));
		assertThat(list.select("tbody tr").eachText()).noneSatisfy(row -> assertThat(row).contains("uzman.gaziantep"));
		mvc.perform(get("/admin/users").with(admin).param("fit", "true"))
			.andExpect(content().string(containsString("uzman.gaziantep")))
			.andExpect(content().string(not(containsString(username))));
		mvc.perform(get("/admin/users/{id}", id).with(admin).param("lang", "tr"))
			.andExpect(content().string(containsString("Rol kuruma uymuyor")));
		form = Jsoup.parse(mvc.perform(get("/admin/users/{id}/edit", id).with(admin).param("lang", "en"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(form.select("#role option[selected]").attr("value")).isEqualTo("NRM_COORDINATOR");
		assertThat(form.select(".alert.warn").text()).contains("The account keeps working until its role is changed");
		// the rest of the account can still be changed; the role only to one that fits
		mvc.perform(post("/admin/users/{id}", id).with(admin).with(csrf()).param("version", "0")
				.param("fullName", "Eski Uzman Kaya").param("role", "NRM_COORDINATOR").param("scope", "NATIONAL"))
			.andExpect(redirectedUrl("/admin/users/" + id));
		mvc.perform(post("/admin/users/{id}", id).with(admin).with(csrf()).param("version", "1")
				.param("fullName", "Eski Uzman Kaya").param("role", "FOCAL_POINT").param("scope", "PROVINCE"))
			.andExpect(redirectedUrl("/admin/users/" + id));
		assertThat(roleOf(id)).isEqualTo("FOCAL_POINT");
	}

	@Test
	void anOrganisationsTypeDoesNotChangeUnderHoldersOfRolesTheNewTypeDoesNotHold() throws Exception {
		String name = "Tür Değişen Derneği " + System.nanoTime();
		Organisation association = SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> organisations
			.create(new OrganisationForm(name, OrganisationType.NGO, "27", null, null, null, null, true)));
		mvc.perform(post("/api/v1/users").with(bearer(adminToken)).contentType(MediaType.APPLICATION_JSON).content("""
				{"username": "dernek.%d", "fullName": "Dernek Çalışanı", "role": "SERVICE_PROVIDER",
				 "organisationId": "%s", "password": "%s"}""".formatted(System.nanoTime(), association.id(), PASSWORD)))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/api-clients").with(bearer(adminToken)).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "Dernek aktarımı", "role": "SERVICE_PROVIDER", "organisationId": "%s"}"""
					.formatted(association.id())))
			.andExpect(status().isCreated());

		// a police station holds no service providers: one account and one client would be left wrong
		mvc.perform(put("/api/v1/organisations/{id}", association.id()).with(bearer(adminToken))
				.header("If-Match", "\"0\"").param("lang", "en").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"%s\", \"type\": \"POLICE\", \"provinceCode\": \"27\"}".formatted(name)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.type").value("This organisation has one account and one API client whose "
					+ "role an organisation of the type Police does not hold. First change those accounts' roles (Users, "
					+ "filtered by this organisation) and revoke those clients, or keep the type."));
		Document page = Jsoup.parse(mvc.perform(post("/admin/organisations/{id}", association.id()).with(admin)
				.with(csrf()).param("lang", "tr").param("name", name).param("type", "COURT").param("provinceCode", "27")
				.param("active", "true").param("_active", "on").param("version", "0"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("#type-error").text()).startsWith("Bu kurumda, Mahkeme türündeki bir kurumda verilemeyen "
				+ "bir role sahip 1 hesap ve 1 API istemcisi var.");
		assertThat(organisations.find(association.id()).orElseThrow().type()).isEqualTo(OrganisationType.NGO);

		// a shelter holds them
		mvc.perform(put("/api/v1/organisations/{id}", association.id()).with(bearer(adminToken))
				.header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"%s\", \"type\": \"SHELTER\", \"provinceCode\": \"27\"}".formatted(name)))
			.andExpect(status().isOk());
	}

	/**
	 * A deactivated account holds its role for no one: it does not keep its organisation's type from changing, and is
	 * activated again only with a role that the type holds, where its role is checked as a new account's; on the screen
	 * and through the API.
	 */
	@Test
	void aDeactivatedAccountDoesNotKeepATypeFromChangingAndIsActivatedAgainOnlyWithARoleThatFits() throws Exception {
		String name = "Kapanan Şube Derneği " + System.nanoTime();
		Organisation association = SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> organisations
			.create(new OrganisationForm(name, OrganisationType.NGO, "27", null, null, null, null, true)));
		String id = created("kapanan.sube." + System.nanoTime(), "SERVICE_PROVIDER", association);
		mvc.perform(post("/api/v1/users/{id}/deactivate", id).with(bearer(adminToken))).andExpect(status().isOk());

		// a police station holds no service provider, but this account works for no one
		mvc.perform(put("/api/v1/organisations/{id}", association.id()).with(bearer(adminToken))
				.header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"%s\", \"type\": \"POLICE\", \"provinceCode\": \"27\"}".formatted(name)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/users/{id}", id).with(bearer(adminToken)))
			.andExpect(jsonPath("$.active").value(false))
			.andExpect(jsonPath("$.roleFitsOrganisation").value(false));

		// activated again, it would hold a role its organisation's type does not: refused, and it stays deactivated
		mvc.perform(post("/api/v1/users/{id}/activate", id).with(bearer(adminToken)).param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.role").value("An organisation of this type (Police) does not hold the role "
					+ "Service provider: a deactivated account is activated again only with a role that fits its "
					+ "organisation's type. Give it one first (Edit), then activate it."));
		Document page = Jsoup.parse(mvc.perform(post("/admin/users/{id}/activate", id).with(admin).with(csrf())
				.param("lang", "tr"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("section.card > .alert.error").text()).isEqualTo("Emniyet (Polis) türündeki bir kurumda Hizmet sağlayıcı "
				+ "rolü verilemez: devre dışı bırakılmış bir hesap, ancak kurumunun türüne uyan bir rolle yeniden "
				+ "etkinleştirilebilir. Önce hesaba böyle bir rol verin (Düzenle), sonra etkinleştirin.");
		assertThat(page.select(".facts .field-hint").text()).endsWith("Hesap, rolü kurumun türüne uyan bir rolle "
				+ "değiştirildikten sonra yeniden etkinleştirilebilir.");
		assertThat(jdbc.sql("select active from app_user where id = :id").param("id", UUID.fromString(id))
			.query(Boolean.class).single()).isFalse();

		// given a role that fits, it is activated
		String read = mvc.perform(get("/api/v1/users/{id}", id).with(bearer(adminToken))).andReturn().getResponse()
			.getContentAsString();
		mvc.perform(put("/api/v1/users/{id}", id).with(bearer(adminToken))
				.header("If-Match", "\"" + JsonPath.read(read, "$.version") + "\"").contentType(MediaType.APPLICATION_JSON)
				.content(read.replace("\"SERVICE_PROVIDER\"", "\"FRONTLINE_REPORTER\"")
					.replace("\"ORGANISATION\"", "\"OWN\"")))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/users/{id}/activate", id).with(bearer(adminToken)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(true))
			.andExpect(jsonPath("$.roleFitsOrganisation").value(true));
	}

	/**
	 * Choosing another organisation on the form offers its roles, and keeps the role chosen where it fits: the options
	 * of the role's list, and of the scope's with them, swapped in by htmx.
	 */
	@Test
	void theRolesOfferedFollowTheOrganisationChosen() throws Exception {
		for (String screen : new String[] { "/admin/users", "/admin/api-clients" }) {
			Document kept = Jsoup.parse(mvc.perform(get(screen + "/role-options").with(admin)
					.param("organisationId", gaziantep.id().toString()).param("role", "FOCAL_POINT").param("scope", "PROVINCE"))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
			assertThat(kept.select("body > option").eachAttr("value")).as(screen).containsExactly("", "FRONTLINE_REPORTER",
					"FOCAL_POINT", "PREVENTION_OFFICER", "ANALYST", "AUDITOR", "SYSTEM_ADMINISTRATOR");
			assertThat(kept.select("body > option[selected]").attr("value")).isEqualTo("FOCAL_POINT");
			assertThat(kept.select("#scope").attr("hx-swap-oob")).isEqualTo("innerHTML");
			assertThat(kept.select("#scope option").eachAttr("value")).containsExactly("PROVINCE");

			Document dropped = Jsoup.parse(mvc.perform(get(screen + "/role-options").with(admin)
					.param("organisationId", ngo.id().toString()).param("role", "FOCAL_POINT").param("scope", "PROVINCE"))
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
			assertThat(dropped.select("body > option").eachAttr("value")).as(screen).containsExactly("",
					"FRONTLINE_REPORTER", "SERVICE_PROVIDER", "PREVENTION_OFFICER", "ANALYST", "AUDITOR",
					"SYSTEM_ADMINISTRATOR");
			assertThat(dropped.select("option[selected]")).isEmpty();
			// no role: every scope, the role's default to come with it
			assertThat(dropped.select("#scope option").eachAttr("value")).containsExactly("", "NATIONAL", "PROVINCE",
					"ORGANISATION", "OWN");
		}
		mvc.perform(get("/admin/users/new").with(admin))
			.andExpect(content().string(containsString("hx-get=\"/admin/users/role-options\"")));
	}

	/**
	 * The API says of each account and client whether its role fits its organisation's type, as the screens mark it
	 * ({@code roleFitsOrganisation}), by the same rule; a change sends it back as it was read.
	 */
	@Test
	void theApiSaysWhetherTheRoleOfAnAccountOrAClientFitsItsOrganisation() throws Exception {
		String fitting = created("uzman.uyan." + System.nanoTime(), "FOCAL_POINT", gaziantep);
		String misfit = created("uzman.uymayan." + System.nanoTime(), "FOCAL_POINT", gaziantep);
		// given before roles were checked against their organisation's type (an upgrade)
		jdbc.sql("update app_user set role = 'NRM_COORDINATOR', scope = 'NATIONAL' where id = :id")
			.param("id", UUID.fromString(misfit)).update();

		mvc.perform(get("/api/v1/users/{id}", fitting).with(bearer(adminToken)))
			.andExpect(jsonPath("$.roleFitsOrganisation").value(true));
		String read = mvc.perform(get("/api/v1/users/{id}", misfit).with(bearer(adminToken)))
			.andExpect(jsonPath("$.roleFitsOrganisation").value(false))
			.andReturn().getResponse().getContentAsString();
		mvc.perform(get("/api/v1/users").with(bearer(adminToken)).param("organisation", gaziantep.id().toString()))
			.andExpect(jsonPath("$[?(@.id == '%s')].roleFitsOrganisation".formatted(fitting)).value(true))
			.andExpect(jsonPath("$[?(@.id == '%s')].roleFitsOrganisation".formatted(misfit)).value(false));

		// what was read goes back with a change; the flag is not set by one
		mvc.perform(put("/api/v1/users/{id}", misfit).with(bearer(adminToken)).header("If-Match", "\"0\"")
				.param("lang", "en").contentType(MediaType.APPLICATION_JSON)
				.content(read.replace("\"roleFitsOrganisation\":false", "\"roleFitsOrganisation\":true")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.roleFitsOrganisation").value(containsString("Send it as it is (false)")));
		mvc.perform(put("/api/v1/users/{id}", misfit).with(bearer(adminToken)).header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON).content(read.replace("\"NRM_COORDINATOR\"", "\"FOCAL_POINT\"")
					.replace("\"NATIONAL\"", "\"PROVINCE\"")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.role").value("FOCAL_POINT"))
			.andExpect(jsonPath("$.roleFitsOrganisation").value(true));

		String name = "Uyum " + System.nanoTime();
		String fittingClient = issued(name + " a", "SERVICE_PROVIDER", ngo);
		String misfitClient = issued(name + " b", "SERVICE_PROVIDER", ngo);
		jdbc.sql("update api_client set role = 'NRM_COORDINATOR', scope = 'NATIONAL' where id = :id")
			.param("id", UUID.fromString(misfitClient)).update();
		mvc.perform(get("/api/v1/api-clients/{id}", fittingClient).with(bearer(adminToken)))
			.andExpect(jsonPath("$.roleFitsOrganisation").value(true));
		mvc.perform(get("/api/v1/api-clients/{id}", misfitClient).with(bearer(adminToken)))
			.andExpect(jsonPath("$.roleFitsOrganisation").value(false));
		mvc.perform(get("/api/v1/api-clients").with(bearer(adminToken)))
			.andExpect(jsonPath("$[?(@.id == '%s')].roleFitsOrganisation".formatted(fittingClient)).value(true))
			.andExpect(jsonPath("$[?(@.id == '%s')].roleFitsOrganisation".formatted(misfitClient)).value(false));
		mvc.perform(post("/api/v1/api-clients/{id}/revoke", misfitClient).with(bearer(adminToken)))
			.andExpect(jsonPath("$.roleFitsOrganisation").value(false));

		// and the description says what it means
		String description = mvc.perform(get("/api/v1/openapi").with(bearer(adminToken))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		for (String schema : List.of("UserSummary", "UserDetail", "ApiClientResource")) {
			assertThat(JsonPath.<String>read(description,
					"$.components.schemas.%s.properties.roleFitsOrganisation.description".formatted(schema)))
				.as(schema).startsWith("false: the ").contains("does not hold its role");
		}
	}

	private String created(String username, String role, Organisation organisation) throws Exception {
		return JsonPath.read(mvc.perform(post("/api/v1/users").with(bearer(adminToken))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"username": "%s", "fullName": "Uyum Denetimi", "role": "%s", "organisationId": "%s",
						 "password": "%s"}""".formatted(username, role, organisation.id(), PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.roleFitsOrganisation").value(true))
			.andReturn().getResponse().getContentAsString(), "$.id");
	}

	private String issued(String name, String role, Organisation organisation) throws Exception {
		return JsonPath.read(mvc.perform(post("/api/v1/api-clients").with(bearer(adminToken))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"name": "%s", "role": "%s", "organisationId": "%s"}""".formatted(name, role, organisation.id())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.client.roleFitsOrganisation").value(true))
			.andReturn().getResponse().getContentAsString(), "$.client.id");
	}

	/** The demo's accounts, each of the role its organisation's type holds (the demo is loaded through the same check). */
	@Test
	void everyDemoAccountHoldsARoleItsOrganisationsTypeHolds() {
		List<String> demo = List.of("admin", "koordinator", "uzman.gaziantep", "uzman.istanbul", "polis.istanbul",
				"jandarma.gaziantep", "iom", "barinma.ankara", "savcilik", "onleme", "analist", "denetci");
		List<String> held = jdbc.sql("""
				select u.username, u.role, o.type from app_user u join organisation o on o.id = u.organisation_id
				 where u.username in (:demo)""").param("demo", demo)
			.query((rs, i) -> rs.getString(1) + " " + (roleTypes.fits(Role.valueOf(rs.getString(2)),
					OrganisationType.valueOf(rs.getString(3))) ? "fits" : "does not fit"))
			.list();
		assertThat(held).hasSize(12).allSatisfy(account -> assertThat(account).endsWith(" fits"));
	}

	private long accounts(String username) {
		return jdbc.sql("select count(*) from app_user where username = :u").param("u", username).query(Long.class)
			.single();
	}

	private String roleOf(String id) {
		return jdbc.sql("select role from app_user where id = :id").param("id", UUID.fromString(id))
			.query(String.class).single();
	}

}
