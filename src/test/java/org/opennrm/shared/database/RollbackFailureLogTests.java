package org.opennrm.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import org.opennrm.IntegrationTest;

/**
 * A transaction whose rollback fails after its work did (the database stopped under a request) leaves no trace of
 * Spring's in the log, with the work's message: the rollback's failure, carrying the work's, is the application's to
 * log (SafeErrors), as it answers the request.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RollbackFailureLogTests {

	/** A transaction manager whose rollback fails as one over a connection the database closed. */
	static final class RollbackFails extends AbstractPlatformTransactionManager {

		private static final long serialVersionUID = 1L;

		@Override
		protected Object doGetTransaction() {
			return new Object();
		}

		@Override
		protected void doBegin(Object transaction, TransactionDefinition definition) {
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
		}

		@Override
		protected void doRollback(DefaultTransactionStatus status) {
			throw new TransactionSystemException("JDBC rollback failed: Connection is closed");
		}

	}

	@Test
	void springWritesNoTraceOfAWorkWhoseRollbackFailed(CapturedOutput log) {
		Throwable thrown = catchThrowable(() -> new TransactionTemplate(new RollbackFails())
			.executeWithoutResult((TransactionStatus status) -> {
				throw new IllegalStateException("saving Fatma Hüseyni failed");
			}));
		assertThat(thrown).isInstanceOf(TransactionSystemException.class);
		assertThat(((TransactionSystemException) thrown).getApplicationException())
			.hasMessage("saving Fatma Hüseyni failed");
		assertThat(log.getAll()).doesNotContain("Application exception overridden").doesNotContain("Fatma");
	}

}
