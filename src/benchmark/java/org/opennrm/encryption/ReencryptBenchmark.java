package org.opennrm.encryption;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

import org.opennrm.identity.Role;
import org.opennrm.identity.SystemActor;
import org.opennrm.matching.PersonRecord;
import org.opennrm.matching.Sex;
import org.opennrm.matching.bench.BenchmarkData;
import org.opennrm.matching.index.RecordCodec;

/**
 * How long the {@code reencrypt} command's work takes on a national register: {@code bench.reencrypt.people} people's
 * matching records (1,000,000 by default), encrypted under an old key, re-encrypted under a new one by
 * {@link KeyRotation} as the command runs it (500 rows a transaction, each value an audit entry). The records go
 * straight into {@code matching_person}, without their blocking keys, which a re-encryption does not read. Writes
 * {@code target/benchmarks/reencrypt.md}.
 *
 * <pre>./mvnw -Pbenchmark test -Dtest=ReencryptBenchmark [-Dbench.reencrypt.people=1000000]</pre>
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "opennrm.demo=false", "logging.level.org.opennrm=WARN" })
@ActiveProfiles("test")
class ReencryptBenchmark {

	static final int PEOPLE = Integer.getInteger("bench.reencrypt.people", 1_000_000);

	static final int BATCH = 500;

	@Autowired
	EncryptionKeys keys;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate batches;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void reencryptARegister() {
		EncryptionKeys rotated = TestKeys.adding(keys, "bench2", "bench2");
		FieldEncryption old = new FieldEncryption(keys);

		long t0 = System.nanoTime();
		List<Object[]> rows = new ArrayList<>(10_000);
		for (int i = 0; i < PEOPLE; i++) {
			UUID id = UUID.randomUUID();
			PersonRecord record = new PersonRecord(id.toString(), "Fatma " + (i % 997), "Hüseyni " + (i % 7919), null,
					LocalDate.of(1960 + i % 50, 1 + i % 12, 1 + i % 28), null, i % 2 == 0 ? Sex.F : Sex.M, List.of("SYR"));
			rows.add(new Object[] { id, "34", RecordCodec.encrypt(old, id, record) });
			if (rows.size() == 10_000 || i == PEOPLE - 1) {
				batches.batchUpdate("insert into matching_person (id, province_code, record_enc) values (?, ?, ?)", rows);
				rows.clear();
			}
		}
		double loadSeconds = (System.nanoTime() - t0) / 1e9;
		long entriesBefore = entries();

		KeyRotation rotation = new KeyRotation(List.of(RecordCodec.COLUMN), List.of(), new FieldEncryption(rotated), rotated,
				jdbc, batches, transactions, events);
		Runtime runtime = Runtime.getRuntime();
		long t1 = System.nanoTime();
		KeyRotation.Reencryption result = SystemActor.call("reencrypt", Role.KEY_ROTATION,
				() -> rotation.reencrypt(BATCH, p -> {
				}));
		double seconds = (System.nanoTime() - t1) / 1e9;
		long heapMb = (runtime.totalMemory() - runtime.freeMemory()) >> 20;
		long t2 = System.nanoTime();
		List<KeyRotation.KeyUsage> usage = rotation.usage();
		double countSeconds = (System.nanoTime() - t2) / 1e9;

		assertThat(result.reencrypted()).isGreaterThanOrEqualTo(PEOPLE);
		assertThat(result.unreadable()).isZero();
		assertThat(usage).extracting(KeyRotation.KeyUsage::keyId).containsOnly("bench2");
		long audited = entries() - entriesBefore;
		assertThat(audited).isEqualTo(result.reencrypted());

		String md = String.format(Locale.ROOT, """
				## Re-encryption (`reencrypt`)

				%s

				| records | loaded in | re-encrypted in | records a second | audit entries written | heap after | `--check`'s count |
				|---|---|---|---|---|---|---|
				| %,d | %.1f s | %.1f s | %,.0f | %,d | %,d MB | %.1f s |

				`matching_person.record_enc` (a person's names, birth date, sex and citizenship, about 200 bytes), %,d rows a
				transaction, as `java -jar opennrm.jar reencrypt` runs it; each value an audit entry written with its batch.
				""", BenchmarkData.machine(), result.reencrypted(), loadSeconds, seconds, result.reencrypted() / seconds,
				audited, heapMb, countSeconds, BATCH);
		BenchmarkData.write("reencrypt.md", md);
		System.out.println(md);
	}

	private long entries() {
		return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
	}

}
