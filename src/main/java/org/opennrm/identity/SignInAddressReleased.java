package org.opennrm.identity;

import org.opennrm.shared.AuditableEvent;

/**
 * An administrator let sign-ins from a refused client address through again ({@code opennrm.login.max-failures-per-address}).
 * The entry's actor is the administrator; its record is the address.
 */
public record SignInAddressReleased(String address) implements AuditableEvent {

	@Override
	public String action() {
		return "SIGN_IN_ADDRESS_RELEASED";
	}

	@Override
	public String entityType() {
		return "client_address";
	}

	@Override
	public String entityId() {
		return address;
	}

}
