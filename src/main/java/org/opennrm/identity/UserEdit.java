package org.opennrm.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.opennrm.shared.EmailAddress;
import org.opennrm.shared.PhoneNumber;
import org.opennrm.shared.PlainText;
import org.opennrm.shared.StaffLanguageCode;
import org.opennrm.shared.RefuseUnknownFields;
import org.opennrm.shared.TypedText;

/**
 * What an administrator changes on an account: the user name and the organisation stay as they were created, the
 * password has its own reset. Checked as {@link NewUser} is. In the API, a field it does not have is refused, but for
 * those an account's reading answers and this change does not set (the user name, the organisation, whether its role
 * fits the organisation, the state, the version): what a client read, it can send back changed, those fields as the
 * account has them ({@link org.opennrm.shared.ReadOnlyFields}).
 */
@RefuseUnknownFields(readOnly = { "id", "username", "organisationId", "roleFitsOrganisation", "active", "locked",
		"lockedUntil", "lastLoginAt", "mustChangePassword", "version" })
public record UserEdit(
		@NotBlank @Size(max = 200) @PlainText(label = "user.fullName") String fullName,
		@Email(regexp = EmailAddress.DOMAIN_WITH_A_DOT) @Size(max = 200) @PlainText(label = "user.email") String email,
		@PhoneNumber String phone,
		@NotNull Role role,
		Scope scope,
		@StaffLanguageCode String preferredLanguage) {

	/** Fields of spaces only as left empty ({@link TypedText}). */
	public UserEdit {
		fullName = TypedText.orNull(fullName);
		email = TypedText.stripped(email);
		phone = TypedText.stripped(phone);
		preferredLanguage = TypedText.orNull(preferredLanguage);
	}

	/** The account as it is, to begin the form with. */
	public static UserEdit of(UserAccount account, UserContacts contacts) {
		return new UserEdit(account.fullName(), contacts.email(), contacts.phone(), account.role(), account.scope(),
				account.preferredLanguage());
	}

	/** The requested scope, or the role's default. */
	public Scope effectiveScope() {
		return scope == null ? role.defaultScope() : scope;
	}

	/** Without the e-mail address and the phone, should the form ever be logged. */
	@Override
	public String toString() {
		return "UserEdit[role=" + role + ", scope=" + scope + "]";
	}

}
