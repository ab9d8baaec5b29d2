package org.opennrm.shared;

/**
 * A signed-in person or an API client refused a screen, an API call or an action its role does not grant. The audit
 * entry carries who, with which role and organisation, and the request (method and address): a role reaching for
 * what it lacks is what an auditor looks for. A caller not signed in is refused without an entry (anyone can send
 * such requests), and so is a request refused for lacking its CSRF token (a page left open past its session).
 */
public record AccessRefused() implements AuditableEvent {

	@Override
	public String action() {
		return "ACCESS_REFUSED";
	}

	@Override
	public String entityType() {
		return "request";
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
