package org.opennrm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.opennrm.audit.ChainVerification;
import org.opennrm.audit.internal.AuditChainVerifier;
import org.opennrm.audit.internal.ForgedAuditEntries;
import org.opennrm.encryption.BlindIndex;
import org.opennrm.identity.NewUser;
import org.opennrm.identity.Role;
import org.opennrm.identity.Scope;
import org.opennrm.identity.SystemActor;
import org.opennrm.identity.UserManagement;
import org.opennrm.matching.Candidate;
import org.opennrm.matching.IndexedPerson;
import org.opennrm.matching.PersonIndex;
import org.opennrm.matching.PersonRecord;
import org.opennrm.matching.Sex;
import org.opennrm.organisation.OrganisationForm;
import org.opennrm.organisation.OrganisationManagement;
import org.opennrm.organisation.OrganisationType;
import org.opennrm.shared.TemporarilyUnavailable;
import org.opennrm.shared.TemporarilyUnavailable.Why;
import org.opennrm.shared.UserInputException;

/**
 * The index key's rotation as an operator does it, on a database of its own, with the jar's commands: accounts, a
 * person and audit entries keyed by the first index key; a second index key added and made active, under which the
 * old values are still found; {@code reencrypt} keys them again and supersedes the first key; then a node left on the
 * first key is refused, the first key is removed from the application (kept for {@code verify-audit}), and everything
 * is found as before.
 */
class IndexKeyRotationStartTests {

	private static final String DATA_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

	/** The first index key, {@code opennrm.encryption.index-key} (id 0). */
	private static final String FIRST = "QEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaW1xdXl8=";

	/** The index key that replaces it, {@code opennrm.encryption.index.keys.i2}. */
	private static final String SECOND = "gIGCg4SFhoeIiYqLjI2Oj5CRkpOUlZaXmJmam5ydnp8=";

	@RegisterExtension
	static final OwnDatabase database = new OwnDatabase();

	@Test
	void theIndexKeyIsRotatedAndTheFirstOneSuperseded() {
		UUID personId = UUID.randomUUID();
		PersonRecord record = new PersonRecord(personId.toString(), "Fatma", "Hüseyni", null, LocalDate.of(1994, 3, 2),
				null, Sex.F, List.of("SYR"));
		UUID organisation;
		try (var application = start(firstKeyOnly())) {
			organisation = SystemActor.call("test", Role.SYSTEM_ADMINISTRATOR,
					() -> application.getBean(OrganisationManagement.class).create(new OrganisationForm("Göç İdaresi",
							OrganisationType.PMM_HEADQUARTERS, "06", null, null, null, null, true)).id());
			createUser(application, "first.account", organisation);
			SystemActor.run("test", Role.INDEX_UPKEEP, () -> application.getBean(PersonIndex.class)
				.index(new IndexedPerson(personId, record, "06", organisation, null)));
		}

		String[] both = bothKeys("i2");
		try (var application = start(both)) {
			assertThatThrownBy(() -> createUser(application, "second.account", organisation))
				.as("an address keyed by the first index key is still found").isInstanceOf(UserInputException.class)
				.hasMessage("user.email.taken");
			assertThat(candidates(application, record)).as("a person keyed by the first index key is still found")
				.contains(personId);
		}

		JdbcClient jdbc = JdbcClient.create(database.dataSource());
		AdminCommandRun check = reencrypt(both, "--check");
		assertThat(check.exitCode()).as(check.text()).isEqualTo(1);
		assertThat(check.text()).containsPattern("app_user.email_hash +0 +1")
			.contains("Values keyed by other index keys than the active one 'i2': 2.");

		// a node still running with the first key active, as in a rolling rotation not finished, and one rolled out
		ConfigurableApplicationContext leftBehind = start(watching(bothKeys("0")));
		ConfigurableApplicationContext rolledOut = start(watching(both));
		assertThat(rolledOut.getBean(BlindIndex.class).keyIds()).containsExactly("i2", "0");
		AdminCommandRun run = reencrypt(both);
		assertThat(run.exitCode()).as(run.text()).isZero();
		assertThat(run.text()).contains("app_user.email_hash: keyed again under index key 'i2': 1")
			.containsPattern("app_user.email_hash +i2 \\(active\\) +1")
			.contains("Index key '0' is now superseded");
		assertThat(jdbc.sql("select email_index_key from app_user where email_hash is not null").query(String.class).list())
			.containsOnly("i2");

		try (leftBehind; rolledOut) {
			awaitTrue("the node left on the first key, having looked at its keys, refuses traffic",
					() -> leftBehind.getBean(ApplicationAvailability.class).getReadinessState()
							== ReadinessState.REFUSING_TRAFFIC);
			assertThatThrownBy(() -> createUser(leftBehind, "left.behind", organisation,
					"geride@example.org"))
				.as("a running node left on the first key writes no audit entry under it, and so does nothing audited")
				.hasStackTraceContaining("The active index key '0' was replaced for good")
				.satisfies(refused -> assertThat(TemporarilyUnavailable.why(refused))
					.as("answered 503, out of service, not an unexpected error").hasValue(Why.OUT_OF_SERVICE));
			awaitTrue("the node rolled out, having looked at its keys, no longer tries the superseded key (look-ups,"
					+ " session cookies)", () -> rolledOut.getBean(BlindIndex.class).keyIds().equals(List.of("i2")));
			assertThat(rolledOut.getBean(ApplicationAvailability.class).getReadinessState())
				.isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
		}
		assertThat(jdbc.sql("select count(*) from app_user where username = 'left.behind'").query(Long.class).single())
			.isZero();
		assertThat(verifyAudit(both)).as("the chain, which the node left behind did not write to").isZero();
		assertThatThrownBy(() -> start(firstKeyOnly()).close()).as("a node left on the first key, started again")
			.hasStackTraceContaining("The active index key '0' was replaced for good");

		String[] secondOnly = secondKeyOnly();
		try (var application = start(secondOnly)) {
			assertThatThrownBy(() -> createUser(application, "third.account", organisation))
				.as("the address keyed again is found under the second key alone").isInstanceOf(UserInputException.class)
				.hasMessage("user.email.taken");
			assertThat(candidates(application, record)).as("so is the person").contains(personId);
		}

		assertThat(jdbc.sql("select action || ' ' || entity_id from audit_entry where entity_type = 'encryption_key'"
				+ " and entity_id like 'index:%' order by seq").query(String.class).list())
			.containsExactly("ENCRYPTION_KEY_ADDED index:0", "ENCRYPTION_KEY_ACTIVATED index:0",
					"ENCRYPTION_KEY_ADDED index:i2", "ENCRYPTION_KEY_ACTIVATED index:i2", "ENCRYPTION_KEY_SUPERSEDED index:0",
					"ENCRYPTION_KEY_RETIRED index:0");
		assertThat(jdbc.sql("""
				select actor_name || ' ' || entity_type || ' ' || purpose from audit_entry
				 where action = 'INDEX_KEYED_VALUE_REKEYED' order by seq""").query(String.class).list())
			.contains("system:reencrypt user app_user.email_hash keyed again from index key 0 to index key i2");
		assertThat(jdbc.sql("select distinct index_key from audit_entry order by 1").query(String.class).list())
			.containsExactly("0", "i2");

		assertThat(verifyAudit(both)).as("the chain, under both keys, intact").isZero();
		assertThat(verifyAudit(secondOnly)).as("the entries under the first key cannot be checked without it").isEqualTo(2);

		// whoever holds the first key (it leaked: the reason to rotate it) forges an entry at the end of the trail
		try (var application = start(bothKeys("i2"))) {
			assertThat(application.getBean(BlindIndex.class).keyIds())
				.as("the superseded key, still configured for the chain's older entries, keys and finds nothing").containsExactly("i2");
			ForgedAuditEntries.append(application, "0", "LOGIN");
			ChainVerification forged = application.getBean(AuditChainVerifier.class).verify();
			assertThat(forged.reason()).as("an entry under the superseded key").isEqualTo("SUPERSEDED");
			assertThat(forged.brokenAt()).isEqualTo(
					jdbc.sql("select max(seq) from audit_entry").query(Long.class).single());
		}
		assertThat(verifyAudit(both)).isEqualTo(1);
	}

	private static void createUser(ConfigurableApplicationContext application, String username, UUID organisation) {
		createUser(application, username, organisation, "Ayse@Example.org");
	}

	private static void createUser(ConfigurableApplicationContext application, String username, UUID organisation,
			String email) {
		SystemActor.call("test", Role.SYSTEM_ADMINISTRATOR, () -> application.getBean(UserManagement.class)
			.create(new NewUser(username, "Ayşe Yılmaz", email, null, Role.NRM_COORDINATOR, Scope.NATIONAL,
					organisation, "a long passphrase for the test", null)));
	}

	private static List<UUID> candidates(ConfigurableApplicationContext application, PersonRecord record) {
		return SystemActor.call("test", Role.NRM_COORDINATOR, () -> application.getBean(PersonIndex.class)
			.candidates(record, null, 5, "test: the index key's rotation")).stream().map(Candidate::personId).toList();
	}

	/** Settings with the node's look at its index keys every half second, not every minute. */
	private static String[] watching(String[] settings) {
		List<String> watching = new ArrayList<>(List.of(settings));
		watching.add("--opennrm.encryption.index-key-watch=PT0.5S");
		return watching.toArray(String[]::new);
	}

	private static void awaitTrue(String what, BooleanSupplier condition) {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as(what).isLessThan(deadline);
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	private static AdminCommandRun reencrypt(String[] settings, String... options) {
		return AdminCommandRun.of("reencrypt", settings, options);
	}

	private static int verifyAudit(String[] settings) {
		return AdminCommandRun.of("verify-audit", settings).exitCode();
	}

	private static ConfigurableApplicationContext start(String[] settings) {
		return new SpringApplicationBuilder(OpenNrmApplication.class).web(WebApplicationType.NONE).run(settings);
	}

	private static List<String> database() {
		return new ArrayList<>(List.of("--spring.datasource.url=" + database.url(),
				"--spring.datasource.username=postgres", "--opennrm.data-dir=" + database.dataDir(),
				"--opennrm.encryption.active-key-id=test1", "--opennrm.encryption.keys.test1=" + DATA_KEY));
	}

	private static String[] firstKeyOnly() {
		List<String> settings = database();
		settings.add("--opennrm.encryption.index-key=" + FIRST);
		return settings.toArray(String[]::new);
	}

	private static String[] bothKeys(String active) {
		List<String> settings = database();
		settings.add("--opennrm.encryption.index-key=" + FIRST);
		settings.add("--opennrm.encryption.index.keys.i2=" + SECOND);
		settings.add("--opennrm.encryption.index.active-key-id=" + active);
		return settings.toArray(String[]::new);
	}

	private static String[] secondKeyOnly() {
		List<String> settings = database();
		settings.add("--opennrm.encryption.index.keys.i2=" + SECOND);
		return settings.toArray(String[]::new);
	}

}
