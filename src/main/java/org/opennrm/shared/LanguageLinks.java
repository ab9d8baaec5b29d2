package org.opennrm.shared;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where the language links of the page header lead. They ask for the same page again in another language; the answer
 * to a form sent cannot be asked for again without losing what it shows, and there the links give way to a note to
 * save or copy first. A form whose answer holds nothing worth keeping (a refused password form: passwords are never
 * shown again) names the page that shows it again instead, and keeps its links.
 */
public final class LanguageLinks {

	private static final String SHOWN_AGAIN_AT = LanguageLinks.class.getName() + ".SHOWN_AGAIN_AT";

	private LanguageLinks() {
	}

	/** The language links of this answer lead to {@code path}, a page of this application (without its context path). */
	public static void leadTo(HttpServletRequest request, String path) {
		request.setAttribute(SHOWN_AGAIN_AT, path);
	}

	/** The page this answer's language links lead to instead of its own address, if it named one. */
	public static Optional<String> target(HttpServletRequest request) {
		return request.getAttribute(SHOWN_AGAIN_AT) instanceof String path ? Optional.of(path) : Optional.empty();
	}

}
