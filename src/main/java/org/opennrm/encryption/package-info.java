/**
 * Field-level encryption of victims' personal data, and blind indexes for exact lookups of encrypted values.
 * <p>
 * API: {@link org.opennrm.encryption.FieldEncryption}, {@link org.opennrm.encryption.BlindIndex},
 * {@link org.opennrm.encryption.DecryptionException} and the settings in
 * {@link org.opennrm.encryption.EncryptionProperties}. Everything else is package-private.
 * Format, key configuration and rotation are described in {@code docs/encryption.md}.
 */
@NullMarked
package org.opennrm.encryption;

import org.jspecify.annotations.NullMarked;
