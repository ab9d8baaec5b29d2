package org.opennrm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.opennrm.identity.NewUser;
import org.opennrm.identity.Role;
import org.opennrm.identity.Scope;
import org.opennrm.identity.SystemActor;
import org.opennrm.identity.UserContacts;
import org.opennrm.identity.UserManagement;
import org.opennrm.matching.Candidate;
import org.opennrm.matching.IndexedPerson;
import org.opennrm.matching.PersonIndex;
import org.opennrm.matching.PersonRecord;
import org.opennrm.matching.Sex;
import org.opennrm.organisation.OrganisationForm;
import org.opennrm.organisation.OrganisationManagement;
import org.opennrm.organisation.OrganisationType;

/**
 * A data key's rotation as an operator does it, on a database of its own, with the jar's commands: data written under
 * the first key; the second key added and made active; {@code reencrypt --check} counts what is left under the first,
 * {@code reencrypt} re-encrypts it, audited; then the first key removed, and the application reads every value as
 * before, its audit chain intact.
 */
class ReencryptStartTests {

	private static final String KEY1 = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

	private static final String KEY2 = "YGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn8=";

	@RegisterExtension
	static final OwnDatabase database = new OwnDatabase();

	@Test
	void anOldKeysValuesAreReencryptedSoThatTheKeyCanBeRemoved() {
		UUID userId;
		UUID personId = UUID.randomUUID();
		PersonRecord record = new PersonRecord(personId.toString(), "Fatma", "Hüseyni", null, LocalDate.of(1994, 3, 2),
				null, Sex.F, List.of("SYR"));
		try (var application = start(keys("test1", "test1"))) {
			UUID organisation = SystemActor.call("test", Role.SYSTEM_ADMINISTRATOR,
					() -> application.getBean(OrganisationManagement.class).create(new OrganisationForm("Göç İdaresi",
							OrganisationType.PMM_HEADQUARTERS, "06", null, null, null, null, true)).id());
			userId = SystemActor.call("test", Role.SYSTEM_ADMINISTRATOR,
					() -> application.getBean(UserManagement.class).create(new NewUser("rotation.test", "Ayşe Yılmaz",
							"ayse@example.org", "+905551112233", Role.NRM_COORDINATOR, Scope.NATIONAL, organisation,
							"a long passphrase for the test", null)).id());
			SystemActor.run("test", Role.INDEX_UPKEEP, () -> application.getBean(PersonIndex.class)
				.index(new IndexedPerson(personId, record, "06", organisation, null)));
		}

		String[] both = keys("test2", "test1", "test2");
		JdbcClient jdbc = JdbcClient.create(database.dataSource());
		AdminCommandRun check = reencrypt(both, "--check");
		assertThat(jdbc.sql("select key_name from encryption_key_check").query(String.class).list())
			.as("a check records no key").containsExactlyInAnyOrder("index:0", "data:test1");
		assertThat(check.exitCode()).as(check.text()).isEqualTo(1);
		assertThat(check.text()).containsPattern("app_user.email_enc +test1 +1")
			.containsPattern("app_user.phone_enc +test1 +1")
			.containsPattern("matching_person.record_enc +test1 +1")
			.contains("Values under other keys than the active one 'test2': 3.");

		AdminCommandRun run = reencrypt(both);
		assertThat(run.exitCode()).as(run.text()).isZero();
		assertThat(run.text()).contains("app_user.phone_enc: re-encrypted under 'test2': 1")
			.containsPattern("matching_person.record_enc +test2 \\(active\\) +1")
			.contains("Every encrypted value is under the active key 'test2', and every keyed value under the active index"
					+ " key '0'.");

		AdminCommandRun again = reencrypt(keys("test2", "test2"), "--check");
		assertThat(again.exitCode()).as("the first key removed: " + again.text()).isZero();

		try (var application = start(keys("test2", "test2"))) {
			UserContacts contacts = SystemActor.call("test", Role.SYSTEM_ADMINISTRATOR,
					() -> application.getBean(UserManagement.class).contacts(userId));
			assertThat(contacts.email()).isEqualTo("ayse@example.org");
			assertThat(contacts.phone()).isEqualTo("+905551112233");
			List<Candidate> found = SystemActor.call("test", Role.NRM_COORDINATOR, () -> application
				.getBean(PersonIndex.class).candidates(record, null, 5, "test: the record reads under the new key"));
			assertThat(found).extracting(Candidate::personId).contains(personId);
		}

		assertThat(jdbc.sql("""
				select entity_type || ' ' || purpose from audit_entry
				where action = 'ENCRYPTED_FIELD_REENCRYPTED' and actor_name = 'system:reencrypt' and actor_role = 'KEY_ROTATION'
				order by seq""").query(String.class).list()).containsExactly(
					"user app_user.email_enc re-encrypted from key test1 to key test2",
					"user app_user.phone_enc re-encrypted from key test1 to key test2",
					"person matching_person.record_enc re-encrypted from key test1 to key test2");
		assertThat(jdbc.sql("select distinct actor_kind || ' ' || actor_name from audit_entry where entity_type = 'encryption_key'")
			.query(String.class).list()).containsExactly("SYSTEM system:key-check");
		assertThat(jdbc.sql("select action || ' ' || entity_id from audit_entry where entity_type = 'encryption_key' order by seq")
			.query(String.class).list()).containsExactly("ENCRYPTION_KEY_ADDED index:0", "ENCRYPTION_KEY_ADDED test1",
					"ENCRYPTION_KEY_ACTIVATED test1", "ENCRYPTION_KEY_ACTIVATED index:0", "ENCRYPTION_KEY_ADDED test2",
					"ENCRYPTION_KEY_ACTIVATED test2", "ENCRYPTION_KEY_RETIRED test1");
		assertThat(OpenNrmApplication.adminCommand(command("verify-audit", keys("test2", "test2")), System.err))
			.as("the chain, with the rotation's entries, intact").isZero();
	}

	@Test
	void inAFolderWithoutADatabaseItSetsNoneUpAndSaysItCouldNotRun(@TempDir Path empty) {
		PrintStream err = System.err;
		ByteArrayOutputStream said = new ByteArrayOutputStream();
		System.setErr(new PrintStream(said, true, StandardCharsets.UTF_8));
		int exitCode;
		try {
			exitCode = OpenNrmApplication.adminCommand(new String[] { "reencrypt", "--check", "--opennrm.data-dir=" + empty },
					System.err);
		}
		finally {
			System.setErr(err);
		}
		assertThat(exitCode).as("not 0: there are no values to speak of").isEqualTo(2);
		assertThat(said.toString(StandardCharsets.UTF_8)).contains("No value was counted or re-encrypted");
		assertThat(empty.resolve("postgres")).doesNotExist();
		assertThat(empty.resolve("secrets")).doesNotExist();
	}

	@Test
	void withoutItsDatabaseItSaysItCouldNotRun() {
		String[] unreachable = keys("test1", "test1");
		unreachable[0] = "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/unreachable";
		assertThat(reencrypt(unreachable, "--check").exitCode()).isEqualTo(2);
		assertThat(reencrypt(unreachable).exitCode()).as("not 1: no value is known to be under an old key").isEqualTo(2);
	}

	@Test
	void aWrongOptionRunsNothingAndHelpStartsNothing() {
		assertThat(OpenNrmApplication.wrongArguments(new String[] { "reencrypt", "--batch", "0" }))
			.hasValue("--batch takes a number of rows from 1 to 999,999, not 0.");
		assertThat(OpenNrmApplication.wrongArguments(new String[] { "reencrypt", "--check=true" })).get(STRING)
			.startsWith("--check=true is neither an option (an option is written apart from its value, as --batch 500, or"
					+ " alone, as --check)");
		assertThat(OpenNrmApplication.wrongArguments(new String[] { "reencrypt", "--batch=5" })).isPresent();
		assertThat(OpenNrmApplication.wrongArguments(new String[] { "reencrypt", "--bogus" }))
			.hasValue("Not an option of reencrypt: --bogus.");
		assertThat(OpenNrmApplication.wrongArguments(new String[] { "verify-audit", "--check" })).isPresent();
		assertThat(OpenNrmApplication.wrongArguments(new String[] { "reencrypt", "--check", "--batch", "2000",
				"--opennrm.data-dir=/x", "--spring.datasource.url=jdbc:postgresql://db/o" })).isEmpty();
		AdminCommandRun wrong = reencrypt(keys("test1", "test1"), "--batch", "many");
		assertThat(wrong.exitCode()).as("the command reads its options too").isEqualTo(2);
		assertThat(wrong.text()).contains("--batch takes a number of rows from 1 to 999,999, not many.");
		assertThat(OpenNrmApplication.asksForHelp(new String[] { "reencrypt", "--check", "--help" })).isTrue();
		assertThat(OpenNrmApplication.asksForHelp(new String[] { "reencrypt", "--check" })).isFalse();
		assertThat(OpenNrmApplication.ADMIN_COMMANDS.get("reencrypt")).contains("--check", "--batch N", "docs/encryption.md");
	}

	private static AdminCommandRun reencrypt(String[] settings, String... options) {
		return AdminCommandRun.of("reencrypt", settings, options);
	}

	private static String[] command(String name, String... args) {
		List<String> all = new ArrayList<>(List.of(name));
		all.addAll(List.of(args));
		return all.toArray(String[]::new);
	}

	private static ConfigurableApplicationContext start(String[] settings) {
		return new SpringApplicationBuilder(OpenNrmApplication.class).web(WebApplicationType.NONE).run(settings);
	}

	/** The database's settings with the data keys named (of test1 and test2) and the active one. */
	private static String[] keys(String active, String... ids) {
		List<String> settings = new ArrayList<>(List.of(
				"--spring.datasource.url=" + database.url(),
				"--spring.datasource.username=postgres", "--opennrm.data-dir=" + database.dataDir(),
				"--opennrm.encryption.active-key-id=" + active,
				"--opennrm.encryption.index-key=QEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaW1xdXl8="));
		for (String id : ids) {
			settings.add("--opennrm.encryption.keys." + id + "=" + ("test1".equals(id) ? KEY1 : KEY2));
		}
		return settings.toArray(String[]::new);
	}

}
