package org.opennrm.encryption;

import java.time.Duration;
import java.util.List;

/**
 * {@code reencrypt} stopped: rows of a batch were held by another transaction (an open transaction left in a
 * {@code psql} session or another tool, a long transaction) for longer than it waits,
 * {@code opennrm.encryption.reencrypt.row-wait}. What was done before is kept; once that transaction has ended, the
 * command run again goes on where it stopped.
 */
public final class RowsHeldTooLong extends RuntimeException {

	private final String table;
	private final List<String> rowIds;
	private final Duration waited;

	RowsHeldTooLong(String table, List<String> rowIds, Duration waited) {
		super("rows of " + table + " held by another transaction for " + shown(waited));
		this.table = table;
		this.rowIds = List.copyOf(rowIds);
		this.waited = waited;
	}

	/** The table of the rows. */
	public String table() {
		return table;
	}

	/** The ids of the rows found held when it stopped (the first of them); none when they were let go at that moment. */
	public List<String> rowIds() {
		return rowIds;
	}

	/** How long it waited. */
	public Duration waited() {
		return waited;
	}

	/** A wait as a person reads it: {@code 7 s}, {@code 10 min}. */
	public static String shown(Duration wait) {
		return wait.toSeconds() < 120 ? wait.toSeconds() + " s" : wait.toMinutes() + " min";
	}

}
