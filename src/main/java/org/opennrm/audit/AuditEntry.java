package org.opennrm.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the audit trail, as the auditor's screens and API show it; {@code indexKey} is the id of the index key
 * its hash in the chain is under (docs/encryption.md, "Rotating the index key").
 */
public record AuditEntry(long seq, Instant occurredAt, UUID actorId, String actorName, String actorKind,
		UUID actorOrganisationId, String actorRole, String action, String entityType, String entityId, String outcome,
		String purpose, String remoteAddress, String request, String indexKey) {
}
