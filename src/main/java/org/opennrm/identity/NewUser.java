package org.opennrm.identity;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.opennrm.shared.EmailAddress;
import org.opennrm.shared.PhoneNumber;
import org.opennrm.shared.PlainText;
import org.opennrm.shared.StaffLanguageCode;
import org.opennrm.shared.RefuseUnknownFields;
import org.opennrm.shared.TypedText;

/** What an administrator enters to create an account. The password is checked by the password policy. */
@RefuseUnknownFields
public record NewUser(
		@NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "^[a-zA-Z0-9._@-]+$", message = "{user.username.invalid}")
		@PlainText(label = "user.username") String username,
		@NotBlank @Size(max = 200) @PlainText(label = "user.fullName") String fullName,
		@Email(regexp = EmailAddress.DOMAIN_WITH_A_DOT) @Size(max = 200) @PlainText(label = "user.email") String email,
		@PhoneNumber String phone,
		@NotNull Role role,
		Scope scope,
		@NotNull UUID organisationId,
		@NotNull String password,
		@StaffLanguageCode String preferredLanguage) {

	/** Fields of spaces only as left empty ({@link TypedText}); the password as typed, spaces and all. */
	public NewUser {
		username = TypedText.stripped(username);
		fullName = TypedText.orNull(fullName);
		email = TypedText.stripped(email);
		phone = TypedText.stripped(phone);
		preferredLanguage = TypedText.orNull(preferredLanguage);
	}

	/** The requested scope, or the role's default. */
	public Scope effectiveScope() {
		return scope == null ? role.defaultScope() : scope;
	}

	/** Without the password, the e-mail address and the phone, should the form ever be logged. */
	@Override
	public String toString() {
		return "NewUser[username=" + username + ", role=" + role + ", scope=" + scope + ", organisationId="
				+ organisationId + "]";
	}

}
