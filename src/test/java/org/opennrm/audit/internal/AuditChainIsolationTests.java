package org.opennrm.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import org.opennrm.IntegrationTest;
import org.opennrm.shared.AuditableEvent;

/**
 * An entry written in a transaction whose snapshot is older than the chain's newest entry would link to an older one
 * and fork the chain (an operator's test found it: the name count, at repeatable read, with other audited work going
 * on). Such a transaction is refused; in read committed the entry links to the newest.
 */
@IntegrationTest
class AuditChainIsolationTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anEntryInATransactionAtRepeatableReadIsRefusedAndTheChainDoesNotFork() {
		TransactionTemplate repeatableRead = new TransactionTemplate(transactions);
		repeatableRead.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		long before = entries();

		assertThatThrownBy(() -> repeatableRead.executeWithoutResult(status -> {
			entries(); // the snapshot is taken here
			// another transaction writes an entry meanwhile
			CompletableFuture.runAsync(() -> new TransactionTemplate(transactions)
				.executeWithoutResult(other -> events.publishEvent(new Tested("AUDIT_ISOLATION_OTHER")))).join();
			events.publishEvent(new Tested("AUDIT_ISOLATION_SNAPSHOT"));
		})).isInstanceOf(IllegalStateException.class).hasMessageContaining("repeatable read");

		assertThat(entries()).as("the other transaction's entry only").isEqualTo(before + 1);
		new TransactionTemplate(transactions)
			.executeWithoutResult(status -> events.publishEvent(new Tested("AUDIT_ISOLATION_AFTER")));
		assertThat(jdbc.sql("""
				select count(*) from audit_entry e join audit_entry p on p.seq = (select max(seq) from audit_entry where seq < e.seq)
				where e.seq > (select max(seq) - 5 from audit_entry) and e.prev_hash <> p.hash""").query(Long.class).single())
			.as("each of the newest entries links to the one before it").isZero();
	}

	private long entries() {
		return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
	}

	private record Tested(String action) implements AuditableEvent {

		@Override
		public String entityType() {
			return "request";
		}

		@Override
		public String entityId() {
			return null;
		}
	}

}
