package org.opennrm.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.opennrm.TestTokens.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.opennrm.IntegrationTest;
import org.opennrm.SignIn;
import org.opennrm.identity.ApiClientManagement;
import org.opennrm.identity.NewApiClient;
import org.opennrm.identity.Role;
import org.opennrm.identity.NewUser;
import org.opennrm.identity.SystemActor;
import org.opennrm.identity.UserAccount;
import org.opennrm.identity.UserEdit;
import org.opennrm.identity.UserManagement;
import org.opennrm.organisation.Organisation;
import org.opennrm.organisation.OrganisationFilter;
import org.opennrm.organisation.OrganisationManagement;

/** The trail's "who" filter finds an actor as a Turkish user types the name, or one on a foreign keyboard. */
@IntegrationTest
class AuditActorSearchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiClientManagement clients;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	AuditTrail trail;

	@Autowired
	UserManagement users;

	String run = Long.toString(System.nanoTime(), 36);

	String statistics;
	String manager;

	/** Two auditing systems whose readings of the trail are entries under their names ("api:" and the client's). */
	@BeforeEach
	void clientsReadTheTrail() throws Exception {
		statistics = "İstatistik Panosu " + run;
		manager = "YÖNETİCİ Denetimi " + run;
		for (String name : new String[] { statistics, manager }) {
			mvc.perform(get("/api/v1/audit/entries").param("action", "LOGIN").with(bearer(token(name))))
				.andExpect(status().isOk());
		}
		statistics = "api:" + statistics;
		manager = "api:" + manager;
	}

	private String token(String name) {
		Organisation organisation = organisations.list(OrganisationFilter.all()).stream().filter(Organisation::active)
			.findFirst().orElseThrow();
		return SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR,
				() -> clients.issue(new NewApiClient(name, Role.AUDITOR, null, organisation.id(), null))).token();
	}

	private java.util.List<String> actorsFound(String actor) {
		return SystemActor.call("test-audit", Role.AUDITOR,
				() -> trail.search(new AuditFilter(null, null, actor, null, null, null, null, null))).stream()
			.map(AuditEntry::actorName).distinct().toList();
	}

	@Test
	void anActorIsFoundWhateverTheCaseAndWithOrWithoutTurkishLetters() {
		for (String typed : new String[] { "istatistik panosu " + run, "İSTATİSTİK PANOSU " + run.toUpperCase(java.util.Locale.ROOT),
				"Istatistik  Panosu " + run, "ıstatıstık panosu " + run }) {
			assertThat(actorsFound(typed)).as(typed).containsExactly(statistics);
		}
		for (String typed : new String[] { "yönetici denetimi " + run, "YÖNETİCİ DENETİMİ " + run,
				"yonetici denetimi " + run, "Yönetici Denetimi " + run }) {
			assertThat(actorsFound(typed)).as(typed).containsExactly(manager);
		}
		assertThat(actorsFound(run)).containsExactlyInAnyOrder(statistics, manager);
		assertThat(actorsFound("%" + run)).isEmpty();
		assertThat(actorsFound("nobody-" + run)).isEmpty();
	}

	@Test
	void theApiFiltersTheSameWayAndRefusesANul() throws Exception {
		String auditor = token("Denetçi " + run);
		mvc.perform(get("/api/v1/audit/entries").param("actor", "istatistik panosu " + run).with(bearer(auditor)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries[*].actorName", hasItem(statistics)))
			.andExpect(jsonPath("$.entries[*].actorName", everyItem(is(statistics))));
		mvc.perform(get("/api/v1/audit/entries").param("actor", "YÖNETİCİ DENETİMİ " + run).with(bearer(auditor)))
			.andExpect(jsonPath("$.entries[*].actorName", everyItem(is(manager))))
			.andExpect(jsonPath("$.entries.length()").value(1));
		// a NUL is in no name, id nor code: refused, naming the parameter
		for (String param : new String[] { "actor", "entityId", "action", "entityType", "outcome" }) {
			mvc.perform(get("/api/v1/audit/entries").param(param, "x\u0000").with(bearer(auditor)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors." + param).exists());
		}
	}

	/**
	 * An auditor types the person's name, not the user name the entries carry: the account's full name finds its
	 * entries, whole or in part, with or without Turkish letters, in the screen's filter and the API's.
	 */
	@Test
	void aPersonsFullNameFindsTheEntriesOfTheirAccount() throws Exception {
		String username = "u" + run;
		String password = "sabah erken kalkan yol alır";
		Organisation organisation = organisations.list(OrganisationFilter.all()).stream().filter(Organisation::active)
			.findFirst().orElseThrow();
		UserAccount account = SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> users.create(new NewUser(
				username, "Ayşe Yılmazgil " + run, null, null, Role.AUDITOR, null, organisation.id(), password, null)));
		mvc.perform(get("/audit").with(SignIn.as(mvc, username, password))).andExpect(status().isOk());

		for (String typed : new String[] { "Ayşe Yılmazgil " + run, "ayse yilmazgil " + run,
				"AYŞE YILMAZGİL " + run.toUpperCase(java.util.Locale.ROOT), "yılmazgil " + run, "şe yıl" }) {
			assertThat(actorsFound(typed)).as(typed).contains(username);
		}
		assertThat(actorsFound("Ayşe Yılmazgil " + run)).containsExactly(username);
		assertThat(actorsFound("Zeynep Yılmazgil " + run)).isEmpty();
		mvc.perform(get("/audit").param("actor", "ayse yilmazgil " + run).with(SignIn.as(mvc, "denetci")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString(">" + username + "<")));
		String auditor = token("Denetim aracı " + run);
		mvc.perform(get("/api/v1/audit/entries").param("actor", "AYSE YILMAZGIL " + run).with(bearer(auditor)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries[*].actorName", hasItem(username)))
			.andExpect(jsonPath("$.entries[*].actorName", everyItem(is(username))));

		// a name changed on the account: the new one finds the entries, the old one no longer does
		SystemActor.run("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> users.update(account.id(), account.version(),
				new UserEdit("Ayşe Çınarlı " + run, null, null, Role.AUDITOR, null, null)));
		assertThat(actorsFound("ayse cinarli " + run)).containsExactly(username);
		assertThat(actorsFound("Ayşe Yılmazgil " + run)).isEmpty();
	}

}
