package org.opennrm.shared;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks after the events that a module's listener handles once its publisher's transaction has committed (Spring
 * Modulith keeps each such delivery in {@code event_publication} until the listener has handled it). A listener that
 * fails leaves its delivery unfinished, and Modulith says so only at INFO, with the exception's message, which may hold
 * what the listener was working on: the application logs Modulith at WARN, so a failure would go unseen. Here, on one
 * node at a time (ShedLock), every {@code opennrm.events.upkeep-interval}:
 * <ul>
 * <li>a failed delivery is tried again {@code opennrm.events.retry-after} after its last try, up to
 * {@code opennrm.events.attempts} attempts in all (the listeners are written so that a second run does no harm);</li>
 * <li>deliveries still unfinished after that are reported at WARN, by listener and event type, with how many and since
 * when: names of code, never the event's content;</li>
 * <li>finished deliveries older than {@code opennrm.events.keep-completed} are deleted: nothing reads them again.</li>
 * </ul>
 */
@Component
@Profile("!command")
class EventPublicationsUpkeep {

	private static final Logger log = LoggerFactory.getLogger(EventPublicationsUpkeep.class);

	private final FailedEventPublications failed;
	private final CompletedEventPublications completed;
	private final JdbcClient jdbc;
	private final Duration retryAfter;
	private final int attempts;
	private final Duration keepCompleted;

	EventPublicationsUpkeep(FailedEventPublications failed, CompletedEventPublications completed, JdbcClient jdbc,
			@Value("${opennrm.events.retry-after:PT5M}") Duration retryAfter,
			@Value("${opennrm.events.attempts:3}") int attempts,
			@Value("${opennrm.events.keep-completed:P7D}") Duration keepCompleted) {
		if (attempts < 1) {
			throw new IllegalStateException("opennrm.events.attempts must be at least 1; it is " + attempts);
		}
		this.failed = failed;
		this.completed = completed;
		this.jdbc = jdbc;
		this.retryAfter = retryAfter;
		this.attempts = attempts;
		this.keepCompleted = keepCompleted;
	}

	@Scheduled(initialDelayString = "${opennrm.events.upkeep-delay:PT2M}",
			fixedDelayString = "${opennrm.events.upkeep-interval:PT5M}")
	@SchedulerLock(name = "event-publications-upkeep", lockAtMostFor = "PT10M")
	void upkeep() {
		Instant due = Instant.now().minus(retryAfter);
		// the age is also checked here: Modulith 2.1.1's query of failed publications ("status = 'FAILED' or (…) and
		// publication_date < ?") applies minAge to those without a status only. The filter applies to a batch read
		// oldest first, so deliveries past their attempts take places in it: a batch of 1,000, not Modulith's 100,
		// keeps room for new failures until the warning below has been seen to (spring-modulith#1764)
		failed.resubmit(ResubmissionOptions.defaults()
			.withBatchSize(1_000)
			.withMinAge(retryAfter)
			.withFilter(publication -> publication.getCompletionAttempts() < attempts
					&& lastTry(publication).isBefore(due)));
		reportUnfinished();
		completed.deletePublicationsOlderThan(keepCompleted);
	}

	private static Instant lastTry(EventPublication publication) {
		Instant resubmitted = publication.getLastResubmissionDate();
		return resubmitted != null ? resubmitted : publication.getPublicationDate();
	}

	private void reportUnfinished() {
		jdbc.sql("""
				select listener_id, event_type, count(*) as deliveries, min(publication_date) as since,
				       max(coalesce(completion_attempts, 0)) as attempts
				  from event_publication
				 where completion_date is null and publication_date < now() - make_interval(secs => :age)
				 group by listener_id, event_type
				 order by since""")
			.param("age", retryAfter.toSeconds())
			.query(Unfinished.class)
			.list()
			.forEach(unfinished -> log.warn("Events not handled: {} {} to {} since {}, after up to {} attempts of {}; "
					+ "they stay in event_publication and are delivered again when a node starts", unfinished.deliveries(),
					unfinished.eventType(), unfinished.listenerId(),
					unfinished.since().atZoneSameInstant(ZoneId.systemDefault()).toOffsetDateTime(), unfinished.attempts(),
					attempts));
	}

	/** The deliveries of one event type to one listener that have not been handled: names of code and counts. */
	record Unfinished(String listenerId, String eventType, long deliveries, OffsetDateTime since, int attempts) {
	}

}
