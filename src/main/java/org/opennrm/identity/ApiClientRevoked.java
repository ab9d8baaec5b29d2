package org.opennrm.identity;

import java.util.UUID;

import org.opennrm.shared.AuditableEvent;

public record ApiClientRevoked(UUID clientId) implements AuditableEvent {

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

}
