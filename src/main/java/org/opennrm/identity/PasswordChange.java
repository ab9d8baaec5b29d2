package org.opennrm.identity;

import jakarta.validation.constraints.NotEmpty;

/**
 * A signed-in person replaces their own password: the one they have, the new one twice. Each is required: a form sent
 * with the current password left empty is refused as incomplete, never checked as a wrong password (which counts
 * against the account, and five lock it).
 */
public record PasswordChange(@NotEmpty String currentPassword, @NotEmpty String newPassword,
		@NotEmpty String repeatedPassword) {

	/** Without the passwords, should the form ever be logged. */
	@Override
	public String toString() {
		return "PasswordChange[passwords=(hidden)]";
	}

}
