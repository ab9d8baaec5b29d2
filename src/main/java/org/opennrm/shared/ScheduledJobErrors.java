package org.opennrm.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.support.TaskUtils;
import org.springframework.util.ErrorHandler;

/**
 * What a scheduled job's failure leaves in the log. A job that finds the database out of reach did not run this time
 * and runs again at its next: one WARN line saying so, with the classes of the failure ({@link SafeErrors}), where the
 * scheduler logged an unexpected error with its whole stack trace, every time, for a condition the log already tells
 * (the requests answered 503); so does one on a server out of service ({@link OutOfService}), which refuses what it
 * would audit; one stopped with the application while it waited says that much. Any other failure is
 * logged as before, at ERROR with its trace.
 */
@Configuration(proxyBeanMethods = false)
class ScheduledJobErrors {

	private static final Logger log = LoggerFactory.getLogger(ScheduledJobErrors.class);

	@Bean
	ThreadPoolTaskSchedulerCustomizer jobsOutOfReachOfTheDatabase() {
		return scheduler -> scheduler.setErrorHandler(handler());
	}

	static ErrorHandler handler() {
		return failure -> {
			var why = TemporarilyUnavailable.why(failure);
			if (why.isPresent()) {
				log.warn("A scheduled job did not run, {}; it runs again at its next time: {}", why.get().inTheLog(),
						SafeErrors.describe(failure));
			}
			else if (Causes.any(failure, InterruptedException.class)) {
				// the scheduler's threads are interrupted only when the application stops
				log.info("A scheduled job was stopped with the application: {}", SafeErrors.describe(failure));
			}
			else {
				TaskUtils.LOG_AND_SUPPRESS_ERROR_HANDLER.handleError(failure);
			}
		};
	}

}
