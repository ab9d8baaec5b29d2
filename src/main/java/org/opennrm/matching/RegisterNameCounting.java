package org.opennrm.matching;

import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.opennrm.identity.Role;
import org.opennrm.identity.SystemActor;

/**
 * Keeps this node's name counts ({@link RegisterNameCounts}) close to the index: counts soon after start, then again
 * when the index has grown or shrunk by {@value #CHANGE_PERCENT} % since the last count, or a day has passed (names
 * of people changed in place). Every node counts for itself: the counts live in its memory only.
 */
@Component
@Profile("!command")
class RegisterNameCounting {

	/** How the audit trail names the count ({@code system:matching-name-count}). */
	static final String JOB = "matching-name-count";

	/** Change in the number of people, in percent, that calls for a new count. */
	static final int CHANGE_PERCENT = 5;

	private static final long DAY_NANOS = 24L * 3600 * 1_000_000_000L;

	private final RegisterNameCounts counts;
	private final PersonIndex index;

	RegisterNameCounting(RegisterNameCounts counts, PersonIndex index) {
		this.counts = counts;
		this.index = index;
	}

	@Scheduled(initialDelayString = "${opennrm.matching.name-count-delay:PT10S}",
			fixedDelayString = "${opennrm.matching.name-count-interval:PT10M}")
	void countWhenDue() {
		if (due(counts.countedPeople(), index.size(), System.nanoTime() - counts.countedAt())) {
			SystemActor.run(JOB, Role.INDEX_UPKEEP, counts::recount);
		}
	}

	/**
	 * Whether to count again, {@code counted} people having been counted ({@code -1}: never) {@code sinceNanos} ago,
	 * the index holding {@code people} now.
	 */
	static boolean due(long counted, long people, long sinceNanos) {
		return counted < 0 || Math.abs(people - counted) * 100 >= CHANGE_PERCENT * Math.max(counted, 1)
				|| sinceNanos > DAY_NANOS;
	}

}
