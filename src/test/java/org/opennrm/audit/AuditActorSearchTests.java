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
import org.opennrm.identity.ApiClientManagement;
import org.opennrm.identity.NewApiClient;
import org.opennrm.identity.Role;
import org.opennrm.identity.SystemActor;
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
	org.opennrm.audit.internal.AuditEntries entries;

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
		return entries.search(new AuditFilter(null, null, actor, null, null, null, null, null), 50).stream()
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
	void theApiFiltersTheSameWayAndANulFindsNothing() throws Exception {
		String auditor = token("Denetçi " + run);
		mvc.perform(get("/api/v1/audit/entries").param("actor", "istatistik panosu " + run).with(bearer(auditor)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries[*].actorName", hasItem(statistics)))
			.andExpect(jsonPath("$.entries[*].actorName", everyItem(is(statistics))));
		mvc.perform(get("/api/v1/audit/entries").param("actor", "YÖNETİCİ DENETİMİ " + run).with(bearer(auditor)))
			.andExpect(jsonPath("$.entries[*].actorName", everyItem(is(manager))))
			.andExpect(jsonPath("$.entries.length()").value(1));
		// a NUL is in no name nor id: nothing is found; in a code, none OpenNRM knows: refused, naming the parameter
		for (String param : new String[] { "actor", "entityId" }) {
			mvc.perform(get("/api/v1/audit/entries").param(param, "x\u0000").with(bearer(auditor)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.entries.length()").value(0));
		}
		for (String param : new String[] { "action", "entityType", "outcome" }) {
			mvc.perform(get("/api/v1/audit/entries").param(param, "x\u0000").with(bearer(auditor)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors." + param).exists());
		}
	}

}
