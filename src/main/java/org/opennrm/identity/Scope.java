package org.opennrm.identity;

/** How far a user's access to records reaches. */
public enum Scope {

	/** All records in the country. */
	NATIONAL,
	/** Records of the user's province (the province of the user's organisation). */
	PROVINCE,
	/** Records of the user's organisation. */
	ORGANISATION,
	/** Only records the user created. */
	OWN;

}
