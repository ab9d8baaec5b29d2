package org.opennrm.identity;

import java.util.UUID;

import org.opennrm.shared.AuditableEvent;

/** A person signed out (a session that ends by itself, idle or too old, is not a sign-out). */
public record SignedOut(UUID userId) implements AuditableEvent {

	@Override
	public String action() {
		return "LOGOUT";
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
