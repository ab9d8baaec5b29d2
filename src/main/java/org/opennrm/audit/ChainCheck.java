package org.opennrm.audit;

import java.time.Instant;

/**
 * A check of the audit chain run in the background on this server, as far as it has gone: a screen or a client asks
 * for it and reads its progress, so that no request waits for the whole trail to be read (behind a reverse proxy that
 * gives up after 60 s, a synchronous check failed from about 14 million entries).
 *
 * @param startedAt when it started
 * @param total     the newest entry's number when it started: about how many entries it has to read
 * @param checked   how many it has read so far
 * @param result    the outcome, null while it runs
 * @param failed    whether it stopped on an error (a lost database connection), without an outcome
 */
public record ChainCheck(Instant startedAt, long total, long checked, ChainVerification result, boolean failed) {

	public boolean running() {
		return result == null && !failed;
	}

	/** How far it has gone, 0 to 100. */
	public int percent() {
		if (!running()) {
			return 100;
		}
		return total <= 0 ? 0 : (int) Math.min(99, checked * 100 / total);
	}

}
