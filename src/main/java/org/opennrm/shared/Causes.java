package org.opennrm.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The cause chain of an exception, walked once for everyone who needs it. A chain can loop: an exception may be its
 * own cause, and two can be each other's ({@code a.initCause(b)} after {@code b} was made with {@code a}); each
 * exception is taken once, so no walk runs for ever on an error page or in the log.
 */
public final class Causes {

	private Causes() {
	}

	/** {@code failure} and its causes, outermost first, each once. */
	public static List<Throwable> chain(Throwable failure) {
		List<Throwable> chain = new ArrayList<>();
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
			chain.add(cause);
		}
		return chain;
	}

	/** Whether {@code failure}, or one of its causes, is of {@code type} (a class or an interface). */
	public static boolean any(Throwable failure, Class<?> type) {
		return chain(failure).stream().anyMatch(type::isInstance);
	}

}
