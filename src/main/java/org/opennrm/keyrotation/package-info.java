/**
 * Key rotation's last step for the operator: the {@code reencrypt} command, which re-encrypts the data under the active
 * data key and keys the look-ups and matching keys again under the active index key, as a system job
 * ({@link org.opennrm.encryption.KeyRotation} does the work). Apart from the encryption module
 * because the job acts through the identity module, which itself depends on the encryption module.
 */
@NullMarked
package org.opennrm.keyrotation;

import org.jspecify.annotations.NullMarked;
