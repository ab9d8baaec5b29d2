package org.opennrm.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.TaskScheduler;

import org.opennrm.IntegrationTest;

/**
 * The application's scheduled jobs run on a pool of threads: a job of hours (re-keying a million people's index) holds
 * one, and the once-a-minute jobs run beside it. With Spring's default of one thread they waited for it.
 */
@IntegrationTest
class SchedulerThreadsTests {

	@Autowired
	TaskScheduler scheduler;

	@Test
	void aLongJobDoesNotHoldUpTheOthers() throws InterruptedException {
		CountDownLatch longJobRunning = new CountDownLatch(1);
		CountDownLatch longJobMayEnd = new CountDownLatch(1);
		CountDownLatch otherJobRan = new CountDownLatch(1);
		scheduler.schedule(() -> {
			longJobRunning.countDown();
			try {
				longJobMayEnd.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException stopped) {
				Thread.currentThread().interrupt();
			}
		}, Instant.now());
		try {
			assertThat(longJobRunning.await(10, TimeUnit.SECONDS)).as("the long job started").isTrue();
			scheduler.schedule(otherJobRan::countDown, Instant.now());
			assertThat(otherJobRan.await(10, TimeUnit.SECONDS)).as("another job ran while it did").isTrue();
		}
		finally {
			longJobMayEnd.countDown();
		}
	}

}
