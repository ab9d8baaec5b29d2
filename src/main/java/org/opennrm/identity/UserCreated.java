package org.opennrm.identity;

import java.util.UUID;

import org.opennrm.shared.AuditableEvent;

public record UserCreated(UUID userId, Role role) implements AuditableEvent {

	@Override
	public String action() {
		return "USER_CREATED";
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
