package org.opennrm.encryption;

import org.opennrm.shared.StartRefused;

/**
 * The encryption keys are missing or invalid, so the application must not start. Messages name the properties
 * to set and never contain key material.
 */
class InvalidEncryptionKeysException extends StartRefused {

	private static final long serialVersionUID = 1L;

	InvalidEncryptionKeysException(String description, String action) {
		this(description, action, null);
	}

	InvalidEncryptionKeysException(String description, String action, Throwable cause) {
		super(description + " Action: " + action, description, action, cause);
	}

}
