package org.opennrm;

import java.time.Instant;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.opennrm.identity.ApiClientManagement;
import org.opennrm.identity.IssuedApiClient;
import org.opennrm.identity.NewApiClient;
import org.opennrm.identity.Role;
import org.opennrm.identity.SystemActor;
import org.opennrm.organisation.Organisation;
import org.opennrm.organisation.OrganisationFilter;
import org.opennrm.organisation.OrganisationManagement;

/** API tokens for tests, issued without a signed-in administrator. */
public final class TestTokens {

	private TestTokens() {
	}

	/** A new token acting with the role's default scope, in the first organisation with a province. */
	public static String issue(ApiClientManagement clients, OrganisationManagement organisations, Role role) {
		return issue(clients, organisations, role, null).token();
	}

	/** The same, its client too, expiring at {@code expiresAt} (null: never). */
	public static IssuedApiClient issue(ApiClientManagement clients, OrganisationManagement organisations, Role role,
			Instant expiresAt) {
		Organisation organisation = organisations.list(OrganisationFilter.all()).stream()
			.filter(o -> o.provinceCode() != null && o.active()).findFirst().orElseThrow();
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
