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
	/** Absent from sessions stored before it existed, which read it as false: none of them had to. */
	private final boolean passwordChangeRequired;

	SignedInUser(CurrentUser user, String passwordHash, boolean enabled, boolean nonLocked, String preferredLanguage,
			boolean passwordChangeRequired) {
		this.user = user;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.nonLocked = nonLocked;
		this.preferredLanguage = preferredLanguage;
		this.passwordChangeRequired = passwordChangeRequired;
	}

	/** Whether the person signed in with a password an administrator set, and has not chosen their own since. */
	boolean passwordChangeRequired() {
		return passwordChangeRequired;
	}

	/** The same person, once they have chosen their own password. */
	SignedInUser withOwnPassword() {
		return new SignedInUser(user, null, enabled, nonLocked, preferredLanguage, false);
	}

	/** The same person, with the language they have just set on their account. */
	SignedInUser withPreferredLanguage(String language) {
		return new SignedInUser(user, null, enabled, nonLocked, language, passwordChangeRequired);
	}

	/** The same person, under the full name an administrator has just given their account. */
	SignedInUser withDisplayName(String fullName) {
		CurrentUser renamed = new CurrentUser(user.id(), user.username(), fullName, user.role(), user.scope(),
				user.organisationId(), user.provinceCode(), user.kind());
		return new SignedInUser(renamed, null, enabled, nonLocked, preferredLanguage, passwordChangeRequired);
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
