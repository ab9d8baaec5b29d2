package org.opennrm.audit.internal;

import java.security.MessageDigest;
import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.opennrm.audit.ChainVerification;

/** Walks the chain from its first entry and names the first one that does not fit. */
@Component
public class AuditChainVerifier {

	private final AuditEntries entries;
	private final AuditChain chain;

	AuditChainVerifier(AuditEntries entries, AuditChain chain) {
		this.entries = entries;
		this.chain = chain;
	}

	@Transactional(readOnly = true)
	public ChainVerification verify() {
		var state = new Object() {
			byte[] previous = AuditChain.GENESIS;
			long checked;
			Long brokenAt;
			String reason;
		};
		entries.walk(entry -> {
			if (state.brokenAt != null) {
				return;
			}
			state.checked++;
			if (!MessageDigest.isEqual(entry.prevHash(), state.previous)) {
				state.brokenAt = entry.seq();
				state.reason = "LINK";
			}
			else if (!MessageDigest.isEqual(entry.hash(), chain.hash(entry.prevHash(), entry.fields()))) {
				state.brokenAt = entry.seq();
				state.reason = "ALTERED";
			}
			state.previous = entry.hash();
		});
		return new ChainVerification(state.checked, state.brokenAt, state.reason, Instant.now());
	}

}
