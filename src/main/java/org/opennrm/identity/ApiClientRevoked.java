package org.opennrm.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.opennrm.shared.AuditableEvent;

/**
 * A client revoked: by whoever revoked it, or, {@code with} another, because that one issued it (directly or through
 * clients it issued) and was revoked.
 */
public record ApiClientRevoked(UUID clientId, @Nullable UUID with) implements AuditableEvent {

	@Override
	public String action() {
		return "API_CLIENT_REVOKED";
	}

	@Override
	public String entityType() {
		return "api_client";
	}

	@Override
	public String entityId() {
		return clientId.toString();
	}

	@Override
	public String purpose() {
		return with == null ? null : "issued by the revoked client " + with + ", directly or through clients it issued";
	}

}
