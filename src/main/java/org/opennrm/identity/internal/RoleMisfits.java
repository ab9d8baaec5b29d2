package org.opennrm.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import org.opennrm.identity.ApiClient;
import org.opennrm.identity.RoleHolder;
import org.opennrm.identity.RoleOrganisationTypes;
import org.opennrm.identity.UserAccount;
import org.opennrm.identity.UserFilter;
import org.opennrm.organisation.Organisation;
import org.opennrm.organisation.OrganisationFilter;
import org.opennrm.organisation.OrganisationManagement;
import org.opennrm.organisation.OrganisationType;
import org.opennrm.organisation.OrganisationTypeCheck;
import org.opennrm.shared.UserInputException;

/**
 * The accounts and API clients whose role their organisation's type may not hold ({@link RoleOrganisationTypes}): one
 * rule ({@link #among}) for the marks of the administration's screens and of the API, the start's warning and the
 * check of a new type for an organisation. None is given so; those given before (by an earlier version, or under a
 * wider setting than today's) keep working, marked in the administration's lists, until an administrator changes
 * their role or revokes the client: they are people at work, on cases that cannot wait, and their administrator knew
 * them when placing them. A holder is an active account, or a client whose token can work again (not revoked, not
 * expired): a client comes back by itself, when its organisation or the person who issued it is active again, where a
 * deactivated account comes back only when an administrator activates it, which checks its role as a new account's
 * ({@code UserManagement.setActive}). A deactivated account is marked all the same, for the administrator to see why it
 * cannot be activated as it is.
 */
@Component
public class RoleMisfits implements OrganisationTypeCheck {

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

	/** The ids of these accounts or clients whose role their organisation's type, as it is now, may not hold. */
	public Set<UUID> among(Collection<? extends RoleHolder> holders) {
		if (holders.isEmpty()) {
			return Set.of();
		}
		return among(holders, types()::get);
	}

	/** Whether this account's or client's role is one that its organisation's type, as it is now, may not hold. */
	public boolean misfit(RoleHolder holder) {
		// its own organisation read, not every organisation's type
		return !among(List.of(holder), id -> organisations.find(id).map(Organisation::type).orElse(null)).isEmpty();
	}

	/** Refused while any holder of the organisation would hold a role that the new type may not hold, saying how many. */
	@Override
	public void typeMayChange(Organisation organisation, OrganisationType newType) {
		Function<UUID, OrganisationType> typeAfter = id -> newType;
		long accounts = among(users.list(activeAccounts(organisation.id())), typeAfter).size();
		long apiClients = among(clients.list().stream()
			.filter(client -> client.organisationId().equals(organisation.id()) && holds(client))
			.toList(), typeAfter).size();
		if (accounts + apiClients > 0) {
			throw new UserInputException("type", "user.organisationType.misfits", accounts, apiClients,
					new DefaultMessageSourceResolvable(newType.messageKey()));
		}
	}

	/** How many accounts and API clients hold a role that their organisation's type may not hold, now. */
	Count count() {
		Map<UUID, OrganisationType> types = types();
		List<UserAccount> accounts = users.list(activeAccounts(null));
		List<ApiClient> apiClients = clients.list().stream().filter(RoleMisfits::holds).toList();
		return new Count(among(accounts, types::get).size(), among(apiClients, types::get).size());
	}

	record Count(long accounts, long apiClients) {
	}

	/** The rule: the holders whose role an organisation of their organisation's type ({@code typeOf}) may not hold. */
	private Set<UUID> among(Collection<? extends RoleHolder> holders, Function<UUID, OrganisationType> typeOf) {
		return holders.stream()
			.filter(holder -> !roleTypes.fits(holder.role(), typeOf.apply(holder.organisationId())))
			.map(RoleHolder::id)
			.collect(Collectors.toSet());
	}

	/** The active accounts, of one organisation or of all (null). */
	private static UserFilter activeAccounts(UUID organisationId) {
		return new UserFilter(organisationId, null, null, true, null);
	}

	/** Each organisation's type, by its id. */
	private Map<UUID, OrganisationType> types() {
		return organisations.list(OrganisationFilter.all()).stream()
			.collect(Collectors.toMap(Organisation::id, Organisation::type));
	}

	/** A client whose token can work again: neither revoked nor expired, which are for good. */
	private static boolean holds(ApiClient client) {
		return client.status() != ApiClient.Status.REVOKED && client.status() != ApiClient.Status.EXPIRED;
	}

}
