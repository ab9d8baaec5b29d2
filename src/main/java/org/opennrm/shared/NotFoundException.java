package org.opennrm.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The record asked for does not exist, or is outside what the user may see (the two are not told apart).
 * Screens answer with the 404 page; the API with a 404 problem.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what);
	}

}
