package org.opennrm.encryption;

import java.util.regex.Pattern;

/**
 * A column whose values {@link FieldEncryption} encrypted, one per row, each bound to its row by the context
 * {@code contextPrefix + id}. The module that owns the table declares it as a bean and makes its contexts with
 * {@link #context}, so that the key rotation ({@link KeyRotation}) finds every encrypted value and decrypts it as its
 * owner does. A column of {@code bytea} named {@code *_enc} that no bean declares fails the build
 * ({@code EncryptedColumnsDeclaredTests}).
 *
 * @param entityType the audit trail's record type of a row ({@code user}, {@code person})
 * @param table the table
 * @param idColumn its primary key, a single {@code uuid} column
 * @param column the encrypted column
 * @param contextPrefix the context before the row's id, e.g. {@code app_user.email:}
 */
public record EncryptedColumn(String entityType, String table, String idColumn, String column, String contextPrefix) {

	private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

	public EncryptedColumn {
		for (String identifier : new String[] { entityType, table, idColumn, column }) {
			if (identifier == null || !IDENTIFIER.matcher(identifier).matches()) {
				// the names go into SQL: lower-case identifiers only
				throw new IllegalArgumentException("not a lower-case SQL identifier: " + identifier);
			}
		}
		if (contextPrefix == null || contextPrefix.isBlank()) {
			throw new IllegalArgumentException("an encrypted column needs its context prefix");
		}
	}

	/** The context of the value in the row {@code id}. */
	public String context(Object id) {
		return contextPrefix + id;
	}

	/** {@code table.column}, as reports name it. */
	public String field() {
		return table + "." + column;
	}

}
