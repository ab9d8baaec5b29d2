package org.opennrm.matching;

import java.util.UUID;

import org.opennrm.shared.AuditableEvent;

/** A person's compared fields were written to the matching index. */
public record PersonIndexed(UUID personId) implements AuditableEvent {

	@Override
	public String action() {
		return "MATCHING_INDEX_WRITTEN";
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
