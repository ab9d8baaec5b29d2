package org.opennrm.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.opennrm.IntegrationTest;
import org.opennrm.identity.CurrentUser;
import org.opennrm.identity.Role;
import org.opennrm.identity.Scope;
import org.opennrm.shared.TextFolding;
import org.opennrm.shared.database.EmbeddedDatabase;
import org.opennrm.shared.database.ScratchDatabase;

/**
 * An existing database whose active API clients of one organisation have names that are one once folded ("Göç Şube",
 * "GOC SUBE"), which V17's index let through: V30 does not fail on them, the oldest keeps its name, the later ones
 * get the beginning of their token added to theirs, their tokens keep working, and no new lookalike can be issued.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class FoldedApiClientNamesMigrationTests {

	@Autowired
	EmbeddedDatabase database;

	@Autowired
	List<JavaMigration> javaMigrations;

	@Test
	void lookalikeNamesOfActiveClientsAreToldApartAndTheirTokensKeepWorking(CapturedOutput log) throws SQLException {
		try (ScratchDatabase older = ScratchDatabase.create(database, "api_client_names", javaMigrations)) {
			older.migrateTo("29");
			JdbcClient db = older.jdbc();
			UUID branch = organisation(db, "Göç Derneği", "goc dernegi");
			UUID other = organisation(db, "Başka Dernek", "baska dernek");
			Older clients = new Older(db);
			UUID oldest = clients.issued("Göç Şube", "onrm_Ab3dE9x", branch, true, "2025-01-01T00:00Z");
			UUID later = clients.issued("GOC SUBE", "onrm_Zk81QwT", branch, true, "2025-02-01T00:00Z");
			UUID latest = clients.issued("göç  şube", "onrm_p0Lm2Vb", branch, true, "2025-03-01T00:00Z");
			// the name the later one would be given, already someone's: that one is numbered
			clients.issued("GOC SUBE (onrm_Zk81QwT…)", "onrm_Hh5Tr2c", branch, true, "2025-01-15T00:00Z");
			// revoked: keeps its name, acts no more
			clients.issued("Goc Sube", "onrm_Rv0k3dd", branch, false, "2025-01-10T00:00Z");
			// another organisation's: names are unique within one
			UUID others = clients.issued("GÖÇ ŞUBE", "onrm_0th3rOr", other, true, "2025-04-01T00:00Z");

			older.migrateTo("latest");

			assertThat(db.sql("select name from api_client where organisation_id = :org order by created_at")
				.param("org", branch).query(String.class).list())
				.containsExactly("Göç Şube", "Goc Sube", "GOC SUBE (onrm_Zk81QwT…)", "GOC SUBE (onrm_Zk81QwT… 2)",
						"göç  şube (onrm_p0Lm2Vb…)");
			assertThat(db.sql("select name from api_client where id = :id").param("id", others).query(String.class)
				.single()).isEqualTo("GÖÇ ŞUBE");
			assertThat(db.sql("select name, name_folded from api_client")
				.query((rs, row) -> List.of(rs.getString(1), rs.getString(2))).list())
				.allSatisfy(name -> assertThat(name.get(1)).isEqualTo(TextFolding.fold(name.get(0))));
			// the migration's log names them, by id, as they were and as they are
			assertThat(log).contains("2 active API clients had the name of an older active client")
				.contains(later + " \"GOC SUBE\" -> \"GOC SUBE (onrm_Zk81QwT… 2)\"")
				.contains(latest + " \"göç  şube\" -> \"göç  şube (onrm_p0Lm2Vb…)\"");

			// their tokens work as before, under their new names (a client's token here is its old name)
			ApiClients migrated = new ApiClients(db);
			assertThat(migrated.authenticate(ApiTokens.hash("GOC SUBE")).map(CurrentUser::username))
				.contains("api:GOC SUBE (onrm_Zk81QwT… 2)");
			assertThat(migrated.authenticate(ApiTokens.hash("göç  şube")).map(CurrentUser::id)).contains(latest);
			assertThat(migrated.authenticate(ApiTokens.hash("Göç Şube")).map(CurrentUser::id)).contains(oldest);
			assertThat(migrated.authenticate(ApiTokens.hash("Goc Sube"))).isEmpty();

			// from now on a name is taken as people read it, by the service's look-up and by the index
			assertThat(migrated.activeNameTaken(branch, "GÖÇ ŞUBE")).isTrue();
			assertThat(migrated.activeNameTaken(other, "goc  sube")).isTrue();
			assertThat(migrated.activeNameTaken(branch, "Göç Şubesi")).isFalse();
			assertThatThrownBy(() -> migrated.insert(UUID.randomUUID(), "Goc Sube", ApiTokens.hash("yeni"), "onrm_y3n1Abc",
					Role.ANALYST, Scope.NATIONAL, branch, null, null, null))
				.hasMessageContaining("api_client_active_name_folded");
		}
	}

	private static UUID organisation(JdbcClient db, String name, String folded) {
		UUID id = UUID.randomUUID();
		db.sql("insert into organisation (id, name, name_folded, type) values (:id, :name, :folded, 'NGO')")
			.param("id", id).param("name", name).param("folded", folded).update();
		return id;
	}

	/** Clients as OpenNRM wrote them before V30; each one's token is its name. */
	private record Older(JdbcClient db) {

		UUID issued(String name, String tokenPrefix, UUID organisation, boolean active, String createdAt) {
			UUID id = UUID.randomUUID();
			db.sql("""
					insert into api_client (id, name, token_hash, token_prefix, role, scope, organisation_id, active,
					                        created_at)
					values (:id, :name, :hash, :prefix, 'ANALYST', 'NATIONAL', :org, :active, :at::timestamptz)""")
				.param("id", id).param("name", name).param("hash", ApiTokens.hash(name)).param("prefix", tokenPrefix)
				.param("org", organisation).param("active", active).param("at", createdAt).update();
			return id;
		}

	}

}
