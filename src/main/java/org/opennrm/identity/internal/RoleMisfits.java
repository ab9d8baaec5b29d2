package org.opennrm.identity.internal;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import org.opennrm.identity.ApiClient;
import org.opennrm.identity.RoleOrganisationTypes;
import org.opennrm.identity.UserFilter;
import org.opennrm.organisation.Organisation;
import org.opennrm.organisation.OrganisationFilter;
import org.opennrm.organisation.OrganisationManagement;
import org.opennrm.organisation.OrganisationType;
import org.opennrm.organisation.OrganisationTypeCheck;
import org.opennrm.shared.UserInputException;

/**
 * The accounts and API clients whose role their organisation's type may not hold ({@link RoleOrganisationTypes}). None
 * is given so; those given before (by an earlier version, or under a wider setting than today's) keep working, marked
 * in the administration's lists, until an administrator changes their role or revokes the client: they are people at
 * work, on cases that cannot wait, and their administrator knew them when placing them. A holder is an account, active
 * or not (it can be activated again), or a client whose token can work again (not revoked, not expired).
 */
@Component
class RoleMisfits implements OrganisationTypeCheck {

	private final Users users;
	private final ApiClients clients;
	private final OrganisationManagement organisations;
	private final RoleOrganisationTypes roleTypes;

	RoleMisfits(Users users, ApiClients clients, OrganisationManagement organisations, RoleOrganisationTypes roleTypes) {
		this.users = users;
		this.clients = clients;
		this.organisations = organisations;
		this.roleTypes = roleTypes;
	}

	/** Refused while any holder of the organisation would hold a role that the new type may not hold, saying how many. */
	@Override
	public void typeMayChange(Organisation organisation, OrganisationType newType) {
		long accounts = users.list(organisation.id()).stream()
			.filter(account -> !roleTypes.fits(account.role(), newType)).count();
		long apiClients = clients.list().stream()
			.filter(client -> client.organisationId().equals(organisation.id()) && holds(client)
					&& !roleTypes.fits(client.role(), newType))
			.count();
		if (accounts + apiClients > 0) {
			throw new UserInputException("type", "user.organisationType.misfits", accounts, apiClients,
					new DefaultMessageSourceResolvable(newType.messageKey()));
		}
	}

	/** How many accounts and API clients hold a role that their organisation's type may not hold, now. */
	Count count() {
		Map<UUID, OrganisationType> types = organisations.list(OrganisationFilter.all()).stream()
			.collect(Collectors.toMap(Organisation::id, Organisation::type));
		long accounts = users.list(UserFilter.all()).stream()
			.filter(account -> !roleTypes.fits(account.role(), types.get(account.organisationId()))).count();
		long apiClients = clients.list().stream()
			.filter(client -> holds(client) && !roleTypes.fits(client.role(), types.get(client.organisationId())))
			.count();
		return new Count(accounts, apiClients);
	}

	record Count(long accounts, long apiClients) {
	}

	/** A client whose token can work again: neither revoked nor expired, which are for good. */
	private static boolean holds(ApiClient client) {
		return client.status() != ApiClient.Status.REVOKED && client.status() != ApiClient.Status.EXPIRED;
	}

}
