package org.opennrm.shared;

import java.util.List;

/**
 * Many {@link AuditableEvent}s of one operation (a batch loaded at once), published together: the audit module
 * records each as its own entry, in order, taking the chain's lock once for all of them.
 */
public record AuditableBatch(List<AuditableEvent> events) {

	public AuditableBatch {
		events = List.copyOf(events);
	}

}
