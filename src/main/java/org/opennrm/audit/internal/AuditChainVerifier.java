package org.opennrm.audit.internal;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;

import javax.crypto.Mac;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.opennrm.audit.ChainVerification;
import org.opennrm.audit.LastIntactCheck;

/**
 * Walks the chain from its first entry and names the first one that does not fit, then checks that the newest entry
 * of the last intact check ({@link AuditAnchor}) is still there, and anchors the trail's newest entry in its place.
 */
@Component
public class AuditChainVerifier {

	private final AuditEntries entries;
	private final AuditChain chain;
	private final AuditAnchor anchor;

	AuditChainVerifier(AuditEntries entries, AuditChain chain, AuditAnchor anchor) {
		this.entries = entries;
		this.chain = chain;
		this.anchor = anchor;
	}

	/** The last check that found the trail intact, as the anchor records it; empty before the first (or unreadable). */
	public Optional<LastIntactCheck> lastIntactCheck() {
		return anchor.read()
			.map(a -> new LastIntactCheck(a.checkedAt(), a.seq(), HexFormat.of().formatHex(a.hash())));
	}

	@Transactional(readOnly = true)
	public ChainVerification verify() {
		return verify(checked -> {
		});
	}

	/** The action of the entry that says an index key was replaced for good (the encryption module's KeyChanged). */
	static final String SUPERSEDED = "ENCRYPTION_KEY_SUPERSEDED";

	/** Every this many entries read, the check tells how far it has gone. */
	static final int PROGRESS_EVERY = 10_000;

	/** The same, telling {@code progress} how many entries it has read, every {@value #PROGRESS_EVERY}. */
	@Transactional(readOnly = true)
	public ChainVerification verify(LongConsumer progress) {
		AuditAnchor.Anchor anchored = anchor.read().orElse(null);
		var state = new Object() {
			byte[] previous = AuditChain.GENESIS;
			long checked;
			long newest;
			boolean anchorSeen;
			/** Index keys an intact entry said were replaced for good: no later entry may be keyed by them. */
			final Set<String> superseded = new HashSet<>();
			Long brokenAt;
			String reason;
			String missingKey;
			/** One MAC per index key for the whole walk, which runs in one thread. */
			final Map<String, Mac> macs = new HashMap<>();
		};
		entries.walk(entry -> {
			if (state.brokenAt != null) {
				return;
			}
			state.checked++;
			if (state.checked % PROGRESS_EVERY == 0) {
				progress.accept(state.checked);
			}
			state.newest = entry.seq();
			if (anchored != null && entry.seq() == anchored.seq()) {
				state.anchorSeen = true;
				if (!MessageDigest.isEqual(entry.hash(), anchored.hash())) {
					// rewritten with valid hashes: only someone holding the key and the database could
					state.brokenAt = entry.seq();
					state.reason = "ALTERED";
					return;
				}
			}
			if (!MessageDigest.isEqual(entry.prevHash(), state.previous)) {
				state.brokenAt = entry.seq();
				state.reason = "LINK";
			}
			else if (state.superseded.contains(entry.indexKey())) {
				// written with a key given up before it: by a node left on the old key, or by whoever holds that key
				state.brokenAt = entry.seq();
				state.reason = "SUPERSEDED";
			}
			else if (!chain.hasKey(entry.indexKey())) {
				// keyed by an index key not configured here: it cannot be told from a forged one
				state.brokenAt = entry.seq();
				state.reason = "KEY";
				state.missingKey = entry.indexKey();
			}
			else if (!MessageDigest.isEqual(entry.hash(), AuditChain.hash(state.macs.computeIfAbsent(entry.indexKey(),
					chain::macFor), entry.prevHash(), entry.fields()))) {
				state.brokenAt = entry.seq();
				state.reason = "ALTERED";
			}
			else if (SUPERSEDED.equals(entry.fields().action()) && "encryption_key".equals(entry.fields().entityType())
					&& entry.fields().entityId() != null && entry.fields().entityId().startsWith("index:")) {
				state.superseded.add(entry.fields().entityId().substring("index:".length()));
			}
			state.previous = entry.hash();
		});
		Instant now = Instant.now();
		if (state.brokenAt == null && anchored != null && !state.anchorSeen) {
			state.brokenAt = anchored.seq();
			state.reason = "TRUNCATED";
		}
		boolean anchorable = state.brokenAt == null && state.checked > 0;
		if (anchorable) {
			anchor.write(new AuditAnchor.Anchor(state.newest, state.previous, now));
		}
		return new ChainVerification(state.checked, state.brokenAt, state.reason, now, anchorable ? state.newest : null,
				anchorable ? HexFormat.of().formatHex(state.previous) : null, state.missingKey);
	}

}
