package org.opennrm.shared;

/**
 * An exception that says the service is too busy for the request just now, not that anything is wrong with it: the
 * screens and the API answer 503 with "try again in a few seconds", rather than an unexpected error.
 */
public interface TemporarilyUnavailable {

	/** Whether {@code failure}, or one of its causes, is such an exception. */
	static boolean in(Throwable failure) {
		return Causes.any(failure, TemporarilyUnavailable.class);
	}

}
