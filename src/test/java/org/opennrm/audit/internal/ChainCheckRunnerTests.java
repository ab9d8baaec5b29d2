package org.opennrm.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

import org.junit.jupiter.api.Test;
import org.opennrm.audit.ChainCheck;
import org.opennrm.audit.ChainVerification;

/**
 * One check at a time: asked while one runs, the runner gives that one; once it has ended, a new one. The chain's
 * reading is held back by a latch here (the database's own reading is covered by AuditTrailTests), so that the check
 * is surely running when asked again.
 */
class ChainCheckRunnerTests {

	@Test
	void aCheckAskedForWhileOneRunsIsThatOneAndANewOneStartsOnlyAfterIt() throws Exception {
		AuditChainVerifier verifier = mock(AuditChainVerifier.class);
		AuditEntries entries = mock(AuditEntries.class);
		when(entries.newestSeq()).thenReturn(42L);
		CountDownLatch release = new CountDownLatch(1);
		when(verifier.verify(any(LongConsumer.class))).thenAnswer(call -> {
			LongConsumer progress = call.getArgument(0);
			progress.accept(10);
			release.await(10, TimeUnit.SECONDS);
			return new ChainVerification(42, null, null, Instant.now(), 42L, "h");
		});
		ChainCheckRunner runner = new ChainCheckRunner(verifier, entries);
		try {
			ChainCheck first = runner.start();
			assertThat(first.running()).isTrue();
			assertThat(first.total()).isEqualTo(42);
			ChainCheck again = runner.start();
			assertThat(again.running()).isTrue();
			assertThat(again.startedAt()).isEqualTo(first.startedAt());
			release.countDown();
			ChainCheck done = awaitDone(runner);
			assertThat(done.startedAt()).isEqualTo(first.startedAt());
			assertThat(done.result().intact()).isTrue();
			verify(verifier, times(1)).verify(any(LongConsumer.class));
			// ended: the next one asked for is a new check
			runner.start();
			awaitDone(runner);
			verify(verifier, times(2)).verify(any(LongConsumer.class));
		}
		finally {
			release.countDown();
			runner.stop();
		}
	}

	private static ChainCheck awaitDone(ChainCheckRunner runner) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(10));
		while (Instant.now().isBefore(until)) {
			ChainCheck last = runner.last().orElseThrow();
			if (!last.running()) {
				return last;
			}
			Thread.sleep(10);
		}
		throw new AssertionError("the check did not end");
	}

}
