package org.opennrm.audit;

import java.time.Instant;

/**
 * The result of walking the audit chain.
 *
 * @param entriesChecked how many entries were read
 * @param brokenAt the sequence number of the first entry that does not fit the chain, or null when intact
 * @param reason why it does not fit: {@code ALTERED} (its fields or hash were changed) or {@code LINK} (the entry
 *     before it was removed, replaced or reordered)
 */
public record ChainVerification(long entriesChecked, Long brokenAt, String reason, Instant checkedAt) {

	public boolean intact() {
		return brokenAt == null;
	}

}
