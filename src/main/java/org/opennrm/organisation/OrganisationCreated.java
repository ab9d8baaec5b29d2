package org.opennrm.organisation;

import java.util.UUID;

import org.opennrm.shared.AuditableEvent;

public record OrganisationCreated(UUID organisationId, String name) implements AuditableEvent {

	@Override
	public String action() {
		return "ORGANISATION_CREATED";
	}

	@Override
	public String entityType() {
		return "organisation";
	}

	@Override
	public String entityId() {
		return organisationId.toString();
	}

}
