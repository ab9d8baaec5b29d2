package org.opennrm.shared;

/**
 * An exception that says stored data cannot be read on this server (its encryption key is not configured here, or its
 * bytes were altered), and whose message is written to carry no personal data: the key's id and the value's field and
 * row, which the operator needs to find it. The log keeps that message ({@link SafeErrors}); the screens and the API
 * say so in the user's language, rather than "an unexpected error".
 */
public interface UnreadableData {

	/** Whether {@code failure}, or one of its causes, is such an exception. */
	static boolean in(Throwable failure) {
		return Causes.any(failure, UnreadableData.class);
	}

}
