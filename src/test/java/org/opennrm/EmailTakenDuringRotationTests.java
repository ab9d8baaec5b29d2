package org.opennrm;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.opennrm.encryption.BlindIndex;
import org.opennrm.encryption.FieldEncryption;
import org.opennrm.encryption.KeyRotation;
import org.opennrm.identity.NewUser;
import org.opennrm.identity.Role;
import org.opennrm.identity.Scope;
import org.opennrm.identity.SystemActor;
import org.opennrm.identity.UserManagement;
import org.opennrm.organisation.OrganisationForm;
import org.opennrm.organisation.OrganisationManagement;
import org.opennrm.organisation.OrganisationType;
import org.opennrm.shared.UserInputException;

/**
 * While the index key is rotated, two nodes store an address under two keys, whose hashes the unique index cannot tell
 * to be one address: an account's creation waits for any other write of an address to end, and then sees it (an
 * operator's test created two accounts with one address, at the same moment, on two nodes). On a database of its own.
 */
class EmailTakenDuringRotationTests {

	@RegisterExtension
	static final OwnDatabase database = new OwnDatabase();

	@Test
	void anAddressWrittenUnderTheOtherKeyWhileTheCheckWaitedIsTaken() throws Exception {
		try (var application = new SpringApplicationBuilder(OpenNrmApplication.class).web(WebApplicationType.NONE)
			.run(settings())) {
			UUID organisation = SystemActor.call("test", Role.SYSTEM_ADMINISTRATOR,
					() -> application.getBean(OrganisationManagement.class).create(new OrganisationForm("Göç İdaresi",
							OrganisationType.PMM_HEADQUARTERS, "06", null, null, null, null, true)).id());
			byte[] underTheFirstKey = application.getBean(BlindIndex.class).hash("0", "app_user.email", "ayni@example.org");

			// another node, whose active index key is still the first, writes the address and has not committed yet
			try (Connection otherNode = database.dataSource().getConnection()) {
				otherNode.setAutoCommit(false);
				otherNode.createStatement().execute("select pg_advisory_xact_lock(6175720410004)");
				try (var insert = otherNode.prepareStatement("""
						insert into app_user (id, username, full_name, full_name_folded, email_hash, email_index_key,
						                      password_hash, role, scope, organisation_id)
						values (?, 'other.node', 'Öteki Düğüm', 'oteki dugum', ?, '0', 'x', 'NRM_COORDINATOR', 'NATIONAL', ?)""")) {
					insert.setObject(1, UUID.randomUUID());
					insert.setBytes(2, underTheFirstKey);
					insert.setObject(3, organisation);
					insert.executeUpdate();
				}
				CompletableFuture<Object> here = CompletableFuture.supplyAsync(() -> SystemActor.call("test",
						Role.SYSTEM_ADMINISTRATOR, () -> application.getBean(UserManagement.class).create(new NewUser(
								"this.node", "Bu Düğüm", "Ayni@Example.org", null, Role.NRM_COORDINATOR, Scope.NATIONAL,
								organisation, "a long passphrase for the test", null))));
				Thread.sleep(1_500);
				assertThat(here).as("waits for the other write of an address").isNotDone();
				otherNode.commit();

				assertThat(catchCause(here)).isInstanceOf(UserInputException.class).hasMessage("user.email.taken");
			}
		}
	}

	@Test
	void twoAccountsWithOneAddressAreLeftAndNamedNotAFailedRun() {
		try (var application = new SpringApplicationBuilder(OpenNrmApplication.class).web(WebApplicationType.NONE)
			.run(settings())) {
			UUID organisation = SystemActor.call("test", Role.SYSTEM_ADMINISTRATOR,
					() -> application.getBean(OrganisationManagement.class).create(new OrganisationForm("İkiz Derneği",
							OrganisationType.NGO, "06", null, null, null, null, true)).id());
			BlindIndex index = application.getBean(BlindIndex.class);
			FieldEncryption encryption = application.getBean(FieldEncryption.class);
			// as two nodes wrote them before account writes took turns: one address, under each key
			UUID first = UUID.randomUUID();
			UUID second = UUID.randomUUID();
			JdbcClient jdbc = JdbcClient.create(database.dataSource());
			for (UUID id : List.of(first, second)) {
				String key = id.equals(first) ? "0" : "i2";
				jdbc.sql("""
						insert into app_user (id, username, full_name, full_name_folded, email_enc, email_hash, email_index_key,
						                      password_hash, role, scope, organisation_id)
						values (:id, :username, 'İkiz', 'ikiz', :enc, :hash, :key, 'x', 'NRM_COORDINATOR', 'NATIONAL', :org)""")
					.param("id", id).param("username", "ikiz." + key).param("key", key).param("org", organisation)
					.param("enc", encryption.encrypt("ikiz@example.org", "app_user.email:" + id))
					.param("hash", index.hash(key, "app_user.email", "ikiz@example.org")).update();
			}

			KeyRotation.Reencryption result = SystemActor.call("reencrypt", Role.KEY_ROTATION,
					() -> application.getBean(KeyRotation.class).rekeyIndex(10, progress -> {
					}));

			assertThat(result.columns()).filteredOn(c -> c.field().equals("app_user.email_hash")).singleElement()
				.satisfies(c -> assertThat(c.unreadableIds()).contains(first.toString()));
			assertThat(jdbc.sql("select email_index_key from app_user where id = :id").param("id", first)
				.query(String.class).single()).as("left as it was").isEqualTo("0");
			assertThat(application.getBean(KeyRotation.class).supersededIndexKeys()).as("not while a value is under it")
				.doesNotContain("0");
			assertThat(jdbc.sql("select outcome || ' ' || purpose from audit_entry where action = 'INDEX_KEYED_VALUE_REKEYED'"
					+ " and entity_id = :id").param("id", first.toString()).query(String.class).single())
				.as("its address was read all the same")
				.isEqualTo("FAILURE app_user.email_hash left under index key 0: another account has the address too");
		}
	}

	private static String[] settings() {
		return new String[] { "--spring.datasource.url=" + database.url(),
				"--spring.datasource.username=postgres", "--opennrm.data-dir=" + database.dataDir(),
				"--opennrm.encryption.active-key-id=test1",
				"--opennrm.encryption.keys.test1=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
				"--opennrm.encryption.index-key=QEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaW1xdXl8=",
				"--opennrm.encryption.index.keys.i2=gIGCg4SFhoeIiYqLjI2Oj5CRkpOUlZaXmJmam5ydnp8=",
				"--opennrm.encryption.index.active-key-id=i2" };
	}

	private static Throwable catchCause(CompletableFuture<Object> future) throws Exception {
		try {
			future.get(30, TimeUnit.SECONDS);
			return null;
		}
		catch (ExecutionException ex) {
			return ex.getCause();
		}
	}

}
