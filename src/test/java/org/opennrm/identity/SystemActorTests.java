package org.opennrm.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import org.opennrm.IntegrationTest;
import org.opennrm.organisation.Organisation;
import org.opennrm.organisation.OrganisationFilter;
import org.opennrm.organisation.OrganisationForm;
import org.opennrm.organisation.OrganisationManagement;
import org.opennrm.organisation.OrganisationType;
import org.opennrm.shared.UserInputException;

/** Work no person asks for goes through the same checks as a person's, and the audit trail names it. */
@IntegrationTest
class SystemActorTests {

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	ApiClientManagement clients;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void nobodyLeftActing() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void withNobodyActingTheServicesRefuse() {
		Organisation any = organisations.list(OrganisationFilter.all()).get(0);
		assertThatThrownBy(() -> organisations.create(form("Kimsiz Kurum " + UUID.randomUUID())))
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
		assertThatThrownBy(() -> users.create(new NewUser("kimsiz." + System.nanoTime(), "Kimsiz", null, null,
				Role.ANALYST, Scope.NATIONAL, any.id(), "uzun-bir-parola-2026", null)))
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
		assertThatThrownBy(() -> clients.issue(new NewApiClient("kimsiz", Role.ANALYST, null, any.id(), null)))
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
	}

	@Test
	void aJobActsInItsRoleNationallyAndIsNamedInTheAuditTrail() {
		String name = "Sistem İşi Kurumu " + UUID.randomUUID();
		Organisation created = SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> {
			CurrentUser actor = CurrentUser.require();
			assertThat(actor.kind()).isEqualTo(CurrentUser.Kind.SYSTEM);
			assertThat(actor.scope()).isEqualTo(Scope.NATIONAL);
			assertThat(actor.username()).isEqualTo("system:test-setup");
			return organisations.create(form(name));
		});

		assertThat(CurrentUser.get()).as("nobody acting after the job").isEmpty();
		assertThat(jdbc.sql("""
				select actor_kind || ' ' || actor_name || ' ' || actor_role || ' ' || (actor_id = :id)
				from audit_entry where action = 'ORGANISATION_CREATED' and entity_id = :org""")
			.param("id", SystemActor.of("test-setup", Role.SYSTEM_ADMINISTRATOR).id())
			.param("org", created.id().toString()).query(String.class).list())
			.containsExactly("SYSTEM system:test-setup SYSTEM_ADMINISTRATOR true");
	}

	@Test
	void aJobCannotDoWhatItsRoleCannot() {
		assertThatThrownBy(() -> SystemActor.call("test-analysis", Role.ANALYST,
				() -> organisations.create(form("Analiz Kurumu " + UUID.randomUUID()))))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(CurrentUser.get()).as("nobody acting after a failed job").isEmpty();
	}

	@Test
	void aJobNeverRunsWhereSomeoneIsActing() {
		CurrentUser officer = new CurrentUser(UUID.randomUUID(), "uzman", "Uzman", Role.FOCAL_POINT, Scope.PROVINCE,
				null, "27", CurrentUser.Kind.USER);
		SecurityContextHolder.getContext().setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.authorities()));
		assertThatThrownBy(() -> SystemActor.run("test-setup", Role.SYSTEM_ADMINISTRATOR,
				() -> organisations.create(form("Yükseltme " + UUID.randomUUID()))))
			.isInstanceOf(IllegalStateException.class);
		assertThat(CurrentUser.require()).as("the person's own context is left as it was").isEqualTo(officer);
		SecurityContextHolder.clearContext();

		assertThatThrownBy(() -> SystemActor.run("test-outer", Role.SYSTEM_ADMINISTRATOR,
				() -> SystemActor.run("test-inner", Role.SYSTEM_ADMINISTRATOR, () -> { })))
			.as("one job inside another").isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aJobIsNamedPlainlyAndActsInANationalRole() {
		assertThatThrownBy(() -> SystemActor.of("Create Admin", Role.SYSTEM_ADMINISTRATOR))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> SystemActor.of("x", Role.SYSTEM_ADMINISTRATOR))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> SystemActor.of("import", Role.FOCAL_POINT)).as("a provincial role")
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(SystemActor.of("import", Role.NRM_COORDINATOR).id())
			.isEqualTo(SystemActor.of("import", Role.ANALYST).id());
	}

	@Test
	void aSystemJobsOwnRoleCannotBeGivenToAnAccountOrAClient() {
		Organisation any = organisations.list(OrganisationFilter.all()).get(0);
		assertThat(Role.assignableRoles()).doesNotContain(Role.INDEX_UPKEEP).contains(Role.NRM_COORDINATOR);
		assertThatThrownBy(() -> SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR,
				() -> users.create(new NewUser("bakim." + System.nanoTime(), "Bakım", null, null, Role.INDEX_UPKEEP,
						Scope.NATIONAL, any.id(), "uzun-bir-parola-2026", null))))
			.isInstanceOfSatisfying(UserInputException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("user.role.notAssignable"));
		assertThatThrownBy(() -> SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR,
				() -> clients.issue(new NewApiClient("bakım", Role.INDEX_UPKEEP, null, any.id(), null))))
			.isInstanceOfSatisfying(UserInputException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("user.role.notAssignable"));
		assertThat(Role.INDEX_UPKEEP.permissions()).containsExactlyInAnyOrder(Permission.VICTIM_DATA_READ,
				Permission.VICTIM_DATA_WRITE);
	}

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	@Test
	void anAccountOrClientGivenASystemJobsRoleInTheDatabaseByHandCannotActWithIt() throws Exception {
		Organisation any = organisations.list(OrganisationFilter.all()).stream().filter(Organisation::active)
			.findFirst().orElseThrow();
		String username = "elle." + System.nanoTime();
		UserAccount account = SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> users.create(new NewUser(
				username, "Elle Yazılan", null, null, Role.ANALYST, Scope.NATIONAL, any.id(), "uzun-bir-parola-2026", null)));
		IssuedApiClient client = SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR,
				() -> clients.issue(new NewApiClient("elle yazılan", Role.ANALYST, Scope.NATIONAL, any.id(), null)));
		jdbc.sql("update app_user set role = 'INDEX_UPKEEP' where id = :id").param("id", account.id()).update();
		jdbc.sql("update api_client set role = 'INDEX_UPKEEP' where id = :id").param("id", client.client().id()).update();

		mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin()
				.user(username).password("uzun-bir-parola-2026"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
					"/login?error=credentials"));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/organisations")
				.header("Authorization", "Bearer " + client.token()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isUnauthorized());
	}

	private static OrganisationForm form(String name) {
		return new OrganisationForm(name, OrganisationType.NGO, "27", null, null, null, null, true);
	}

}
