package org.opennrm.identity;

/**
 * Whose password is judged: what anyone who targets the person knows of them, and tries first. Any of them may be
 * null (an account without an e-mail address).
 *
 * @param organisation the name of the account's organisation
 */
public record PasswordOwner(String username, String fullName, String email, String organisation) {
}
