package org.opennrm.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionSystemException;

class SafeErrorsTests {

	@Test
	void keepsClassesAndOurFramesButNoMessages() {
		Exception error = new IllegalStateException("saving Fatma Hüseyni failed",
				new RuntimeException("Key (name)=(Fatma Hüseyni) already exists"));
		String described = SafeErrors.describe(error);
		assertThat(described).contains("java.lang.IllegalStateException", "caused by java.lang.RuntimeException",
				"SafeErrorsTests.keepsClassesAndOurFramesButNoMessages")
			.doesNotContain("Fatma", "Key (name)");
	}

	/** A rollback that failed after the work did names the work's failure too, which is not its cause. */
	@Test
	void aFailedRollbackNamesTheFailureOfTheWorkItRolledBack() {
		TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed"));
		rollback.initApplicationException(new IllegalStateException("saving Fatma Hüseyni failed",
				new SQLException("An I/O error occurred while sending to the backend.", "08006")));
		assertThat(SafeErrors.describe(new IllegalStateException(rollback)))
			.startsWith("java.lang.IllegalStateException")
			.contains("caused by org.springframework.transaction.TransactionSystemException",
					"(after the transaction's own failure: java.lang.IllegalStateException",
					"caused by java.sql.SQLException")
			.doesNotContain("Fatma", "Connection is closed", "I/O error");
	}

}
