package org.opennrm;

import java.time.Instant;
import java.util.Map;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.opennrm.identity.ApiClientManagement;
import org.opennrm.identity.IssuedApiClient;
import org.opennrm.identity.NewApiClient;
import org.opennrm.identity.Role;
import org.opennrm.identity.SystemActor;
import org.opennrm.organisation.Organisation;
import org.opennrm.organisation.OrganisationFilter;
import org.opennrm.organisation.OrganisationManagement;
import org.opennrm.organisation.OrganisationType;

/** API tokens for tests, issued without a signed-in administrator. */
public final class TestTokens {

	private TestTokens() {
	}

	/**
	 * Where the tests give a role that only some types of organisation hold ({@code RoleOrganisationTypes}): the type the
	 * demo gives it in. A role held anywhere is given in the first organisation with a province.
	 */
	private static final Map<Role, OrganisationType> HELD_IN = Map.of(Role.FOCAL_POINT,
			OrganisationType.PROVINCIAL_MIGRATION_DIRECTORATE, Role.NRM_COORDINATOR, OrganisationType.PMM_HEADQUARTERS,
			Role.FRONTLINE_REPORTER, OrganisationType.POLICE, Role.SERVICE_PROVIDER,
			OrganisationType.INTERNATIONAL_ORGANISATION, Role.PROSECUTION_LIAISON, OrganisationType.PROSECUTOR_OFFICE,
			Role.PREVENTION_OFFICER, OrganisationType.PMM_HEADQUARTERS);

	/**
	 * A new token acting with the role's default scope, in the first organisation with a province of a type that holds
	 * the role.
	 */
	public static String issue(ApiClientManagement clients, OrganisationManagement organisations, Role role) {
		return issue(clients, organisations, role, null).token();
	}

	/** The same, its client too, expiring at {@code expiresAt} (null: never). */
	public static IssuedApiClient issue(ApiClientManagement clients, OrganisationManagement organisations, Role role,
			Instant expiresAt) {
		Organisation organisation = organisations.list(OrganisationFilter.all()).stream()
			.filter(o -> o.provinceCode() != null && o.active())
			.filter(o -> !HELD_IN.containsKey(role) || HELD_IN.get(role) == o.type())
			.findFirst().orElseThrow();
		return SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> clients.issue(new NewApiClient(
				"test " + role + " " + System.nanoTime(), role, null, organisation.id(), expiresAt)));
	}

	public static RequestPostProcessor bearer(String token) {
		return request -> {
			request.addHeader("Authorization", "Bearer " + token);
			return request;
		};
	}

}
