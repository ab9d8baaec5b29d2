package org.opennrm.shared;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit trail's lock: one transaction-scoped advisory lock, for every node, that orders the entries of the hash
 * chain. A transaction takes it as it writes its first entry and holds it until it ends, so that every other audited
 * transaction waits for it meanwhile. The audit module takes it for each entry; work that must choose when it waits for
 * it, before or after the rows it locks, takes it beforehand here ({@code KeyRotation}).
 */
public final class AuditChainLock {

	/** The lock's key (an arbitrary number, unlike any other lock of the application). */
	public static final long KEY = 7402951618331L;

	private AuditChainLock() {
	}

	/** Waits for the lock, and holds it until the caller's transaction ends. */
	public static void take(JdbcClient jdbc) {
		jdbc.sql("select pg_advisory_xact_lock(" + KEY + ")").query().listOfRows();
	}

}
