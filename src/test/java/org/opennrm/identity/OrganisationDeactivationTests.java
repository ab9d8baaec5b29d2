package org.opennrm.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.opennrm.IntegrationTest;
import org.opennrm.SignIn;
import org.opennrm.TestTokens;
import org.opennrm.organisation.Organisation;
import org.opennrm.organisation.OrganisationFilter;
import org.opennrm.organisation.OrganisationManagement;
import org.opennrm.shared.UserInputException;

/**
 * A tester deactivated the organisation of the administrator signed in: signed out at once, every administrator, the
 * auditor and the coordinator with them, and no one could sign in to activate it again short of {@code create-admin}
 * on the server's console.
 */
@IntegrationTest
class OrganisationDeactivationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	ApiClientManagement clients;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	RequestPostProcessor admin;

	Organisation own;

	@BeforeEach
	void signIn() throws Exception {
		admin = SignIn.as(mvc, "admin");
		own = organisations.find(jdbc.sql("select organisation_id from app_user where username = 'admin'")
			.query(UUID.class).single()).orElseThrow();
	}

	@Test
	void anAdministratorCannotDeactivateTheirOwnOrganisation() throws Exception {
		mvc.perform(post("/admin/organisations/{id}/deactivate", own.id()).with(admin).with(csrf()))
			.andExpect(redirectedUrl("/admin/organisations"))
			.andExpect(flash().attribute("error", "user.organisationDeactivation.own"));
		assertThat(organisations.find(own.id()).orElseThrow().active()).isTrue();
		// still signed in, and told why above the list
		Document list = Jsoup.parse(mvc.perform(get("/admin/organisations").with(admin).param("lang", "tr")
				.flashAttr("error", "user.organisationDeactivation.own"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(list.selectFirst(".alert.error[role=alert]").text())
			.startsWith("Kendi kurumunuzu devre dışı bırakamazsınız: kurumdaki herkesle birlikte oturumunuz hemen kapanır");

		// nor through its form, the box unticked: said at the box, the rest of the form kept
		Document form = Jsoup.parse(mvc.perform(post("/admin/organisations/{id}", own.id()).with(admin).with(csrf())
				.param("lang", "en").param("version", String.valueOf(own.version())).param("name", own.name())
				.param("type", own.type().name()).param("provinceCode", own.provinceCode() == null ? "" : own.provinceCode())
				.param("address", "").param("phone", "").param("email", "").param("website", "").param("_active", "on"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(form.select(".error-summary a").eachAttr("href")).containsExactly("#active");
		assertThat(form.select(".error-summary a").first().text())
			.contains("You cannot deactivate your own organisation: you would be signed out at once");
		assertThat(organisations.find(own.id()).orElseThrow().active()).isTrue();
		mvc.perform(get("/admin/users").with(admin)).andExpect(status().isOk());
	}

	@Test
	void anApiClientCannotDeactivateItsOwnOrganisationNorItsIssuers() throws Exception {
		Organisation istanbul = organisations.list(new OrganisationFilter("İstanbul İl Göç", null, null, null)).get(0);
		String issued = mvc.perform(post("/api/v1/api-clients").with(admin).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"name": "kapatma denemesi %d", "role": "SYSTEM_ADMINISTRATOR", "organisationId": "%s"}"""
					.formatted(System.nanoTime(), istanbul.id())))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String token = JsonPath.read(issued, "$.token");
		for (Organisation organisation : new Organisation[] { istanbul, own }) {
			mvc.perform(put("/api/v1/organisations/{id}", organisation.id()).with(TestTokens.bearer(token))
					.header("If-Match", "\"" + organisation.version() + "\"").param("lang", "en")
					.contentType(MediaType.APPLICATION_JSON).content(deactivated(organisation)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors.active")
					.value(org.hamcrest.Matchers.startsWith("An API client cannot deactivate its own organisation, "
							+ "nor that of the person who issued it")));
			assertThat(organisations.find(organisation.id()).orElseThrow().active()).isTrue();
		}
	}

	@Test
	void noOneIsLeftToActivateItAgain() {
		Organisation istanbul = organisations.list(new OrganisationFilter("İstanbul İl Göç", null, null, null)).get(0);
		// within a transaction undone at the end: every system administrator outside Istanbul's directorate deactivated
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			status.setRollbackOnly();
			jdbc.sql("update app_user set active = false where role = 'SYSTEM_ADMINISTRATOR' and organisation_id <> :o")
				.param("o", istanbul.id()).update();
			assertThatThrownBy(() -> SystemActor.run("test", Role.SYSTEM_ADMINISTRATOR,
					() -> organisations.setActive(istanbul.id(), false)))
				.isInstanceOfSatisfying(UserInputException.class, ex -> assertThat(ex.messageKey())
					.isEqualTo("user.organisationDeactivation.lastAdministrators"));
			// one administrator elsewhere, if only with a province's scope, is not enough; nationally, it is
			UUID elsewhere = jdbc.sql("select id from app_user where username = 'admin'").query(UUID.class).single();
			jdbc.sql("update app_user set active = true, scope = 'PROVINCE' where id = :id").param("id", elsewhere)
				.update();
			assertThatThrownBy(() -> SystemActor.run("test", Role.SYSTEM_ADMINISTRATOR,
					() -> organisations.setActive(istanbul.id(), false)))
				.isInstanceOf(UserInputException.class);
			jdbc.sql("update app_user set scope = 'NATIONAL' where id = :id").param("id", elsewhere).update();
			assertThat(SystemActor.call("test", Role.SYSTEM_ADMINISTRATOR,
					() -> organisations.setActive(istanbul.id(), false)).active()).isFalse();
		});
		assertThat(organisations.find(istanbul.id()).orElseThrow().active()).isTrue();
	}

	private static String deactivated(Organisation organisation) {
		return """
				{"name": "%s", "type": "%s", "provinceCode": %s, "active": false}""".formatted(organisation.name(),
				organisation.type().name(),
				organisation.provinceCode() == null ? "null" : "\"" + organisation.provinceCode() + "\"");
	}

}
