package org.opennrm.identity;

import jakarta.validation.constraints.NotNull;

/** A signed-in person replaces their own password: the one they have, the new one twice. */
public record PasswordChange(@NotNull String currentPassword, @NotNull String newPassword,
		@NotNull String repeatedPassword) {

	/** Without the passwords, should the form ever be logged. */
	@Override
	public String toString() {
		return "PasswordChange[passwords=(hidden)]";
	}

}
