package org.opennrm.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import org.opennrm.identity.CurrentUser;

/** The principal of a password sign-in, kept in the (database-backed) HTTP session. */
final class SignedInUser implements UserDetails, CredentialsContainer, CurrentUser.HasCurrentUser {

	private static final long serialVersionUID = 1L;

	private final CurrentUser user;
	private String passwordHash;
	private final boolean enabled;
	private final boolean nonLocked;

	SignedInUser(CurrentUser user, String passwordHash, boolean enabled, boolean nonLocked) {
		this.user = user;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.nonLocked = nonLocked;
	}

	static List<GrantedAuthority> authoritiesOf(CurrentUser user) {
		return Stream.concat(Stream.of("ROLE_" + user.role().name()),
				user.role().permissions().stream().map(Enum::name))
			.<GrantedAuthority>map(SimpleGrantedAuthority::new)
			.toList();
	}

	@Override
	public CurrentUser currentUser() {
		return user;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authoritiesOf(user);
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return user.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return nonLocked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SignedInUser that && that.user.id().equals(user.id());
	}

	@Override
	public int hashCode() {
		return user.id().hashCode();
	}

	@Override
	public String toString() {
		return "SignedInUser[" + user.id() + "]";
	}

}
