package org.opennrm.shared;

/** What an e-mail address must have besides what {@link jakarta.validation.constraints.Email} checks. */
public final class EmailAddress {

	/**
	 * For {@code @Email(regexp = EmailAddress.DOMAIN_WITH_A_DOT)}: a domain with a dot ("bilgi@dernek" names a machine
	 * on a local network at best, never an organisation's or a person's address), or nothing (an empty field).
	 */
	public static final String DOMAIN_WITH_A_DOT = "^$|.*@[^@]+\\.[^@.]+";

	private EmailAddress() {
	}

}
