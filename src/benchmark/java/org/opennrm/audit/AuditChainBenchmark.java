package org.opennrm.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import org.opennrm.identity.Role;
import org.opennrm.identity.SystemActor;
import org.opennrm.matching.CandidateShown;
import org.opennrm.matching.bench.BenchmarkData;
import org.opennrm.shared.AuditableBatch;
import org.opennrm.shared.AuditableEvent;

/**
 * How fast the audit trail grows and how long checking its whole chain takes: {@code bench.audit.entries} entries
 * (1,000,000 by default: a few months of a national register's searches, candidates shown and records read) written
 * as batches are, then the chain checked from its first entry, as the nightly check and an auditor's "Check the
 * chain" do. Writes {@code target/benchmarks/audit-chain.md}.
 *
 * <pre>./mvnw -Pbenchmark test -Dtest=AuditChainBenchmark [-Dbench.audit.entries=1000000]</pre>
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "opennrm.demo=false", "logging.level.org.opennrm=WARN" })
@ActiveProfiles("test")
class AuditChainBenchmark {

	static final int ENTRIES = Integer.getInteger("bench.audit.entries", 1_000_000);
	static final int BATCH = 10_000;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@Test
	void writeAndCheckTheChain() {
		long started = System.nanoTime();
		SystemActor.run("benchmark", Role.NRM_COORDINATOR, () -> {
			for (int written = 0; written < ENTRIES; written += BATCH) {
				List<AuditableEvent> batch = new ArrayList<>(BATCH);
				for (int i = 0; i < Math.min(BATCH, ENTRIES - written); i++) {
					batch.add(new CandidateShown(UUID.randomUUID(), "benchmark"));
				}
				transactions.executeWithoutResult(status -> events.publishEvent(new AuditableBatch(batch)));
			}
		});
		double writeSeconds = (System.nanoTime() - started) / 1e9;
		long total = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
		String size = jdbc.sql("select pg_size_pretty(pg_total_relation_size('audit_entry'))").query(String.class)
			.single();
		List<Double> checks = new ArrayList<>();
		ChainVerification last = null;
		for (int run = 0; run < 2; run++) {
			long t0 = System.nanoTime();
			last = SystemActor.call("benchmark-check", Role.AUDITOR, trail::verify);
			checks.add((System.nanoTime() - t0) / 1e9);
		}
		assertThat(last.intact()).isTrue();
		// the application's own jobs (sign-in records cleared after a minute…) may add entries after the count
		assertThat(last.entriesChecked()).isGreaterThanOrEqualTo(total);
		String md = String.format(Locale.ROOT, """
				## Audit chain

				%s

				| entries written | written in | entries a second | trail | entries checked | first check | second check | entries a second (second check) |
				|---|---|---|---|---|---|---|---|
				| %,d | %.1f s | %,.0f | %s | %,d | %.1f s | %.1f s | %,.0f |

				Entries of a candidate shown (an action, a person's id, a short purpose), written as batches of %,d
				entries, each one transaction with one lock on the chain (as a batch loaded
				into the matching index is audited); checked by `AuditTrail.verify()` from the first entry, each
				entry's HMAC computed again, as the nightly check does.
				""", BenchmarkData.machine(), ENTRIES, writeSeconds, ENTRIES / writeSeconds,
				size, last.entriesChecked(), checks.get(0), checks.get(1), last.entriesChecked() / checks.get(1), BATCH);
		BenchmarkData.write("audit-chain.md", md);
		System.out.println(md);
	}

}
