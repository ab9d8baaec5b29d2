package org.opennrm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.opennrm.encryption.BlindIndex;
import org.opennrm.encryption.FieldEncryption;
import org.opennrm.encryption.KeyRotation;
import org.opennrm.encryption.RowsHeldTooLong;
import org.opennrm.identity.Role;
import org.opennrm.identity.SystemActor;
import org.opennrm.matching.PersonMatcher;
import org.opennrm.matching.PersonRecord;
import org.opennrm.matching.Sex;
import org.opennrm.matching.index.RecordCodec;
import org.opennrm.organisation.OrganisationForm;
import org.opennrm.organisation.OrganisationManagement;
import org.opennrm.organisation.OrganisationType;
import org.opennrm.shared.AuditChainLock;

/**
 * {@code reencrypt} keys the accounts' e-mail look-ups and the matching index's people again under a new index key while
 * others write the same rows, on a database of its own: a writer that takes the audit trail's lock before the account's
 * row, and a transaction left open on an account's or a person's row.
 */
class IndexKeyRekeyingBesideWritersTests {

	private static final Duration WAIT = Duration.ofSeconds(60);

	@RegisterExtension
	static final OwnDatabase database = new OwnDatabase();

	/**
	 * A writer holds the audit trail's lock (its entry written first), then updates an account's row while the re-keying
	 * of that account waits for the audit trail's lock: the re-keying holds no row meanwhile, so the writer goes on, and
	 * then the re-keying. (With the rows locked first, each waited for the other, and PostgreSQL aborted one of them
	 * as a deadlock's loser, 40P01, after its deadlock_timeout.)
	 */
	@Test
	void aWriterThatAuditsBeforeTheAccountsRowAndTheRekeyingBothGoOn() throws Exception {
		try (var application = start()) {
			UUID account = accountKeyedByTheFirstIndexKey(application, "yazan");
			CompletableFuture<KeyRotation.Reencryption> rekeying;
			try (Connection writer = database.dataSource().getConnection()) {
				writer.setAutoCommit(false);
				int pid = single(writer, "select pg_backend_pid() from pg_advisory_xact_lock(" + AuditChainLock.KEY + ")");
				rekeying = CompletableFuture.supplyAsync(() -> SystemActor.call("reencrypt", Role.KEY_ROTATION,
						() -> application.getBean(KeyRotation.class).rekeyIndex(500, p -> {
						})));
				awaitTrue("the re-keying waits for the audit trail's lock", () -> JdbcClient.create(database.dataSource())
					.sql("select exists (select 1 from pg_stat_activity where :pid = any(pg_blocking_pids(pid)))")
					.param("pid", pid).query(Boolean.class).single());
				try (var update = writer.prepareStatement("update app_user set full_name = 'Yazan Yazar' where id = ?")) {
					update.setObject(1, account);
					assertThat(update.executeUpdate()).as("the writer's row, not held by the re-keying").isOne();
				}
				writer.commit();
			}
			KeyRotation.Reencryption done = rekeying.get(WAIT.toSeconds(), TimeUnit.SECONDS);
			assertThat(done.columns()).filteredOn(c -> c.field().equals("app_user.email_hash")).singleElement()
				.satisfies(c -> assertThat(c.reencrypted()).isOne());
			assertThat(JdbcClient.create(database.dataSource())
				.sql("select full_name || ' ' || email_index_key from app_user where id = :id").param("id", account)
				.query(String.class).single()).isEqualTo("Yazan Yazar i2");
		}
	}

	/**
	 * An account's row written by a transaction left open (a psql session): the command names the row in its log, and
	 * after the wait given stops, exit code 3, saying which row of which table was held and that it can be run again;
	 * run again once the transaction has ended, it keys the look-up again. (Before, it waited for ever.)
	 */
	@Test
	void aRowLeftWrittenByAnOpenTransactionStopsTheCommandAfterItsWaitToBeRunAgain() throws Exception {
		UUID account;
		try (var application = start()) {
			account = accountKeyedByTheFirstIndexKey(application, "birakilan");
		}
		AdminCommandRun stopped;
		try (Connection psql = database.dataSource().getConnection()) {
			psql.setAutoCommit(false);
			try (var update = psql.prepareStatement("update app_user set full_name = full_name where id = ?")) {
				update.setObject(1, account);
				update.executeUpdate();
			}
			List<String> settings = new ArrayList<>(List.of(settings()));
			settings.add("--opennrm.encryption.reencrypt.row-wait=6s");
			stopped = CompletableFuture.supplyAsync(() -> AdminCommandRun.of("reencrypt", settings.toArray(String[]::new)))
				.get(WAIT.toSeconds(), TimeUnit.SECONDS);
			psql.rollback();
		}
		assertThat(stopped.exitCode()).as(stopped.text()).isEqualTo(3);
		assertThat(stopped.text()).contains("Stopped: the row " + account + " of app_user has been held for 6 s by another"
				+ " transaction").contains("run this command again: what was done before is kept");

		AdminCommandRun again = AdminCommandRun.of("reencrypt", settings());
		assertThat(again.exitCode()).as(again.text()).isZero();
	}

	/**
	 * A person of the matching index whose row a transaction left open has written: the re-keying, which reads the
	 * records holding the audit trail's lock, does not wait for that row holding it (every audited request of every node
	 * would wait behind it); it lets go, tries again, and stops after its wait, naming the row. (Before, it waited for
	 * the row, holding the audit trail's lock, for as long as the transaction stayed open.)
	 */
	@Test
	void aPersonsRowLeftWrittenByAnOpenTransactionDoesNotHoldTheAuditTrailsLock() throws Exception {
		try (var application = start("--opennrm.encryption.reencrypt.row-wait=8s")) {
			UUID person = personFiledUnderTheFirstIndexKey(application);
			try (Connection psql = database.dataSource().getConnection();
					Connection audited = database.dataSource().getConnection()) {
				psql.setAutoCommit(false);
				try (var update = psql.prepareStatement("update matching_person set province_code = province_code where id = ?")) {
					update.setObject(1, person);
					update.executeUpdate();
				}
				CompletableFuture<KeyRotation.Reencryption> rekeying = CompletableFuture.supplyAsync(() -> SystemActor
					.call("reencrypt", Role.KEY_ROTATION, () -> application.getBean(KeyRotation.class).rekeyIndex(500, p -> {
					})));
				Thread.sleep(2_000);
				// as an audited request does, meanwhile: its turn comes within moments
				audited.setAutoCommit(false);
				single(audited, "select 1 from set_config('lock_timeout', '3s', true)");
				single(audited, "select 1 from pg_advisory_xact_lock(" + AuditChainLock.KEY + ")");
				audited.rollback();

				Throwable stopped = catchThrowable(() -> rekeying.get(WAIT.toSeconds(), TimeUnit.SECONDS));
				psql.rollback();
				assertThat(stopped).isInstanceOf(ExecutionException.class).cause()
					.isInstanceOfSatisfying(RowsHeldTooLong.class, held -> {
						assertThat(held.table()).isEqualTo("matching_person");
						assertThat(held.rowIds()).containsExactly(person.toString());
					});
			}
		}
	}

	private static UUID personFiledUnderTheFirstIndexKey(ConfigurableApplicationContext application) {
		UUID id = UUID.randomUUID();
		PersonRecord record = new PersonRecord("r1", "Fatemeh", "Hosseini", null, LocalDate.of(1994, 3, 12), null, Sex.F,
				List.of("AFG"));
		// as a node whose active index key was the first filed them (their keys are made again by the re-keying)
		JdbcClient.create(database.dataSource()).sql("""
				insert into matching_person (id, province_code, record_enc, key_scheme, index_key)
				values (:id, '06', :enc, :scheme, '0')""")
			.param("id", id).param("scheme", PersonMatcher.KEY_SCHEME)
			.param("enc", RecordCodec.encrypt(application.getBean(FieldEncryption.class), id, record)).update();
		return id;
	}

	private static UUID accountKeyedByTheFirstIndexKey(ConfigurableApplicationContext application, String username) {
		UUID organisation = SystemActor.call("test", Role.SYSTEM_ADMINISTRATOR,
				() -> application.getBean(OrganisationManagement.class).create(new OrganisationForm("Dernek " + username,
						OrganisationType.NGO, "06", null, null, null, null, true)).id());
		String email = username + "@example.org";
		UUID id = UUID.randomUUID();
		// as a node whose active index key was the first wrote it
		JdbcClient.create(database.dataSource()).sql("""
				insert into app_user (id, username, full_name, full_name_folded, email_enc, email_hash, email_index_key,
				                      password_hash, role, scope, organisation_id)
				values (:id, :username, 'Yazan', 'yazan', :enc, :hash, '0', 'x', 'NRM_COORDINATOR', 'NATIONAL', :org)""")
			.param("id", id).param("username", username).param("org", organisation)
			.param("enc", application.getBean(FieldEncryption.class).encrypt(email, "app_user.email:" + id))
			.param("hash", application.getBean(BlindIndex.class).hash("0", "app_user.email", email)).update();
		return id;
	}

	private static int single(Connection connection, String sql) throws SQLException {
		try (var statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getInt(1);
		}
	}

	private static void awaitTrue(String what, Supplier<Boolean> condition) throws InterruptedException {
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (!condition.get()) {
			assertThat(System.nanoTime()).as(what).isLessThan(deadline);
			Thread.sleep(20);
		}
	}

	private static ConfigurableApplicationContext start(String... more) {
		List<String> settings = new ArrayList<>(List.of(settings()));
		settings.addAll(List.of(more));
		return new SpringApplicationBuilder(OpenNrmApplication.class).web(WebApplicationType.NONE)
			.run(settings.toArray(String[]::new));
	}

	/** The index key {@code i2} active, the first ({@code 0}) still configured. */
	private static String[] settings() {
		return new String[] { "--spring.datasource.url=" + database.url(),
				"--spring.datasource.username=postgres", "--opennrm.data-dir=" + database.dataDir(),
				"--opennrm.encryption.active-key-id=test1",
				"--opennrm.encryption.keys.test1=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
				"--opennrm.encryption.index-key=QEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaW1xdXl8=",
				"--opennrm.encryption.index.keys.i2=gIGCg4SFhoeIiYqLjI2Oj5CRkpOUlZaXmJmam5ydnp8=",
				"--opennrm.encryption.index.active-key-id=i2" };
	}

}
