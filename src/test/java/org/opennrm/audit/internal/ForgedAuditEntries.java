package org.opennrm.audit.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** For tests: what someone holding an index key and the database could append to the audit trail. */
public final class ForgedAuditEntries {

	private ForgedAuditEntries() {
	}

	/** Appends an entry with a valid hash under the index key {@code keyId}, which the context must have configured. */
	public static void append(ApplicationContext application, String keyId, String action) {
		AuditChain chain = application.getBean(AuditChain.class);
		AuditEntries entries = application.getBean(AuditEntries.class);
		new TransactionTemplate(application.getBean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
			entries.lockChain();
			byte[] previous = entries.last().hash();
			var fields = new AuditChain.Fields(Instant.now(), null, "forger", "SYSTEM", null, null, action, null, null,
					"SUCCESS", null, null, null);
			entries.insertAll(List.of(new AuditEntries.Appended(fields, previous, chain.hash(keyId, previous, fields), keyId)));
		});
	}

}
