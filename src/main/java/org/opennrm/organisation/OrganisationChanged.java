package org.opennrm.organisation;

import java.util.List;
import java.util.UUID;

import org.opennrm.shared.AuditableEvent;

/**
 * An organisation was changed: edited ({@code ORGANISATION_CHANGED}, with the names of the fields whose values
 * changed, never the values), activated or deactivated (its accounts may sign in again, or no longer). An edit that
 * switches the organisation on or off as well is two events: the edit of the other fields, and the switch.
 *
 * @param fields the form's names of the changed fields ({@code name}, {@code provinceCode}…), for an edit
 */
public record OrganisationChanged(UUID organisationId, String name, Change change, List<String> fields)
		implements AuditableEvent {

	public enum Change {
		EDITED("ORGANISATION_CHANGED"), ACTIVATED("ORGANISATION_ACTIVATED"), DEACTIVATED("ORGANISATION_DEACTIVATED");

		private final String action;

		Change(String action) {
			this.action = action;
		}

	}

	public OrganisationChanged {
		fields = List.copyOf(fields);
	}

	static OrganisationChanged edited(Organisation organisation, List<String> fields) {
		return new OrganisationChanged(organisation.id(), organisation.name(), Change.EDITED, fields);
	}

	static OrganisationChanged switched(Organisation organisation) {
		return new OrganisationChanged(organisation.id(), organisation.name(),
				organisation.active() ? Change.ACTIVATED : Change.DEACTIVATED, List.of());
	}

	@Override
	public String action() {
		return change.action;
	}

	@Override
	public String entityType() {
		return "organisation";
	}

	@Override
	public String entityId() {
		return organisationId.toString();
	}

	/** For an edit, which fields changed: {@code fields changed: name, phone} ({@code none} for a save of the same). */
	@Override
	public String purpose() {
		return change == Change.EDITED ? "fields changed: " + (fields.isEmpty() ? "none" : String.join(", ", fields))
				: null;
	}

}
