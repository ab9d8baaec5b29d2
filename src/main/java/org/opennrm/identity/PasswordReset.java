package org.opennrm.identity;

import jakarta.validation.constraints.NotNull;

/** A new password an administrator sets for an account; checked by the password policy. */
public record PasswordReset(@NotNull String password) {

	/** Without the password, should the form ever be logged. */
	@Override
	public String toString() {
		return "PasswordReset[password=(hidden)]";
	}

}
