package org.opennrm.shared;

/** The record asked for does not exist, or is outside what the user may see (the two are not told apart). */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what);
	}

}
