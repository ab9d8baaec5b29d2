package org.opennrm.audit.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import org.opennrm.audit.ChainCheck;
import org.opennrm.audit.ChainVerification;

/**
 * Runs the chain check asked for from the screen or the API in a thread of its own, one at a time on this server,
 * and keeps the last one's progress and outcome (until the server stops). Asked again while one runs, it gives that
 * one: two auditors pressing the button share a check.
 */
@Component
public class ChainCheckRunner {

	private static final Logger log = LoggerFactory.getLogger(ChainCheckRunner.class);

	private final AuditChainVerifier verifier;
	private final AuditEntries entries;
	private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "audit-chain-check");
		thread.setDaemon(true);
		return thread;
	});

	private Run last;

	ChainCheckRunner(AuditChainVerifier verifier, AuditEntries entries) {
		this.verifier = verifier;
		this.entries = entries;
	}

	/** Starts a check, or gives the one running. */
	public synchronized ChainCheck start() {
		if (last != null && last.view().running()) {
			return last.view();
		}
		Run run = new Run(Instant.now(), entries.newestSeq());
		last = run;
		executor.execute(() -> {
			try {
				run.result = verifier.verify(run.checked::set);
				if (!run.result.intact()) {
					log.error("Audit chain broken at entry {}: {}", run.result.brokenAt(), run.result.reason());
				}
			}
			catch (RuntimeException | Error ex) {
				// marked, so that the next "Check now" starts a check rather than joining one that will never end
				log.error("Audit chain check stopped", ex);
				run.failed = true;
				if (ex instanceof Error error) {
					throw error;
				}
			}
		});
		return run.view();
	}

	/** The check running, or the last one run on this server since it started. */
	public synchronized Optional<ChainCheck> last() {
		return Optional.ofNullable(last).map(Run::view);
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}

	private static final class Run {

		final Instant startedAt;
		final long total;
		final AtomicLong checked = new AtomicLong();
		volatile ChainVerification result;
		volatile boolean failed;

		Run(Instant startedAt, long total) {
			this.startedAt = startedAt;
			this.total = total;
		}

		ChainCheck view() {
			ChainVerification done = result;
			return new ChainCheck(startedAt, total, done != null ? done.entriesChecked() : checked.get(), done, failed);
		}

	}

}
