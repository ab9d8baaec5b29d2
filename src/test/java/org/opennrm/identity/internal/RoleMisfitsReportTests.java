package org.opennrm.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opennrm.TestTokens.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import org.opennrm.IntegrationTest;
import org.opennrm.identity.ApiClientManagement;
import org.opennrm.identity.IssuedApiClient;
import org.opennrm.identity.NewApiClient;
import org.opennrm.identity.NewUser;
import org.opennrm.identity.Role;
import org.opennrm.identity.Scope;
import org.opennrm.identity.SystemActor;
import org.opennrm.identity.UserAccount;
import org.opennrm.identity.UserManagement;
import org.opennrm.organisation.Organisation;
import org.opennrm.organisation.OrganisationFilter;
import org.opennrm.organisation.OrganisationManagement;

/**
 * Accounts and API clients given a role before it was checked against their organisation's type (an upgrade) keep
 * working, and the start says how many there are and where to find them, naming no one.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RoleMisfitsReportTests {

	@Autowired
	RoleMisfits misfits;

	@Autowired
	RoleMisfitsReport report;

	@Autowired
	UserManagement users;

	@Autowired
	ApiClientManagement clients;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void theStartWarnsOfTheAccountsAndClientsWhoseRoleTheirOrganisationDoesNotHoldNamingNoOne(CapturedOutput output) {
		Organisation ngo = organisations.list(new OrganisationFilter("Sınır Ötesi Destek", null, null, null)).get(0);
		String username = "eski.koordinator." + System.nanoTime();
		RoleMisfits.Count before = misfits.count();
		// an NRM coordinator and a focal point's client in an NGO, as an earlier version let an administrator give them
		IssuedApiClient client = SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> {
			UserAccount account = users.create(new NewUser(username, "Yıldız Eskiçağ", null, null, Role.ANALYST,
					Scope.NATIONAL, ngo.id(), "kırmızı bisiklet sabah yedide", null));
			jdbc.sql("update app_user set role = 'NRM_COORDINATOR' where id = :id").param("id", account.id()).update();
			return clients.issue(new NewApiClient("Eski aktarım " + System.nanoTime(), Role.ANALYST, null, ngo.id(), null));
		});
		jdbc.sql("update api_client set role = 'FOCAL_POINT', scope = 'PROVINCE' where id = :id")
			.param("id", client.client().id()).update();

		assertThat(misfits.count()).isEqualTo(new RoleMisfits.Count(before.accounts() + 1, before.apiClients() + 1));
		report.report();
		long accounts = before.accounts() + 1;
		long apiClients = before.apiClients() + 1;
		assertThat(output.getOut()).contains(accounts + (accounts == 1 ? " account and " : " accounts and ") + apiClients
				+ (apiClients == 1 ? " API client" : " API clients") + " hold a role that their organisation's type may "
				+ "not hold")
			.contains("under Users (filter \"Role and organisation\") and API clients")
			.doesNotContain(username).doesNotContain("Yıldız").doesNotContain("Eski aktarım");
	}

	/** A deactivated account holds its role for no one, and is counted again only once it is active again. */
	@Test
	void aDeactivatedAccountIsNoHolder() {
		Organisation ngo = organisations.list(new OrganisationFilter("Sınır Ötesi Destek", null, null, null)).get(0);
		UserAccount account = SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> users.create(new NewUser(
				"eski.odak." + System.nanoTime(), "Nur Eskiçağ", null, null, Role.ANALYST, Scope.NATIONAL, ngo.id(),
				"kırmızı bisiklet sabah yedide", null)));
		long before = misfits.count().accounts();
		jdbc.sql("update app_user set role = 'FOCAL_POINT', scope = 'PROVINCE' where id = :id").param("id", account.id())
			.update();
		assertThat(misfits.count().accounts()).isEqualTo(before + 1);
		SystemActor.run("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> users.setActive(account.id(), false));
		assertThat(misfits.count().accounts()).isEqualTo(before);
		// still marked, for the administrator to see why it cannot be activated as it is
		assertThat(misfits.misfit(SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR,
				() -> users.find(account.id()).orElseThrow()))).isTrue();
	}

	@Test
	void aClientWhoseRoleItsOrganisationDoesNotHoldKeepsWorking() throws Exception {
		Organisation ngo = organisations.list(new OrganisationFilter("Kadın Dayanışma", null, null, null)).get(0);
		IssuedApiClient client = SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> clients
			.issue(new NewApiClient("Çalışmaya devam " + System.nanoTime(), Role.ANALYST, null, ngo.id(), null)));
		long before = misfits.count().apiClients();
		// an NRM coordinator's client in an NGO, as an earlier version let an administrator issue it
		jdbc.sql("update api_client set role = 'NRM_COORDINATOR' where id = :id").param("id", client.client().id())
			.update();
		assertThat(misfits.count().apiClients()).isEqualTo(before + 1);
		mvc.perform(get("/api/v1/organisations").with(bearer(client.token()))).andExpect(status().isOk());
		// revoked, it is no holder any more
		SystemActor.run("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> clients.revoke(client.client().id()));
		assertThat(misfits.count().apiClients()).isEqualTo(before);
	}

}
