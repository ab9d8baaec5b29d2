package org.opennrm.shared.database;

import org.opennrm.shared.StartRefused;

/** The database's schema is not at the version of this jar's migrations, where the start needs it to be. */
class SchemaNotAtJarVersion extends StartRefused {

	private static final long serialVersionUID = 1L;

	SchemaNotAtJarVersion(String description, String action) {
		super(description, action);
	}

}
