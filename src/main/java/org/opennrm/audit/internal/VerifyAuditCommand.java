package org.opennrm.audit.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import org.opennrm.audit.ChainVerification;
import org.opennrm.shared.AdminCommand;

/** {@code java -jar opennrm.jar verify-audit}: exit code 0 when the chain is intact, 1 when it is broken. */
@Component
class VerifyAuditCommand implements AdminCommand {

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
		ChainVerification result = verifier.verify();
		if (result.intact()) {
			System.out.println("Audit trail intact: " + result.entriesChecked() + " entries checked"
					+ (result.newestSeq() == null ? "." : "; newest entry " + result.newestSeq() + ", hash " + result.newestHash() + "."));
			return 0;
		}
		System.out.println("Audit trail BROKEN at entry " + result.brokenAt() + " ("
				+ ("LINK".equals(result.reason()) ? "the entry before it was removed, replaced or reordered"
						: "TRUNCATED".equals(result.reason())
								? "it was the newest at the last intact check, and it and all after it are gone; if the database was"
										+ " restored from an older backup, remove the anchor file once that is explained"
								: "its contents were changed")
				+ "); " + result.entriesChecked() + " entries checked.");
		return 1;
	}

}
