package org.opennrm.audit;

import java.time.Instant;

/**
 * What the auditor looks for; null means any.
 *
 * @param actor part of the actor's name (a user name, an API client's, a job's) or of an account's full name
 * @param before only entries older than this sequence number (the next page)
 * @param askedNames only the searches of the names with this digest ({@link AuditEntry#askedNames}), in lower case
 */
public record AuditFilter(Instant from, Instant to, String actor, String action, String entityType, String entityId,
		String outcome, Long before, String askedNames) {

	public AuditFilter(Instant from, Instant to, String actor, String action, String entityType, String entityId,
			String outcome, Long before) {
		this(from, to, actor, action, entityType, entityId, outcome, before, null);
	}

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null, null, null, null, null);
	}

}
