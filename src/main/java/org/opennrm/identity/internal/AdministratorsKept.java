package org.opennrm.identity.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.opennrm.identity.CurrentUser;
import org.opennrm.identity.UserAccount;
import org.opennrm.organisation.Organisation;
import org.opennrm.organisation.OrganisationDeactivationCheck;
import org.opennrm.shared.UserInputException;

/**
 * An organisation's deactivation signs out its accounts and keeps them out, and stops its API clients. Refused where
 * it would shut out the one acting: a person's own organisation (an administrator who deactivated it was signed out at
 * once, with every colleague, and no one could sign in to undo it), an API client's own or its issuer's; and where no
 * one would be left to undo it: no active account of another active organisation holding the system administrator's
 * role, nationally. The administrators' own accounts are kept by the rules on accounts: no one deactivates their own
 * account or changes their own role.
 */
@Component
class AdministratorsKept implements OrganisationDeactivationCheck {

	private final Users users;
	private final ApiClients clients;

	AdministratorsKept(Users users, ApiClients clients) {
		this.users = users;
		this.clients = clients;
	}

	@Override
	public void mayDeactivate(Organisation organisation) {
		UUID id = organisation.id();
		Optional<CurrentUser> actor = CurrentUser.get();
		if (actor.isPresent() && actor.get().kind() == CurrentUser.Kind.USER
				&& id.equals(actor.get().organisationId())) {
			throw new UserInputException("active", "user.organisationDeactivation.own");
		}
		if (actor.isPresent() && actor.get().kind() == CurrentUser.Kind.API_CLIENT
				&& (id.equals(actor.get().organisationId()) || clients.issuedBy(actor.get().id())
					.flatMap(users::find)
					.map(UserAccount::organisationId)
					.filter(id::equals)
					.isPresent())) {
			throw new UserInputException("active", "user.organisationDeactivation.ownClient");
		}
		if (!users.administratorOutside(id)) {
			throw new UserInputException("active", "user.organisationDeactivation.lastAdministrators");
		}
	}

}
