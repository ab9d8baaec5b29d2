package org.opennrm.audit;

import java.time.Instant;

/**
 * What the auditor looks for; null means any.
 *
 * @param actor part of the actor's name (a user name, an API client's, a job's) or of an account's full name
 * @param before only entries older than this sequence number (the next page)
 */
public record AuditFilter(Instant from, Instant to, String actor, String action, String entityType, String entityId,
		String outcome, Long before) {

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null, null, null, null);
	}

}
