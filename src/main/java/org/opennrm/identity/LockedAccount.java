package org.opennrm.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * An account locked after too many wrong passwords, as the administrators' screen of sign-in locks shows it.
 *
 * @param lockedAt when the lock began; null for a lock set before OpenNRM noted it
 * @param failures the wrong passwords that locked it, and the sign-ins tried since while it is locked
 */
public record LockedAccount(UUID id, String username, String fullName, UUID organisationId, Instant lockedAt,
		Instant lockedUntil, int failures) {
}
