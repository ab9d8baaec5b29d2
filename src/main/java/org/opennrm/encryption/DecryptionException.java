package org.opennrm.encryption;

import org.opennrm.shared.UnreadableData;

/**
 * A value could not be decrypted: it was altered, it belongs to another field or row (its context differs),
 * its key is no longer configured, or it is not in OpenNRM's format. The message never contains plaintext,
 * ciphertext or key material.
 */
public class DecryptionException extends RuntimeException implements UnreadableData {

	DecryptionException(String message) {
		super(message);
	}

	DecryptionException(String message, Throwable cause) {
		super(message, cause);
	}
}
