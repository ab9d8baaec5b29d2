package org.opennrm.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import org.opennrm.IntegrationTest;

/**
 * A listener that fails once its publisher has committed: its delivery is tried again, reported while it stays
 * unhandled, and finished deliveries are cleared once old.
 */
@IntegrationTest
@Import(EventPublicationsUpkeepTests.Listeners.class)
@ExtendWith(OutputCaptureExtension.class)
class EventPublicationsUpkeepTests {

	/** An event of the tests; its marker tells which listener it is for. */
	record Hiccup(String marker) {
	}

	/** Listeners of the tests' event, a bean of this test's application context. */
	static class Listeners {

		private final AtomicInteger onceCalls = new AtomicInteger();
		private final AtomicInteger alwaysCalls = new AtomicInteger();

		// read through methods: Spring Modulith proxies a bean with transactional listeners, whose fields are not the bean's
		int onceCalls() {
			return onceCalls.get();
		}

		int alwaysCalls() {
			return alwaysCalls.get();
		}

		/** Fails its first delivery of each event, handles the second. */
		@TransactionalEventListener
		void failsOnce(Hiccup event) {
			if (event.marker().startsWith("once") && onceCalls.incrementAndGet() == 1) {
				throw new IllegalStateException("the first delivery fails");
			}
		}

		/** Never handles an event. */
		@TransactionalEventListener
		void failsAlways(Hiccup event) {
			if (event.marker().startsWith("always")) {
				alwaysCalls.incrementAndGet();
				throw new IllegalStateException("every delivery fails");
			}
		}

	}

	@Autowired
	EventPublicationsUpkeep upkeep;

	@Autowired
	Listeners listeners;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFailedDeliveryIsTriedAgainOnceItIsOldEnough() {
		String marker = "once-" + UUID.randomUUID();
		transactions.executeWithoutResult(status -> events.publishEvent(new Hiccup(marker)));
		assertThat(listeners.onceCalls()).isEqualTo(1);
		assertThat(unfinished(marker, "failsOnce")).isOne();

		upkeep.upkeep(); // too young to try again
		assertThat(listeners.onceCalls()).isEqualTo(1);

		age(marker, 10);
		upkeep.upkeep();
		assertThat(listeners.onceCalls()).isEqualTo(2);
		assertThat(unfinished(marker, "failsOnce")).isZero();
	}

	@Test
	void aDeliveryStillFailingAfterItsAttemptsIsReportedByListenerAndEventTypeAndNotTriedAgain(CapturedOutput output) {
		String marker = "always-" + UUID.randomUUID();
		transactions.executeWithoutResult(status -> events.publishEvent(new Hiccup(marker)));
		for (int i = 0; i < 4; i++) {
			age(marker, 10);
			upkeep.upkeep();
		}
		assertThat(listeners.alwaysCalls()).isEqualTo(3); // the first delivery and two more: three attempts
		assertThat(unfinished(marker, "failsAlways")).isOne();
		assertThat(output.getOut()).containsPattern("WARN .* Events not handled: 1 " + Hiccup.class.getName().replace("$", "\\$")
				+ " to .*EventPublicationsUpkeepTests\\$Listeners\\.failsAlways.* after up to 3 attempts of 3")
			.doesNotContain(marker);
	}

	@Test
	void finishedDeliveriesAreClearedOnceOlderThanTheyAreKept() {
		String old = "finished-" + UUID.randomUUID();
		String recent = "finished-" + UUID.randomUUID();
		transactions.executeWithoutResult(status -> events.publishEvent(new Hiccup(old)));
		transactions.executeWithoutResult(status -> events.publishEvent(new Hiccup(recent)));
		jdbc.sql("update event_publication set completion_date = now() - interval '8 days', "
				+ "publication_date = now() - interval '8 days' where serialized_event like :m")
			.param("m", "%" + old + "%").update();
		upkeep.upkeep();
		assertThat(publications(old)).isZero();
		assertThat(publications(recent)).isEqualTo(2);
	}

	private void age(String marker, int minutes) {
		jdbc.sql("update event_publication set publication_date = publication_date - make_interval(mins => :m), "
				+ "last_resubmission_date = last_resubmission_date - make_interval(mins => :m) where serialized_event like :e")
			.param("m", minutes).param("e", "%" + marker + "%").update();
	}

	private long unfinished(String marker, String listener) {
		return jdbc.sql("select count(*) from event_publication where serialized_event like :e and listener_id like :l "
				+ "and completion_date is null")
			.param("e", "%" + marker + "%").param("l", "%" + listener + "%").query(Long.class).single();
	}

	private long publications(String marker) {
		return jdbc.sql("select count(*) from event_publication where serialized_event like :e")
			.param("e", "%" + marker + "%").query(Long.class).single();
	}


}
