package org.opennrm.identity;

import org.springframework.stereotype.Component;

import org.opennrm.encryption.DecryptionException;
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

	/**
	 * The owner of an existing account. Its e-mail address is read for the check alone, shown to no one; one that
	 * cannot be read on this server (its data key not configured here) is left out, so that the password can still be
	 * changed.
	 */
	PasswordOwner of(UserAccount account) {
		String email;
		try {
			email = users.contacts(account.id())
				.map(c -> c.emailEnc() == null ? null
						: encryption.decrypt(c.emailEnc(), EncryptedUserColumns.EMAIL.context(account.id())))
				.orElse(null);
		}
		catch (DecryptionException unreadable) {
			email = null;
		}
		String organisation = organisations.find(account.organisationId()).map(Organisation::name).orElse(null);
		return new PasswordOwner(account.username(), account.fullName(), email, organisation);
	}

}
