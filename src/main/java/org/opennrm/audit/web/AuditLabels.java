package org.opennrm.audit.web;

import java.util.List;

/**
 * The kinds of record the modules' audited events name, offered by the screen's filter: each has its label in the
 * audit bundles ({@code audit.entityType.<type>}), as each action has ({@code audit.action.<ACTION>}).
 * {@code AuditLabelsTests} fails when a module's event names one that is not here or has no label.
 */
final class AuditLabels {

	static final List<String> ENTITY_TYPES = List.of("api_client", "audit_entry", "client_address", "encryption_key",
			"organisation", "person", "request", "user");

	private AuditLabels() {
	}

}
