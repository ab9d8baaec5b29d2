package org.opennrm.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.opennrm.shared.EmailAddress;
import org.opennrm.shared.PhoneNumber;
import org.opennrm.shared.PlainText;
import org.opennrm.shared.RefuseUnknownFields;
import org.opennrm.shared.TypedText;

/**
 * What a user enters to create or change an organisation (screens and API alike). {@code active} left out (null)
 * makes a new organisation active and leaves an existing one as it is: a change of address sent without it must not
 * switch a deactivated organisation, and all its accounts, back on. An unticked box on a screen sends false. In the
 * API, a field it does not have is refused, but for those an organisation's reading answers and no one sets: what a
 * client read, it can send back changed, those fields as the organisation has them
 * ({@link org.opennrm.shared.ReadOnlyFields}).
 */
@RefuseUnknownFields(readOnly = { "id", "htcdsType", "version" })
public record OrganisationForm(
		@NotBlank @Size(max = 200) @PlainText(label = "organisation.name") String name,
		@NotNull OrganisationType type,
		@Pattern(regexp = "^$|^(0[1-9]|[1-7][0-9]|8[01])$", message = "{organisation.province.invalid}") String provinceCode,
		@Size(max = 500) @PlainText(label = "organisation.address", multiline = true) String address,
		@PhoneNumber
		@PlainText(label = "organisation.phone") String phone,
		@Email(regexp = EmailAddress.DOMAIN_WITH_A_DOT) @Size(max = 200) @PlainText(label = "organisation.email") String email,
		@Pattern(regexp = "^$|^(?i)https?://\\S+$", message = "{validation.url}") @Size(max = 300)
		@PlainText(label = "organisation.website") String website,
		Boolean active) {

	/** Fields of spaces only as left empty ({@link TypedText}). */
	public OrganisationForm {
		name = TypedText.orNull(name);
		provinceCode = TypedText.stripped(provinceCode);
		address = TypedText.orNull(address);
		phone = TypedText.stripped(phone);
		email = TypedText.stripped(email);
		website = withScheme(TypedText.stripped(website));
	}

	/** A web address as people write it, without its scheme ({@code www.dernek.org}, {@code dernek.org.tr/iletisim}). */
	private static final java.util.regex.Pattern WITHOUT_SCHEME = java.util.regex.Pattern
		.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N}-]*(\\.[\\p{L}\\p{N}][\\p{L}\\p{N}-]*)*\\.\\p{L}{2,}(:\\d{1,5})?([/?#]\\S*)?$");

	/**
	 * A web address written without its scheme, as people give one ({@code www.dernek.org}), read as the secure
	 * address it names ({@code https://www.dernek.org}), rather than refused; anything else as it is, for the check.
	 */
	static String withScheme(String website) {
		return website != null && WITHOUT_SCHEME.matcher(website).matches() ? "https://" + website : website;
	}

	/** This form with another phone number: the one stored, in E.164. */
	public OrganisationForm withPhone(String phone) {
		return new OrganisationForm(name, type, provinceCode, address, phone, email, website, active);
	}

	/** A form showing an existing organisation, to change it. */
	public static OrganisationForm of(Organisation o) {
		return new OrganisationForm(o.name(), o.type(), o.provinceCode(), o.address(), o.phone(), o.email(),
				o.website(), o.active());
	}

	/** An empty form for a new organisation. */
	public static OrganisationForm empty() {
		return new OrganisationForm(null, null, null, null, null, null, null, true);
	}
}
