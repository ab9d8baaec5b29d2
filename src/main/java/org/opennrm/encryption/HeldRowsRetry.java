package org.opennrm.encryption;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a batch of {@code reencrypt} in a transaction of its own, and again, a moment later, while another transaction
 * holds one of its rows ({@link RowsBeingWritten}): a person's request holds a row for milliseconds. A row held for
 * longer is an open transaction (a {@code psql} session or another tool left without commit or rollback, a long
 * transaction): after {@link #FIRST_WARNING} the log says, as a WARN, which rows of which table the batch waits for,
 * and again every {@link #WARNING_EVERY}; after {@code limit} the run stops ({@link RowsHeldTooLong}), to be run again
 * once that transaction has ended. The log names tables and rows' ids only.
 */
final class HeldRowsRetry {

	private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);

	static final Duration FIRST_WARNING = Duration.ofSeconds(5);

	static final Duration WARNING_EVERY = Duration.ofMinutes(1);

	/** Row ids named in the log and in the end, at most. */
	private static final int IDS_NAMED = 20;

	private final TransactionTemplate transactions;
	private final JdbcClient jdbc;
	private final Duration limit;

	HeldRowsRetry(TransactionTemplate transactions, JdbcClient jdbc, Duration limit) {
		if (limit.isNegative() || limit.isZero()) {
			throw new IllegalArgumentException("opennrm.encryption.reencrypt.row-wait must be more than zero: " + limit);
		}
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.limit = limit;
	}

	/** The batch's answer, once it could lock its rows. */
	<T> @Nullable T execute(TransactionCallback<T> batch) {
		long since = 0;
		long nextWarning = 0;
		for (int attempt = 1;; attempt++) {
			try {
				return transactions.execute(batch);
			}
			catch (RowsBeingWritten held) {
				long now = System.nanoTime();
				if (attempt == 1) {
					since = now;
					nextWarning = now + FIRST_WARNING.toNanos();
				}
				Duration waited = Duration.ofNanos(now - since);
				if (waited.compareTo(limit) >= 0) {
					throw new RowsHeldTooLong(held.table(), heldNow(held), waited);
				}
				if (now - nextWarning >= 0) {
					warn(held, waited);
					nextWarning = now + WARNING_EVERY.toNanos();
				}
				pause(attempt);
			}
		}
	}

	private void warn(RowsBeingWritten held, Duration waited) {
		List<String> ids = heldNow(held);
		String rows = ids.isEmpty() ? "rows of " + held.table() + " (among those with " + held.idColumn() + " "
				+ held.ids().get(0) + " to " + held.ids().get(held.ids().size() - 1) + ")"
				: (ids.size() == 1 ? "a row" : ids.size() + " rows") + " of " + held.table() + " (" + held.idColumn() + " "
						+ String.join(", ", ids) + (ids.size() == IDS_NAMED ? ", …" : "") + ")";
		log.warn("reencrypt has waited {} s for {}: another transaction has written or locked {} and has not ended (an"
				+ " open transaction, e.g. a psql session or another tool left without commit or rollback). The batch is"
				+ " tried again every second; end that transaction to let it go on. After {} of waiting the command stops"
				+ " (opennrm.encryption.reencrypt.row-wait), and can be run again: it goes on where it stopped.",
				waited.toSeconds(), rows, ids.size() == 1 ? "it" : "them", RowsHeldTooLong.shown(limit));
	}

	/**
	 * The batch's rows that another transaction holds now, by their ids (at most {@link #IDS_NAMED}): those it could not
	 * lock, in a transaction undone at once, that waits for nothing.
	 */
	private List<String> heldNow(RowsBeingWritten held) {
		List<String> ids = transactions.execute(status -> {
			status.setRollbackOnly();
			String id = held.idColumn();
			String rows = "select " + id + " from " + held.table() + " where " + id + " in (:ids) order by " + id;
			List<String> all = new ArrayList<>(jdbc.sql(rows).param("ids", held.ids())
				.query((rs, i) -> rs.getObject(1).toString()).list());
			all.removeAll(jdbc.sql(rows + " for share skip locked").param("ids", held.ids())
				.query((rs, i) -> rs.getObject(1).toString()).list());
			return all;
		});
		return ids == null ? List.of() : ids.stream().limit(IDS_NAMED).toList();
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
