package org.opennrm.identity.internal;

import java.time.Instant;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import org.opennrm.identity.CurrentUser;

/** The account as sign-in sees it; used only by {@link PasswordSignIn}, so that no other sign-in is built on it. */
final class AccountDetailsService implements UserDetailsService {

	private final Users users;

	AccountDetailsService(Users users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Users.Credentials c = users.findCredentials(username).orElseThrow(() -> new UsernameNotFoundException("unknown"));
		CurrentUser user = new CurrentUser(c.id(), c.username(), c.fullName(), c.role(), c.scope(), c.organisationId(),
				c.provinceCode(), CurrentUser.Kind.USER);
		boolean locked = c.lockedUntil() != null && c.lockedUntil().isAfter(Instant.now());
		// a system job's own role belongs to no account: one written into the database by hand is refused as inactive
		return new SignedInUser(user, c.passwordHash(), c.active() && c.organisationActive() && c.role().assignable(),
				!locked, c.preferredLanguage(), c.mustChangePassword());
	}

}
