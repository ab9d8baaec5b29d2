package org.opennrm.audit.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.opennrm.audit.ChainVerification;
import org.opennrm.shared.Counted;

/** Checks the whole chain every night, on one node only. */
@Component
@Profile("!command")
class NightlyChainCheck {

	private static final Logger log = LoggerFactory.getLogger(NightlyChainCheck.class);

	private final AuditChainVerifier verifier;

	NightlyChainCheck(AuditChainVerifier verifier) {
		this.verifier = verifier;
	}

	@Scheduled(cron = "${opennrm.audit.verify-cron:0 30 2 * * *}")
	@SchedulerLock(name = "audit-chain-check", lockAtMostFor = "PT2H")
	void check() {
		ChainVerification result = verifier.verify();
		if (result.intact()) {
			// the newest entry and its hash, in a log kept elsewhere, show a later cut of the trail even without the anchor file
			log.info("Audit chain intact ({}; newest entry {}, hash {})", entries(result), result.newestSeq(),
					result.newestHash());
		}
		else if ("KEY".equals(result.reason())) {
			log.error("The audit chain cannot be checked from entry {} on: its hash is under the index key '{}', which is not"
					+ " configured on this server ({} read). Configure every index key the trail was written with"
					+ " (docs/encryption.md, \"Rotating the index key\").", result.brokenAt(), result.missingIndexKey(),
					entries(result));
		}
		else {
			log.error("AUDIT CHAIN BROKEN at entry {} ({}); {} checked. Investigate: the audit trail was"
					+ " tampered with{}.", result.brokenAt(), result.reason(), entries(result),
					"TRUNCATED".equals(result.reason()) ? " (its newest entries were cut off, or the database was restored from"
							+ " an older backup; once explained, remove the anchor file to anchor the trail anew)" : "");
		}
	}

	private static String entries(ChainVerification result) {
		return Counted.of(result.entriesChecked(), "entry", "entries");
	}

}
