package org.opennrm.audit;

import java.time.Instant;

/**
 * The result of walking the audit chain.
 *
 * @param entriesChecked how many entries were read
 * @param brokenAt the sequence number of the first entry that does not fit the chain, or null when intact
 * @param reason why it does not fit: {@code ALTERED} (its fields or hash were changed), {@code LINK} (the entry
 *     before it was removed, replaced or reordered), {@code TRUNCATED} (the entry, the newest at the last intact
 *     check, is gone with all after it), {@code SUPERSEDED} (it is under an index key an earlier entry said was replaced
 *     for good); or {@code KEY}: it is under an index key not configured here, and the check could not go past it
 * @param newestSeq the newest entry read, null when the trail is empty
 * @param newestHash its hash in hexadecimal: kept outside the database (a log, a printout), it shows a later cut
 * @param missingIndexKey with the reason {@code KEY}, the id of the index key the entry is under, which is not
 *     configured here; null otherwise
 */
public record ChainVerification(long entriesChecked, Long brokenAt, String reason, Instant checkedAt, Long newestSeq,
		String newestHash, String missingIndexKey) {

	public ChainVerification(long entriesChecked, Long brokenAt, String reason, Instant checkedAt, Long newestSeq,
			String newestHash) {
		this(entriesChecked, brokenAt, reason, checkedAt, newestSeq, newestHash, null);
	}

	public boolean intact() {
		return brokenAt == null;
	}

}
