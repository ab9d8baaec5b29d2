package org.opennrm.encryption;

import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.opennrm.shared.Causes;

/**
 * A batch of {@code reencrypt} could not lock its rows without waiting: another transaction was writing one of them
 * (or held a lock beside them that the batch takes without waiting). Its transaction is undone, so that the writer goes
 * on, and {@link KeyRotation} tries the batch again a moment later; for a row held for long, it says so in the log and
 * in the end stops ({@link RowsHeldTooLong}).
 * <p>
 * A batch waits only for the audit trail's lock ({@code AuditChainLock}), holding nothing: found without locking them,
 * its rows are locked after it, {@link #lockingNowait}, so that it is in no circle of waits with a writer that takes the
 * two in either order (docs/encryption.md, "Beside the running nodes").
 */
public final class RowsBeingWritten extends RuntimeException {

	/** PostgreSQL's {@code lock_not_available}: a row locked {@code nowait} was being written by another transaction. */
	private static final String LOCK_NOT_AVAILABLE = "55P03";

	private final String table;
	private final String idColumn;
	private final List<?> ids;

	/**
	 * @param table    the table of the batch's rows
	 * @param idColumn their id column
	 * @param ids      the batch's rows' ids, one or more of which another transaction holds
	 */
	public RowsBeingWritten(String table, String idColumn, List<?> ids, @Nullable Throwable cause) {
		super("rows of " + table + " being written by another transaction", cause);
		this.table = table;
		this.idColumn = idColumn;
		this.ids = List.copyOf(ids);
	}

	/**
	 * Runs {@code select}, which locks the rows {@code ids} of {@code table} {@code nowait}, in the caller's transaction;
	 * a row being written by another transaction fails it as this exception.
	 */
	public static <T> T lockingNowait(String table, String idColumn, List<?> ids, Supplier<T> select) {
		try {
			return select.get();
		}
		catch (RuntimeException ex) {
			if (Causes.chain(ex).stream()
				.anyMatch(cause -> cause instanceof SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState()))) {
				throw new RowsBeingWritten(table, idColumn, ids, ex);
			}
			throw ex;
		}
	}

	public String table() {
		return table;
	}

	String idColumn() {
		return idColumn;
	}

	List<?> ids() {
		return ids;
	}

}
