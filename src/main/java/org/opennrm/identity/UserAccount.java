package org.opennrm.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * An account as screens and the API show it. Contact details are decrypted only on request.
 *
 * @param preferredLanguage the language OpenNRM speaks to the person after each sign-in, by its code: "tr" or "en", a
 *        language of the staff screens ({@link org.opennrm.shared.SpokenLanguage#staffScreens()}), or null
 * @param mustChangePassword whether the password is one an administrator set, which the person must replace at their
 *        next sign-in
 * @param version changes with every change of the account's fields, by an administrator or (its language) by its
 *        person; sent back with a change, so that no one overwrites a change they have not seen
 */
public record UserAccount(UUID id, String username, String fullName, Role role, Scope scope, UUID organisationId,
		boolean active, Instant lockedUntil, Instant lastLoginAt, String preferredLanguage, boolean mustChangePassword,
		int version) implements RoleHolder {

	public boolean locked() {
		return lockedUntil != null && lockedUntil.isAfter(Instant.now());
	}

}
