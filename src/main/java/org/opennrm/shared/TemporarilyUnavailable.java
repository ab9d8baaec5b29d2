package org.opennrm.shared;

/**
 * An exception that says the service is too busy for the request just now, not that anything is wrong with it: the
 * screens and the API answer 503 with "try again in a few seconds", rather than an unexpected error.
 */
public interface TemporarilyUnavailable {

	/** Whether {@code failure}, or one of its causes, is such an exception. */
	static boolean in(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof TemporarilyUnavailable) {
				return true;
			}
		}
		return false;
	}

}
