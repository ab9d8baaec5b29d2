package org.opennrm.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import org.opennrm.IntegrationTest;

/**
 * A failed statement's exception carries none of its values: neither the server's DETAIL of the row it refused, nor,
 * for a batch, the statement with its parameters, which the driver otherwise quotes and which Spring, HikariCP and a
 * rolled-back transaction write to the log whole (the rotation tester found a record's ciphertext there).
 */
@IntegrationTest
class FailedStatementValuesTests {

	private static final String VALUE = "Canary Leakwatch";

	@Autowired
	JdbcTemplate template;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aFailedBatchAndAFailedStatementQuoteNoValue() {
		UUID organisation = jdbc.sql("select id from organisation limit 1").query(UUID.class).single();
		UUID id = UUID.randomUUID();
		String insert = "insert into organisation (id, name, type, active) values (?, ?, 'NGO', true)";
		// in a transaction undone: the batch's first row would otherwise stay
		Throwable batch = catchThrowable(() -> transactions.executeWithoutResult(status -> template.batchUpdate(insert,
				List.of(new Object[] { id, VALUE }, new Object[] { id, VALUE + " 2" }, new Object[] { organisation, VALUE }))));
		assertThat(batch).isNotNull();
		assertThat(everything(batch)).doesNotContain(VALUE).doesNotContain(id.toString());

		Throwable single = catchThrowable(() -> jdbc.sql("insert into organisation (id, name, type, active) values (:id, :name,"
				+ " null, true)").param("id", UUID.randomUUID()).param("name", VALUE).update());
		assertThat(single).isNotNull();
		assertThat(everything(single)).as("no 'Failing row contains'").doesNotContain(VALUE);
	}

	/** Every message of the exception, its causes and the driver's next exceptions. */
	private static String everything(Throwable failure) {
		StringBuilder all = new StringBuilder();
		for (Throwable t = failure; t != null; t = t.getCause()) {
			all.append(t).append('\n');
			if (t instanceof SQLException sql) {
				for (SQLException next = sql.getNextException(); next != null; next = next.getNextException()) {
					all.append(next).append('\n');
				}
			}
		}
		return all.toString();
	}

}
