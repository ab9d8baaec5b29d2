package org.opennrm.encryption;

import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a batch of {@code reencrypt} in a transaction of its own, and again, a moment later, while another transaction
 * holds one of its rows ({@link RowsBeingWritten}): a person's request holds a row for milliseconds.
 */
final class HeldRowsRetry {

	private final TransactionTemplate transactions;

	HeldRowsRetry(TransactionTemplate transactions) {
		this.transactions = transactions;
	}

	/** The batch's answer, once it could lock its rows. */
	<T> @Nullable T execute(TransactionCallback<T> batch) {
		for (int attempt = 1;; attempt++) {
			try {
				return transactions.execute(batch);
			}
			catch (RowsBeingWritten held) {
				pause(attempt);
			}
		}
	}

	/** A moment for the writer of a batch's row to finish: longer at each attempt, a second at most. */
	private static void pause(int attempt) {
		try {
			Thread.sleep(Math.min(1000L, 20L * attempt));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while a batch's rows were being written", ex);
		}
	}

}
