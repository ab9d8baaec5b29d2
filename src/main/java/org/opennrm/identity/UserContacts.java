package org.opennrm.identity;

/** An account's contact details, decrypted. Shown on the account's own page only, never in lists. */
public record UserContacts(String email, String phone) {
}
