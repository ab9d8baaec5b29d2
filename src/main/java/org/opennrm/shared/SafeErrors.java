package org.opennrm.shared;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.transaction.TransactionSystemException;

/**
 * Describes an exception for the log without its messages, which can quote personal data (a database
 * error repeats the duplicate value; a parse error repeats the input). Keeps the cause chain's classes and
 * the frames of OpenNRM's own code, enough to find the fault, and the messages of {@link UnreadableData}, which
 * are written to name where the data is and nothing of it.
 */
public final class SafeErrors {

	private SafeErrors() {
	}

	public static String describe(Throwable error) {
		StringBuilder out = new StringBuilder(chain(error));
		// a rollback that failed after the transaction's work did is thrown with that failure beside it, not as its
		// cause: the failure that ended the work is the one to find (Spring's own line for it is not logged)
		Causes.chain(error).stream().filter(TransactionSystemException.class::isInstance)
			.map(rollback -> ((TransactionSystemException) rollback).getApplicationException())
			.filter(Objects::nonNull).findFirst()
			.ifPresent(work -> out.append(" (after the transaction's own failure: ").append(chain(work)).append(')'));
		return out.toString();
	}

	private static String chain(Throwable error) {
		StringBuilder out = new StringBuilder();
		for (Throwable t : Causes.chain(error)) {
			if (out.length() > 0) {
				out.append(" <- caused by ");
			}
			out.append(t.getClass().getName());
			if (t instanceof UnreadableData) {
				// written to name a key id, a field and a row, never a value
				out.append(": ").append(t.getMessage());
			}
			String frames = Arrays.stream(t.getStackTrace())
				.filter(f -> f.getClassName().startsWith("org.opennrm."))
				.limit(5)
				.map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName() + ":"
						+ f.getLineNumber())
				.collect(Collectors.joining(", "));
			if (!frames.isEmpty()) {
				out.append(" [").append(frames).append(']');
			}
		}
		return out.toString();
	}

}
