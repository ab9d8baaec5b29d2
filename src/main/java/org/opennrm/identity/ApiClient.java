package org.opennrm.identity;

import java.time.Instant;
import java.util.UUID;

/** A system-to-system client of the API. Its token is shown once, at creation; only a hash is kept. */
public record ApiClient(UUID id, String name, String tokenPrefix, Role role, Scope scope, UUID organisationId,
		boolean active, Instant expiresAt, Instant lastUsedAt) {
}
