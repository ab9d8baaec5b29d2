package org.opennrm.encryption;

/**
 * The encryption keys are missing or invalid, so the application must not start. Messages name the properties
 * to set and never contain key material.
 */
class InvalidEncryptionKeysException extends RuntimeException {

	private final String description;

	private final String action;

	InvalidEncryptionKeysException(String description, String action) {
		super(description + " Action: " + action);
		this.description = description;
		this.action = action;
	}

	InvalidEncryptionKeysException(String description, String action, Throwable cause) {
		super(description + " Action: " + action, cause);
		this.description = description;
		this.action = action;
	}

	String description() {
		return description;
	}

	String action() {
		return action;
	}
}
