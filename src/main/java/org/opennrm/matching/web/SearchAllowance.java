package org.opennrm.matching.web;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many candidate searches one caller (an account or an API client) may make through the API in a minute, on this
 * node ({@code opennrm.matching.api.searches-per-minute}): a person registering people makes a few; a stolen token
 * making thousands, to learn who is registered by trying names and birth dates, is slowed to that pace and shows in the
 * log. A token bucket per caller: the whole allowance at once, then one search more every 60/n seconds.
 */
@Component
class SearchAllowance {

	private static final Logger log = LoggerFactory.getLogger(SearchAllowance.class);

	private static final long MINUTE_NANOS = Duration.ofMinutes(1).toNanos();

	private final int perMinute;
	private final Counter refusals;
	private final Map<UUID, Bucket> buckets = new ConcurrentHashMap<>();
	private final Map<UUID, Long> warnedAt = new ConcurrentHashMap<>();

	SearchAllowance(@Value("${opennrm.matching.api.searches-per-minute:120}") int perMinute, MeterRegistry registry) {
		if (perMinute < 1) {
			throw new IllegalArgumentException("opennrm.matching.api.searches-per-minute must be at least 1, not " + perMinute);
		}
		this.perMinute = perMinute;
		this.refusals = Counter.builder("opennrm.matching.searches.refused")
			.description("Candidate searches refused, their caller being over its allowance a minute").register(registry);
	}

	/**
	 * A search refused.
	 *
	 * @param retryAfterSeconds in how many seconds (at least 1) the caller has a search again
	 * @param firstThisMinute whether it is the caller's first refusal for a minute: the one logged and audited, where
	 *     the others of that minute are not, so that a caller sending thousands cannot flood the log or the trail
	 */
	record Refusal(long retryAfterSeconds, boolean firstThisMinute) {
	}

	/** Takes one search from the caller's allowance: empty if there was one left, else the refusal. */
	Optional<Refusal> take(UUID caller, String callerName) {
		ConsumptionProbe probe = buckets.computeIfAbsent(caller, id -> Bucket.builder()
			.addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1))).build())
			.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			return Optional.empty();
		}
		refusals.increment();
		boolean first = warnOncePerMinute(caller, callerName);
		return Optional.of(new Refusal(Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1),
				first));
	}

	/** Logs the caller's first refusal for a minute, and says whether this was it. */
	private boolean warnOncePerMinute(UUID caller, String callerName) {
		long now = System.nanoTime();
		Long last = warnedAt.get(caller);
		if ((last == null || now - last > MINUTE_NANOS)
				&& (last == null ? warnedAt.putIfAbsent(caller, now) == null : warnedAt.replace(caller, last, now))) {
			log.warn("Candidate searches refused to {} ({}): more than {} a minute, the allowance of one caller"
					+ " (opennrm.matching.api.searches-per-minute). A person at work makes far fewer: if this is not a"
					+ " known integration, look into who holds its credentials.", callerName, caller, perMinute);
			return true;
		}
		return false;
	}

}
