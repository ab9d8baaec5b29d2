package org.opennrm.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import org.opennrm.IntegrationTest;
import org.opennrm.shared.database.EmbeddedDatabase;
import org.opennrm.shared.database.ScratchDatabase;

/**
 * The scheduled jobs' locks (ShedLock, on the database's clock) mean the same to every node, whatever the time zone
 * of its database sessions (opennrm.time-zone, or the machine's): a lock taken is held for its time, and free once
 * that is over or it is released, as seen from a session in Tokyo (UTC+9) as from this node's in Istanbul (UTC+3).
 */
@IntegrationTest
class SchedulerLockTests {

	/** This node's, its sessions in OpenNRM's time zone. */
	@Autowired
	LockProvider here;

	@Autowired
	EmbeddedDatabase database;

	@Autowired
	List<JavaMigration> javaMigrations;

	private final String run = Long.toString(System.nanoTime(), 36);

	@Test
	void aLockTakenInOneZoneIsHeldInAnotherUntilReleased() throws SQLException {
		try (Node tokyo = Node.in(database, "Asia/Tokyo")) {
			SimpleLock taken = tokyo.locks().lock(lock("held", Duration.ofMinutes(10), Duration.ZERO)).orElseThrow();
			assertThat(here.lock(lock("held", Duration.ofMinutes(10), Duration.ZERO))).isEmpty();

			taken.unlock();
			Optional<SimpleLock> after = here.lock(lock("held", Duration.ofMinutes(10), Duration.ZERO));
			assertThat(after).isPresent();
			after.get().unlock();
		}
	}

	@Test
	void aLockEndsAtItsTimeInEveryZone() throws Exception {
		// taken here for a second by a node that then dies, never releasing it
		assertThat(here.lock(lock("brief", Duration.ofSeconds(1), Duration.ZERO))).isPresent();
		try (Node tokyo = Node.in(database, "Asia/Tokyo")) {
			assertThat(tokyo.locks().lock(lock("brief", Duration.ofMinutes(10), Duration.ZERO))).isEmpty();

			Thread.sleep(1500);
			Optional<SimpleLock> after = tokyo.locks().lock(lock("brief", Duration.ofMinutes(10), Duration.ZERO));
			assertThat(after).isPresent();
			after.get().unlock();
		}
	}

	@Test
	void aLockReleasedEarlyIsHeldForItsLeastTimeInEveryZone() throws Exception {
		here.lock(lock("least", Duration.ofMinutes(10), Duration.ofSeconds(1))).orElseThrow().unlock();
		try (Node tokyo = Node.in(database, "Asia/Tokyo")) {
			assertThat(tokyo.locks().lock(lock("least", Duration.ofMinutes(10), Duration.ZERO))).isEmpty();

			Thread.sleep(1500);
			Optional<SimpleLock> after = tokyo.locks().lock(lock("least", Duration.ofMinutes(10), Duration.ZERO));
			assertThat(after).isPresent();
			after.get().unlock();
		}
	}

	/** A lock taken before V23, in the zone of the sessions that migrate, keeps its time once migrated. */
	@Test
	void aLockTakenBeforeTheMigrationKeepsItsTime() throws SQLException {
		try (ScratchDatabase older = ScratchDatabase.create(database, "shedlock_times", javaMigrations)) {
			JdbcClient db = older.jdbc();
			older.migrateTo("22");
			db.sql("set time zone 'America/Sao_Paulo'").update();
			// as ShedLock writes a lock of ten minutes
			db.sql("""
					insert into shedlock (name, lock_until, locked_at, locked_by)
					values ('job', timezone('utc', current_timestamp) + interval '10 minutes',
					        timezone('utc', current_timestamp), 'node')""").update();

			older.migrateTo("latest");

			db.sql("set time zone 'Asia/Tokyo'").update();
			double left = db.sql("""
					select extract(epoch from lock_until - timezone('utc', current_timestamp)) from shedlock
					 where name = 'job'""").query(Double.class).single();
			assertThat(left).isBetween(540.0, 600.0);
		}
	}

	private LockConfiguration lock(String name, Duration atMost, Duration atLeast) {
		return new LockConfiguration(Instant.now(), "test-" + run + "-" + name, atMost, atLeast);
	}

	/** Another application node, configured as this one, whose database sessions are in another time zone. */
	private record Node(Connection connection, LockProvider locks) implements AutoCloseable {

		static Node in(EmbeddedDatabase database, String zone) throws SQLException {
			Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.APP_ROLE,
					database.appPassword());
			try (var statement = connection.createStatement()) {
				statement.execute("set time zone '" + zone + "'");
			}
			return new Node(connection, new SchedulingConfiguration()
				.lockProvider(new SingleConnectionDataSource(connection, true)));
		}

		@Override
		public void close() throws SQLException {
			connection.close();
		}

	}

}
