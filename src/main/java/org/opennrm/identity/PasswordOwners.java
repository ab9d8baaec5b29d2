package org.opennrm.identity;

import org.springframework.stereotype.Component;

import org.opennrm.encryption.FieldEncryption;
import org.opennrm.identity.internal.Users;
import org.opennrm.organisation.Organisation;
import org.opennrm.organisation.OrganisationManagement;

/** An existing account as the password policy knows its owner: names, e-mail address, organisation. */
@Component
class PasswordOwners {

	private final Users users;
	private final FieldEncryption encryption;
	private final OrganisationManagement organisations;

	PasswordOwners(Users users, FieldEncryption encryption, OrganisationManagement organisations) {
		this.users = users;
		this.encryption = encryption;
		this.organisations = organisations;
	}

	PasswordOwner of(UserAccount account) {
		String email = users.contacts(account.id())
			.map(c -> encryption.decrypt(c.emailEnc(), EncryptedUserColumns.EMAIL.context(account.id())))
			.orElse(null);
		String organisation = organisations.find(account.organisationId()).map(Organisation::name).orElse(null);
		return new PasswordOwner(account.username(), account.fullName(), email, organisation);
	}

}
