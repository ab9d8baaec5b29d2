package org.opennrm.audit;

import java.time.Instant;
import java.util.UUID;

/** One entry of the audit trail, as the auditor's screens and API show it. */
public record AuditEntry(long seq, Instant occurredAt, UUID actorId, String actorName, String actorKind,
		UUID actorOrganisationId, String actorRole, String action, String entityType, String entityId, String outcome,
		String purpose, String remoteAddress, String request) {
}
