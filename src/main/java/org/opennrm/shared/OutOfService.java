package org.opennrm.shared;

import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.security.PermitAll;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Whether this node found itself unfit to serve until an operator restarts it (its active index key replaced for good,
 * docs/encryption.md): from then on its readiness refuses traffic, so that a load balancer sends its users to the other
 * nodes, and every request but for health and static files is answered 503, "out of service", in the person's
 * language. Never undone but by a restart: what made it unfit is in its configuration.
 */
@Component
@PermitAll // the node's own state, declared by its modules' checks; no user's data
public class OutOfService {

	private static final Logger log = LoggerFactory.getLogger(OutOfService.class);

	private final ApplicationEventPublisher events;
	private final AtomicBoolean declared = new AtomicBoolean();

	OutOfService(ApplicationEventPublisher events, MeterRegistry registry) {
		this.events = events;
		Gauge.builder("opennrm.out.of.service", declared, state -> state.get() ? 1 : 0)
			.description("1 once this server is out of service until restarted (its log says why), else 0")
			.register(registry);
	}

	/** Takes this node out of service, saying once in the log {@code why} and what the operator is to do. */
	public void declare(String why) {
		if (declared.compareAndSet(false, true)) {
			log.error("This server is out of service until restarted: its readiness refuses traffic and it answers 503"
					+ " to every request. {}", why);
			AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
		}
	}

	public boolean declared() {
		return declared.get();
	}

	/** What a request to a node out of service is refused with. */
	public static class Refused extends IllegalStateException implements TemporarilyUnavailable {

		private static final long serialVersionUID = 1L;

		public Refused() {
			this("This server is out of service until restarted");
		}

		/** Refused, saying why. */
		protected Refused(String message) {
			super(message);
		}

		@Override
		public final Why reason() {
			return Why.OUT_OF_SERVICE;
		}

	}

}
