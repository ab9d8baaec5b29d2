package org.opennrm.audit.internal;

import java.util.List;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

import org.opennrm.audit.ChainVerification;
import org.opennrm.shared.AdminCommand;
import org.opennrm.shared.Counted;
import org.opennrm.shared.SafeErrors;

/**
 * {@code java -jar opennrm.jar verify-audit}: exit code 0 when the chain is intact, 1 when it is broken, 2 when it
 * could not be checked (the database could not be read; {@code OpenNrmApplication} exits 2 too when the command could
 * not start), so that monitoring tells tampering from an outage.
 */
@Component
class VerifyAuditCommand implements AdminCommand {

	static final int INTACT = 0;

	static final int BROKEN = 1;

	static final int COULD_NOT_CHECK = 2;

	private final AuditChainVerifier verifier;

	VerifyAuditCommand(AuditChainVerifier verifier) {
		this.verifier = verifier;
	}

	@Override
	public String name() {
		return "verify-audit";
	}

	@Override
	public int run(List<String> args) {
		ChainVerification result;
		try {
			result = verifier.verify();
		}
		catch (DataAccessException | TransactionException unreadable) {
			// no connection (the transaction could not begin) or a read that failed
			System.out.println("The audit trail could not be checked: the database could not be read ("
					+ SafeErrors.describe(unreadable) + ").");
			return COULD_NOT_CHECK;
		}
		if (result.intact()) {
			System.out.println("Audit trail intact: " + Counted.of(result.entriesChecked(), "entry", "entries") + " checked"
					+ (result.newestSeq() == null ? "." : "; newest entry " + result.newestSeq() + ", hash " + result.newestHash() + "."));
			return INTACT;
		}
		if ("KEY".equals(result.reason())) {
			System.out.println("The audit trail could not be checked from entry " + result.brokenAt() + " on: its hash is under"
					+ " the index key '" + result.missingIndexKey() + "', which is not configured here; "
					+ Counted.of(result.entriesChecked(), "entry", "entries") + " read. Configure every"
					+ " index key the trail was written with (opennrm.encryption.index-key, opennrm.encryption.index.keys.<id>;"
					+ " docs/encryption.md, \"Rotating the index key\").");
			return COULD_NOT_CHECK;
		}
		System.out.println("Audit trail BROKEN at entry " + result.brokenAt() + " ("
				+ ("LINK".equals(result.reason()) ? "the entry before it was removed, replaced or reordered"
						: "SUPERSEDED".equals(result.reason())
								? "it is under an index key that an earlier entry says was replaced for good: written by a server"
										+ " still configured with the old key, or forged by someone who holds it"
						: "TRUNCATED".equals(result.reason())
								? "it was the newest at the last intact check, and it and all after it are gone; if the database was"
										+ " restored from an older backup, remove the anchor file once that is explained"
								: "its contents were changed")
				+ "); " + Counted.of(result.entriesChecked(), "entry", "entries") + " checked.");
		return BROKEN;
	}

}
