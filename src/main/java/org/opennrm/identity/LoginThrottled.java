package org.opennrm.identity;

import org.opennrm.shared.AuditableEvent;

/**
 * A sign-in refused without looking at the password, because its address has sent too many wrong ones lately. The
 * audit entry carries the address; the attempted user name is not recorded.
 */
public record LoginThrottled() implements AuditableEvent {

	@Override
	public String action() {
		return "LOGIN_REFUSED_ADDRESS_THROTTLED";
	}

	@Override
	public String entityType() {
		return "user";
	}

	@Override
	public String entityId() {
		return null;
	}

	@Override
	public String outcome() {
		return "FAILURE";
	}

}
