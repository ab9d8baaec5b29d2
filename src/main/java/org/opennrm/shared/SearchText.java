package org.opennrm.shared;

/**
 * What a list's search box takes, on the screens and in the API's filters of the same: text a person could have typed
 * ({@link PlainText}) of at most {@value #MAX_LENGTH} characters, as many as the box's {@code maxlength} lets a person
 * type. That is the longest of what a search looks for: an organisation's name and a person's full name, which their
 * forms take up to 200 characters (a user name 64, an API client's name 100, a record id 36, the digest of the names a
 * search asked 9); a longer text finds nothing. It also keeps a list's address within what the server reads (8 KB with
 * the request's headers), where each Turkish letter takes six characters (ş is {@code %C5%9F}): a text typed or pasted
 * into the box without a limit made an address the server could not read.
 */
public final class SearchText {

	public static final int MAX_LENGTH = 200;

	private SearchText() {
	}

	/** Refuses a filter's text that no person could have typed, or that is longer than a search box takes. */
	public static void require(String parameter, String value) {
		InvalidParameter.requirePlainText(parameter, value);
		if (value != null && value.length() > MAX_LENGTH) {
			throw new InvalidParameter(parameter, "error.parameter.searchText", MAX_LENGTH);
		}
	}

}
