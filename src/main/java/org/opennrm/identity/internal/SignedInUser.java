package org.opennrm.identity.internal;

import java.util.Collection;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import org.opennrm.identity.CurrentUser;

/** The principal of a password sign-in, kept in the (database-backed) HTTP session. */
final class SignedInUser implements UserDetails, CredentialsContainer, CurrentUser.HasCurrentUser {

	private static final long serialVersionUID = 1L;

	private final CurrentUser user;
	private String passwordHash;
	private final boolean enabled;
	private final boolean nonLocked;
	private final String preferredLanguage;

	SignedInUser(CurrentUser user, String passwordHash, boolean enabled, boolean nonLocked, String preferredLanguage) {
		this.user = user;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.nonLocked = nonLocked;
		this.preferredLanguage = preferredLanguage;
	}

	/** The language set on the account ("tr", "en", …), or null when none is. */
	String preferredLanguage() {
		return preferredLanguage;
	}

	@Override
	public CurrentUser currentUser() {
		return user;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return user.authorities();
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
