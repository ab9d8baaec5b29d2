package org.opennrm.shared.database;

/** The database's schema is not at the version of this jar's migrations, where a command needs it to be. */
class SchemaNotAtJarVersion extends RuntimeException {

	private final String action;

	SchemaNotAtJarVersion(String description, String action) {
		super(description);
		this.action = action;
	}

	String action() {
		return action;
	}

}
