package org.opennrm.encryption;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Values a module keyed with an index key ({@link BlindIndex}: blind indexes, matching keys), each row recording the
 * id of its key, which the module can key again under the active index key from what it stores encrypted. The module
 * declares them as a bean; {@code java -jar opennrm.jar reencrypt} counts them per index key and keys again those under
 * another key than the active one (docs/encryption.md, "Rotating the index key"), as it re-encrypts the
 * {@link EncryptedColumn}s.
 */
public interface IndexKeyedValues {

	/** How reports name them, e.g. {@code app_user.email_hash}. */
	String name();

	/** How many rows are keyed by each index key, by the key's id. */
	Map<String, Long> countByIndexKey();

	/**
	 * Keys again under the active index key up to {@code limit} rows keyed by another key, those after the row
	 * {@code after} (null: from the first) in an order of the module's choosing, in the caller's transaction, with the
	 * rows locked; each row keyed again is an entry in the audit trail, written in that transaction. Like a data key's
	 * batch, it waits for no lock while it holds one that the application's writers may wait for: it finds its rows
	 * without locking them, takes the audit trail's lock ({@code AuditChainLock}), then locks them without waiting
	 * ({@link RowsBeingWritten#lockingNowait}); a row being written fails the call with {@link RowsBeingWritten}, its
	 * transaction undone, and it is called again a moment later. A row whose value
	 * cannot be read (its data key is not configured, or it was altered), or, for a value that must be unique, whose
	 * value another row holds too, is left as it is and named in the answer; the module's log says which.
	 * Called by the system job {@code system:reencrypt} (role {@code KEY_ROTATION}).
	 */
	Batch rekey(int limit, @Nullable Object after);

	/**
	 * What one call did.
	 *
	 * @param rekeyed how many rows were keyed again
	 * @param leftIds the ids of the rows left as they were: their value could not be read, or another row holds it too
	 * @param last the last row looked at, to pass as {@code after} to the next call; null when none was left
	 */
	record Batch(int rekeyed, List<String> leftIds, @Nullable Object last) {
	}

}
