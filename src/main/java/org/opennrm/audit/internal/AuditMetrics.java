package org.opennrm.audit.internal;

import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.opennrm.shared.AuditableBatch;
import org.opennrm.shared.AuditableEvent;

/**
 * The audit trail's entries counted by action and outcome, for monitoring ({@code /actuator/prometheus}:
 * {@code opennrm_audit_events_total{action="LOGIN_FAILED_ACCOUNT_LOCKED",outcome="FAILURE"}}): an operator can alert
 * on accounts being locked, sign-ins failing, access refused, clients issued, without reading the trail. Counted once
 * written: after the transaction that wrote the entries commits, or at once where there is none. Actions and outcomes
 * only, a few dozen of each: never an id or a name.
 */
@Component
class AuditMetrics {

	private final MeterRegistry registry;

	AuditMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@EventListener
	public void on(AuditableEvent event) {
		count(List.of(event));
	}

	@EventListener
	public void on(AuditableBatch batch) {
		count(batch.events());
	}

	private void count(List<AuditableEvent> events) {
		if (events.isEmpty()) {
			return;
		}
		// a plain listener with a synchronization, not a transactional one, whose events Spring Modulith would keep
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					increment(events);
				}

			});
		}
		else {
			increment(events);
		}
	}

	private void increment(List<AuditableEvent> events) {
		for (AuditableEvent event : events) {
			Counter.builder("opennrm.audit.events").description("Entries written to the audit trail, by action and outcome")
				.tag("action", event.action()).tag("outcome", event.outcome()).register(registry).increment();
		}
	}

}
