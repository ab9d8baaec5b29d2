package org.opennrm.encryption;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.sql.DataSource;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.opennrm.IntegrationTest;
import org.opennrm.identity.NewUser;
import org.opennrm.identity.Role;
import org.opennrm.identity.Scope;
import org.opennrm.identity.SystemActor;
import org.opennrm.identity.UserAccount;
import org.opennrm.identity.UserEdit;
import org.opennrm.identity.UserManagement;
import org.opennrm.matching.IndexedPerson;
import org.opennrm.matching.PersonIndex;
import org.opennrm.matching.PersonRecord;
import org.opennrm.matching.Sex;
import org.opennrm.matching.index.MatchingIndexStore;
import org.opennrm.matching.index.RecordCodec;
import org.opennrm.shared.AuditChainLock;

/**
 * {@code reencrypt} while the application's nodes write the same rows, on the real database: the matching index's
 * writers, which take the audit trail's lock before their row, and an account's change, which takes its row first. A
 * writer is held in place by a lock the test holds (the index writers' lock, or the audit trail's), until the batch
 * waits for what the writer holds; then both go on, and neither may fail. Locked in the other order, the index writer
 * and the batch waited for each other, and PostgreSQL aborted whichever of them looked first, after its
 * {@code deadlock_timeout} (a second): the batch (the command failed mid-run), or the writer (a person's request).
 * <p>
 * The rotation is to a data key of the test's ({@code next}), which the application's writers do not have: they go on
 * writing under the application's key, as a node not yet restarted does. Every value is put back under the
 * application's key after each test.
 */
@IntegrationTest
class KeyRotationBesideWritersTests {

	private static final Duration WAIT = Duration.ofSeconds(20);

	@Autowired
	List<EncryptedColumn> columns;

	@Autowired
	EncryptionKeys keys;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate batches;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PersonIndex personIndex;

	@Autowired
	UserManagement users;

	private final ExecutorService threads = Executors.newCachedThreadPool();

	private final List<UUID> indexed = new CopyOnWriteArrayList<>();

	/** The application's data keys and {@code next}, the active one. */
	private EncryptionKeys rotated;

	@BeforeEach
	void aKeyToRotateTo() {
		rotated = TestKeys.adding(keys, "next", "next");
	}

	@AfterEach
	void everyValueBackUnderTheApplicationsKey() throws InterruptedException {
		threads.shutdownNow();
		assertThat(threads.awaitTermination(WAIT.toSeconds(), TimeUnit.SECONDS)).as("the writers and batches ended").isTrue();
		EncryptionKeys back = EncryptionKeys.of(keys.activeKeyId(), TestKeys.encoded(rotated),
				Base64.getEncoder().encodeToString(keys.indexKey().getEncoded()), "test");
		SystemActor.run("reencrypt", Role.KEY_ROTATION, () -> rotation(back, columns).reencrypt(500, p -> {
		}));
		indexed.forEach(id -> SystemActor.run("test", Role.INDEX_UPKEEP, () -> personIndex.remove(id)));
	}

	/**
	 * An index writer holds the audit trail's lock and waits for the index writers' lock; a batch waits for the audit
	 * trail's lock; then the writer goes on to its row, at once, before the batch's wait reaches its deadlock timeout.
	 * (With the rows locked first, the batch lost: 40P01 on its audit entries.)
	 */
	@Test
	void aPersonIndexedWhileTheBatchWaitsForTheAuditTrailAndTheBatchBothGoOn() {
		indexWriterAndBatchAtOnce(Duration.ZERO);
	}

	/**
	 * The same, the writer going on only once the batch's wait has passed its deadlock timeout (the writer's has not).
	 * (With the rows locked first, the person's indexing lost: 40P01 on its row.)
	 */
	@Test
	void aPersonIndexedAfterTheBatchsDeadlockTimeoutAndTheBatchBothGoOn() {
		indexWriterAndBatchAtOnce(Duration.ofMillis(1500));
	}

	private void indexWriterAndBatchAtOnce(Duration writerHeldAfterBatchWaits) {
		UUID person = UUID.randomUUID();
		index(person, record("Leyla"));
		PersonRecord written = record("Leyla Nur");
		Future<?> writer;
		Future<?> batch;
		try (Gate writersLock = new Gate(MatchingIndexStore.WRITER_LOCK)) {
			var writerPid = new CompletableFuture<Integer>();
			writer = threads.submit(() -> inTransaction(writerPid, () -> index(person, written)));
			int writing = await(writerPid);
			awaitBlocked(writing, "the writer, holding the audit trail's lock, waits for the index writers' lock");
			batch = threads.submit(() -> reencrypt(RecordCodec.COLUMN));
			awaitBlockedBy(writing, "the batch waits for the audit trail's lock, which the writer holds");
			sleep(writerHeldAfterBatchWaits);
			writersLock.open();
		}
		assertThat(outcome(writer)).as("the person indexed (a user's request)").isNull();
		assertThat(outcome(batch)).as("the batch (reencrypt)").isNull();
		byte[] stored = jdbc.sql("select record_enc from matching_person where id = :id").param("id", person)
			.query(byte[].class).single();
		FieldEncryption next = new FieldEncryption(rotated);
		assertThat(next.isUnderActiveKey(stored)).as("the value written meanwhile, re-encrypted by the batch").isTrue();
		assertThat(RecordCodec.decrypt(next, person, stored)).isEqualTo(written);
	}

	/**
	 * A batch waits for the audit trail's lock (held here); an account's e-mail address is changed meanwhile, whose
	 * transaction locks the account's row, then waits for the audit trail's lock behind the batch. The batch, its turn
	 * come, must not wait for the account's row, which waits for it in its turn. (With the rows locked first there was
	 * no deadlock here, the batch holding its rows before the change came; with the audit trail's lock first and the
	 * rows waited for, the account's change lost: 40P01.)
	 */
	@Test
	void anAccountChangedWhileTheBatchWaitsForTheAuditTrailAndTheBatchBothGoOn() {
		UserAccount account = createAccount();
		EncryptedColumn emails = column("app_user.email_enc");
		Future<?> writer;
		Future<?> batch;
		try (Gate auditTrail = new Gate(AuditChainLock.KEY)) {
			batch = threads.submit(() -> reencrypt(emails));
			awaitBlockedBy(auditTrail.pid, "the batch waits for the audit trail's lock");
			var writerPid = new CompletableFuture<Integer>();
			String address = account.username() + ".new@example.org";
			writer = threads.submit(() -> inTransaction(writerPid, () -> SystemActor.run("test", Role.SYSTEM_ADMINISTRATOR,
					() -> users.update(account.id(), account.version(), new UserEdit(account.fullName(), address, null,
							account.role(), account.scope(), null)))));
			awaitBlocked(await(writerPid), "the account's change waits (for the audit trail's lock, or the batch's row)");
			auditTrail.open();
		}
		assertThat(outcome(writer)).as("the account's change (an administrator's request)").isNull();
		assertThat(outcome(batch)).as("the batch (reencrypt)").isNull();
		byte[] stored = jdbc.sql("select email_enc from app_user where id = :id").param("id", account.id())
			.query(byte[].class).single();
		assertThat(new FieldEncryption(rotated).decrypt(stored, emails.context(account.id())))
			.as("the address written meanwhile").isEqualTo(account.username() + ".new@example.org");
	}

	/**
	 * For a few seconds, batches of two re-encrypt the index's records and the accounts' contacts again and again (the
	 * writers keep writing under the application's key), while two writers index the same people again and an
	 * account is activated again and again (its row, then its entry). Nothing fails, on either side. (With the rows
	 * locked first, batches lost deadlocks within the seconds.)
	 */
	@Test
	void writersAndSmallBatchesOnTheSameRowsForSomeSecondsAllGoOn() {
		List<UUID> people = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			people.add(UUID.randomUUID());
			index(people.get(i), record("Leyla"));
		}
		UserAccount account = createAccount();
		List<EncryptedColumn> rotating = List.of(RecordCodec.COLUMN, column("app_user.email_enc"),
				column("app_user.phone_enc"));
		long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
		List<Future<?>> work = new ArrayList<>();
		work.add(threads.submit(() -> {
			while (System.nanoTime() < until) {
				SystemActor.run("reencrypt", Role.KEY_ROTATION, () -> rotation(rotated, rotating).reencrypt(2, p -> {
				}));
			}
		}));
		for (int writer = 0; writer < 2; writer++) {
			int first = writer;
			work.add(threads.submit(() -> {
				for (int i = first; System.nanoTime() < until; i++) {
					index(people.get(i % people.size()), record(i % 2 == 0 ? "Leyla" : "Leyla Nur"));
				}
			}));
		}
		work.add(threads.submit(() -> {
			while (System.nanoTime() < until) {
				SystemActor.run("test", Role.SYSTEM_ADMINISTRATOR, () -> users.setActive(account.id(), true));
			}
		}));
		assertThat(work).extracting(KeyRotationBesideWritersTests::outcome).as("batches, index writers, account writer")
			.containsOnlyNulls();
	}

	/**
	 * A row that an open transaction has written and left (a psql session) holds the batch: after a few seconds the log
	 * says which table and row it waits for, and that an open transaction holds it, naming nothing of the row's values;
	 * after the wait given, the run stops, saying which rows were held, to be run again. (Before, the batch was tried
	 * again every second, for ever, without a word.)
	 */
	@Test
	void aRowLeftWrittenByAnOpenTransactionIsNamedInTheLogAndTheRunStopsAfterItsWait() {
		UserAccount account = createAccount();
		EncryptedColumn emails = column("app_user.email_enc");
		List<ILoggingEvent> logged = listenToTheLog();
		Throwable stopped;
		try (HeldRow held = new HeldRow(account.id())) {
			Future<?> batch = threads.submit(() -> SystemActor.call("reencrypt", Role.KEY_ROTATION,
					() -> rotation(rotated, List.of(emails), Duration.ofSeconds(7)).reencrypt(500, p -> {
					})));
			stopped = outcome(batch);
		}
		finally {
			stopListening();
		}
		assertThat(stopped).isInstanceOfSatisfying(RowsHeldTooLong.class, held -> {
			assertThat(held.table()).isEqualTo("app_user");
			assertThat(held.rowIds()).containsExactly(account.id().toString());
			assertThat(held.waited()).isGreaterThanOrEqualTo(Duration.ofSeconds(7));
		});
		assertThat(logged).as("one warning, after five seconds; the next would be a minute later").singleElement()
			.satisfies(warning -> {
				assertThat(warning.getLevel()).isEqualTo(Level.WARN);
				assertThat(warning.getFormattedMessage()).containsPattern("^reencrypt has waited [56] s for a row of app_user")
					.contains("(id " + account.id() + "): another transaction has written or locked it and has not ended (an"
							+ " open transaction").contains("After 7 s of waiting the command stops")
					.doesNotContain(account.username()).doesNotContain("@example.org");
			});
	}

	/** The same row let go once the log has named it: the batch goes on, and the run ends as any other. */
	@Test
	void aRowLetGoAfterTheWarningLetsTheRunGoOn() {
		UserAccount account = createAccount();
		EncryptedColumn emails = column("app_user.email_enc");
		List<ILoggingEvent> logged = listenToTheLog();
		Future<?> batch;
		try (HeldRow held = new HeldRow(account.id())) {
			batch = threads.submit(() -> reencrypt(emails));
			awaitTrue("the warning", () -> !logged.isEmpty());
		}
		finally {
			stopListening();
		}
		assertThat(outcome(batch)).as("the batch (reencrypt)").isNull();
		byte[] stored = jdbc.sql("select email_enc from app_user where id = :id").param("id", account.id())
			.query(byte[].class).single();
		assertThat(new FieldEncryption(rotated).isUnderActiveKey(stored)).isTrue();
	}

	private UserAccount createAccount() {
		String username = "rotation." + UUID.randomUUID().toString().substring(0, 8);
		// the Presidency's headquarters, which holds an NRM coordinator
		UUID organisation = jdbc.sql("select id from organisation where type = 'PMM_HEADQUARTERS' order by id limit 1")
			.query(UUID.class).single();
		return SystemActor.call("test", Role.SYSTEM_ADMINISTRATOR, () -> users.create(new NewUser(username,
				"Rotasyon Denemesi", username + "@example.org", null, Role.NRM_COORDINATOR, Scope.NATIONAL, organisation,
				"a long passphrase for the rotation test", null)));
	}

	private EncryptedColumn column(String field) {
		return columns.stream().filter(c -> c.field().equals(field)).findFirst().orElseThrow();
	}

	private void index(UUID person, PersonRecord record) {
		SystemActor.run("test", Role.INDEX_UPKEEP, () -> personIndex.index(new IndexedPerson(person, record, "06", null,
				null)));
		if (!indexed.contains(person)) {
			indexed.add(person);
		}
	}

	private static PersonRecord record(String givenNames) {
		return new PersonRecord("r1", givenNames, "Aliyeva", null, LocalDate.of(1996, 5, 14), null, Sex.F, List.of("AZE"));
	}

	private KeyRotation.Reencryption reencrypt(EncryptedColumn column) {
		return SystemActor.call("reencrypt", Role.KEY_ROTATION, () -> rotation(rotated, List.of(column))
			.reencrypt(100_000, p -> {
			}));
	}

	private KeyRotation rotation(EncryptionKeys ring, List<EncryptedColumn> of) {
		return new KeyRotation(of, List.of(), new FieldEncryption(ring), ring, jdbc, batches, transactions, events);
	}

	private KeyRotation rotation(EncryptionKeys ring, List<EncryptedColumn> of, Duration rowWait) {
		return new KeyRotation(of, List.of(), new FieldEncryption(ring), ring, jdbc, batches, transactions, events,
				rowWait);
	}

	private final ListAppender<ILoggingEvent> log = new ListAppender<>();

	/** The warnings of {@link KeyRotation}'s log from now on. */
	private List<ILoggingEvent> listenToTheLog() {
		log.start();
		((Logger) LoggerFactory.getLogger(KeyRotation.class)).addAppender(log);
		return log.list;
	}

	private void stopListening() {
		((Logger) LoggerFactory.getLogger(KeyRotation.class)).detachAppender(log);
	}

	/** Runs {@code work} in a transaction whose connection's backend {@code pid} is told first. */
	private void inTransaction(CompletableFuture<Integer> pid, Runnable work) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			pid.complete(jdbc.sql("select pg_backend_pid()").query(Integer.class).single());
			work.run();
		});
	}

	/** Waits until the backend {@code pid} waits for a lock. */
	private void awaitBlocked(int pid, String what) {
		awaitTrue(what, () -> jdbc.sql("select cardinality(pg_blocking_pids(:pid)) > 0").param("pid", pid)
			.query(Boolean.class).single());
	}

	/** Waits until another backend waits for a lock that the backend {@code holder} holds. */
	private void awaitBlockedBy(int holder, String what) {
		awaitTrue(what, () -> jdbc.sql("select exists (select 1 from pg_stat_activity where :holder = any(pg_blocking_pids(pid)))")
			.param("holder", holder).query(Boolean.class).single());
	}

	private static void awaitTrue(String what, Supplier<Boolean> condition) {
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (!condition.get()) {
			assertThat(System.nanoTime()).as(what).isLessThan(deadline);
			sleep(Duration.ofMillis(20));
		}
	}

	private static <T> T await(Future<T> future) {
		try {
			return future.get(WAIT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** How the work ended: null when it did its work, its failure when it failed. */
	private static Throwable outcome(Future<?> work) {
		try {
			work.get(WAIT.toSeconds(), TimeUnit.SECONDS);
			return null;
		}
		catch (java.util.concurrent.ExecutionException failed) {
			return failed.getCause();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A transaction of the test's own that has written an account's row, as a psql session left open, until closed. */
	private final class HeldRow implements AutoCloseable {

		private final Connection connection;

		HeldRow(UUID account) {
			try {
				connection = dataSource.getConnection();
				connection.setAutoCommit(false);
				try (var update = connection.prepareStatement("update app_user set full_name = full_name where id = ?")) {
					update.setObject(1, account);
					assertThat(update.executeUpdate()).isOne();
				}
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}

		@Override
		public void close() {
			try (connection) {
				connection.commit();
				connection.setAutoCommit(true);
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	/** A transaction of the test's own holding an advisory lock until it is opened (committed). */
	private final class Gate implements AutoCloseable {

		private final Connection connection;

		final int pid;

		Gate(long lock) {
			try {
				connection = dataSource.getConnection();
				connection.setAutoCommit(false);
				try (var statement = connection.createStatement();
						var rs = statement.executeQuery("select pg_backend_pid() from pg_advisory_xact_lock(" + lock + ")")) {
					rs.next();
					pid = rs.getInt(1);
				}
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}

		void open() {
			try {
				connection.commit();
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}

		@Override
		public void close() {
			try (connection) {
				connection.rollback();
				connection.setAutoCommit(true);
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
