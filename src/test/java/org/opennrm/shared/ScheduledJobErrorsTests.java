package org.opennrm.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * A scheduled job that finds the database out of reach leaves one WARN line, without a stack trace; any other failure
 * is logged with its trace, as the scheduler logged every failure (DatabaseOutageTests checks the application's
 * scheduler with a real outage).
 */
@ExtendWith(OutputCaptureExtension.class)
class ScheduledJobErrorsTests {

	@Test
	void theDatabaseOutOfReachIsOneLineAndAnyOtherFailureKeepsItsTrace(CapturedOutput output) {
		ScheduledJobErrors.handler().handleError(new CannotGetJdbcConnectionException("no connection",
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out")));
		assertThat(output.toString()).contains("WARN", "A scheduled job did not run, the database being out of reach")
			.doesNotContain("\tat ");

		ScheduledJobErrors.handler().handleError(new IllegalStateException(new OutOfService.Refused()));
		assertThat(output.toString()).contains("A scheduled job did not run, this server being out of service until"
				+ " restarted").doesNotContain("\tat ");

		ScheduledJobErrors.handler().handleError(new org.springframework.dao.QueryTimeoutException("cancelled",
				new java.sql.SQLException("ERROR: canceling statement due to statement timeout", "57014")));
		assertThat(output.toString()).contains("A scheduled job did not run, a database statement having run past its"
				+ " time limit and been cancelled").doesNotContain("\tat ");

		ScheduledJobErrors.handler().handleError(new org.springframework.dao.PessimisticLockingFailureException("lost",
				new java.sql.SQLException("ERROR: deadlock detected", "40P01")));
		assertThat(output.toString()).contains("A scheduled job did not run, a database transaction having lost a deadlock or a"
				+ " serialization conflict with another").doesNotContain("\tat ");

		ScheduledJobErrors.handler().handleError(new IllegalStateException("a fault of the job's own"));
		assertThat(output.toString()).contains("ERROR", "Unexpected error occurred in scheduled task",
				"java.lang.IllegalStateException: a fault of the job's own", "\tat ");
	}

}
