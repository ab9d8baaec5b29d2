package org.opennrm.identity;

import java.util.UUID;

import org.opennrm.shared.AuditableEvent;

public record LoginSucceeded(UUID userId) implements AuditableEvent {

	@Override
	public String action() {
		return "LOGIN";
	}

	@Override
	public String entityType() {
		return "user";
	}

	@Override
	public String entityId() {
		return userId.toString();
	}

}
