package org.opennrm.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A request waits for a database out of reach once: the pool's later asks in the same request fail at once. On a real
 * pool whose server does not exist (nothing listens on port 1).
 */
class OneWaitPerRequestTests {

	private static final Duration POOL_WAIT = Duration.ofSeconds(1);

	private final HikariDataSource pool = new HikariDataSource();

	{
		pool.setJdbcUrl("jdbc:postgresql://127.0.0.1:1/opennrm");
		pool.setUsername("nobody");
		pool.setConnectionTimeout(POOL_WAIT.toMillis());
		pool.setValidationTimeout(250);
		pool.setInitializationFailTimeout(-1);
	}

	private final OneWaitPerRequest dataSource = new OneWaitPerRequest(pool);

	@AfterEach
	void closePool() {
		pool.close();
	}

	@Test
	void withinARequestTheDatabaseOutOfReachIsWaitedForOnce() {
		try (var request = OneWaitPerRequest.request()) {
			assertThat(waited()).isGreaterThanOrEqualTo(POOL_WAIT);
			// the session written when the answer starts, and again when the request ends
			assertThat(waited()).isLessThan(POOL_WAIT.dividedBy(2));
			assertThat(waited()).isLessThan(POOL_WAIT.dividedBy(2));
		}
		try (var next = OneWaitPerRequest.request()) {
			assertThat(waited()).as("the next request asks again").isGreaterThanOrEqualTo(POOL_WAIT);
		}
	}

	@Test
	void outsideARequestEveryAskWaits() {
		assertThat(waited()).isGreaterThanOrEqualTo(POOL_WAIT);
		assertThat(waited()).isGreaterThanOrEqualTo(POOL_WAIT);
	}

	/** How long an ask for a connection took to fail, as it must while the database is out of reach. */
	private Duration waited() {
		long started = System.nanoTime();
		assertThatThrownBy(dataSource::getConnection).isInstanceOf(SQLTransientConnectionException.class);
		return Duration.ofNanos(System.nanoTime() - started);
	}

}
