package org.opennrm.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import org.opennrm.IntegrationTest;
import org.opennrm.identity.internal.ApiClients;
import org.opennrm.identity.internal.ApiTokens;
import org.opennrm.organisation.Organisation;
import org.opennrm.organisation.OrganisationFilter;
import org.opennrm.organisation.OrganisationForm;
import org.opennrm.organisation.OrganisationManagement;
import org.opennrm.organisation.OrganisationType;

/**
 * A client's revocation and the clients it issues at the same moment (a retest issued from six loops while an
 * administrator revoked, and four clients stayed active): an issue under way finishes first, and its client is revoked
 * with the issuer; one that comes after is refused. And a token stops while its issuer's organisation is deactivated,
 * as the issuer's own sign-in does.
 */
@IntegrationTest
class ApiClientRevocationTests {

	@Autowired
	ApiClientManagement management;

	@Autowired
	ApiClients clients;

	@Autowired
	UserManagement users;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aClientIssuedWhileItsIssuerIsRevokedIsRevokedWithItAndOneIssuedAfterIsRefused() throws Exception {
		Organisation istanbul = organisations.list(new OrganisationFilter("İstanbul İl Göç", null, null, null)).get(0);
		IssuedApiClient issuer = SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR,
				() -> management.issue(newClient("veren", istanbul.id())));
		CurrentUser asIssuer = clients.authenticate(ApiTokens.hash(issuer.token())).orElseThrow();

		CompletableFuture<List<UUID>> revocation;
		UUID issuedMeanwhile;
		actAs(asIssuer);
		try {
			// the issue's transaction holds the issuer's row until it commits; the revocation waits for it
			UUID[] issued = new UUID[1];
			CompletableFuture<?>[] started = new CompletableFuture<?>[1];
			transactions.executeWithoutResult(status -> {
				issued[0] = management.issue(newClient("arada", istanbul.id())).client().id();
				started[0] = CompletableFuture.supplyAsync(() -> SystemActor.call("test", Role.SYSTEM_ADMINISTRATOR,
						() -> transactions.execute(s -> clients.revoke(issuer.client().id()))));
				awaitWaiting();
			});
			issuedMeanwhile = issued[0];
			@SuppressWarnings("unchecked")
			CompletableFuture<List<UUID>> revoking = (CompletableFuture<List<UUID>>) started[0];
			revocation = revoking;
			assertThat(revocation.get(30, TimeUnit.SECONDS)).containsExactlyInAnyOrder(issuer.client().id(), issuedMeanwhile);

			assertThatThrownBy(() -> management.issue(newClient("sonra", istanbul.id())))
				.as("an issue by a client revoked since its token was read").isInstanceOf(AccessDeniedException.class);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		assertThat(jdbc.sql("select active from api_client where id = :id").param("id", issuedMeanwhile)
			.query(Boolean.class).single()).isFalse();
	}

	@Test
	void aTokenStopsWhileItsIssuersOrganisationIsDeactivated() {
		UUID organisation = SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> organisations.create(
				new OrganisationForm("Kapanan Kurum " + System.nanoTime(), OrganisationType.NGO, "34", null, null, null,
						null, true)).id());
		Organisation istanbul = organisations.list(new OrganisationFilter("İstanbul İl Göç", null, null, null)).get(0);
		UserAccount person = SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> users.create(new NewUser(
				"kapanan." + System.nanoTime(), "Kapanan Yönetici", null, null, Role.SYSTEM_ADMINISTRATOR, Scope.NATIONAL,
				organisation, "mavi kapının önünde üç kedi", null)));
		actAs(new CurrentUser(person.id(), person.username(), person.fullName(), Role.SYSTEM_ADMINISTRATOR,
				Scope.NATIONAL, organisation, "34", CurrentUser.Kind.USER));
		IssuedApiClient issued;
		try {
			// a client of another, active organisation
			issued = management.issue(newClient("kapananın", istanbul.id()));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		assertThat(clients.authenticate(ApiTokens.hash(issued.token()))).isPresent();

		SystemActor.run("test", Role.SYSTEM_ADMINISTRATOR, () -> organisations.setActive(organisation, false));
		assertThat(clients.authenticate(ApiTokens.hash(issued.token()))).isEmpty();
		assertThat(clients.find(issued.client().id()).orElseThrow().status()).isEqualTo(ApiClient.Status.ISSUER_INACTIVE);

		SystemActor.run("test", Role.SYSTEM_ADMINISTRATOR, () -> organisations.setActive(organisation, true));
		assertThat(clients.authenticate(ApiTokens.hash(issued.token()))).isPresent();
	}

	private static NewApiClient newClient(String name, UUID organisation) {
		return new NewApiClient(name + " " + System.nanoTime(), Role.SYSTEM_ADMINISTRATOR, null, organisation, null);
	}

	private static void actAs(CurrentUser user) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
	}

	/** Until another session waits for a lock (the revocation, for the issuer's row). */
	private void awaitWaiting() {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		// within a transaction, the server's activity is read once unless its snapshot is cleared
		while (jdbc.sql("select count(*) from (select pg_stat_clear_snapshot()) cleared, pg_stat_activity"
				+ " where wait_event_type = 'Lock'").query(Long.class).single() == 0) {
			assertThat(System.nanoTime()).as("the revocation waits for the issue").isLessThan(deadline);
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

}
