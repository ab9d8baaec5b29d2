package org.opennrm.matching;

import java.util.UUID;

import org.opennrm.shared.AuditableEvent;

/** A person and their blocking keys were removed from the matching index. */
public record PersonRemovedFromIndex(UUID personId) implements AuditableEvent {

	@Override
	public String action() {
		return "MATCHING_INDEX_REMOVED";
	}

	@Override
	public String entityType() {
		return "person";
	}

	@Override
	public String entityId() {
		return personId.toString();
	}

}
