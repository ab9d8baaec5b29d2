package org.opennrm.audit;

import java.time.Instant;

/**
 * The last check that found the audit trail intact, as this server's anchor file records it.
 *
 * @param checkedAt  when it ran
 * @param newestSeq  the newest entry it checked
 * @param newestHash that entry's hash, in hexadecimal
 */
public record LastIntactCheck(Instant checkedAt, long newestSeq, String newestHash) {
}
