package org.opennrm.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One entry of the audit trail, as the auditor's screens and API show it; {@code indexKey} is the id of the index key
 * its hash in the chain is under (docs/encryption.md, "Rotating the index key").
 *
 * @param askedFields what a search asked: the fields it gave, by their codes ({@code names}, {@code birthDate},
 *     {@code birthYear}, {@code sex}, {@code citizenship}), never their values; null for an entry that is no search
 * @param askedNames the keyed digest of a search's names, 8 hexadecimal digits, under the index key {@code indexKey}:
 *     the same for the searches of one name however it was written (docs/audit.md, "What a search asked"); null
 *     otherwise
 */
public record AuditEntry(long seq, Instant occurredAt, UUID actorId, String actorName, String actorKind,
		UUID actorOrganisationId, String actorRole, String action, String entityType, String entityId, String outcome,
		String purpose, String remoteAddress, String request, String indexKey, List<String> askedFields,
		String askedNames) {
}
