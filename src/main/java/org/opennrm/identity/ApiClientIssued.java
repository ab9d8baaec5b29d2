package org.opennrm.identity;

import java.util.UUID;

import org.opennrm.shared.AuditableEvent;

public record ApiClientIssued(UUID clientId, Role role) implements AuditableEvent {

	@Override
	public String action() {
		return "API_CLIENT_ISSUED";
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
