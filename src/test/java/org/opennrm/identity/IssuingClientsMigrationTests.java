package org.opennrm.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.opennrm.TestTokens.bearer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.opennrm.IntegrationTest;
import org.opennrm.SignIn;
import org.opennrm.identity.internal.ApiTokens;
import org.opennrm.organisation.Organisation;
import org.opennrm.organisation.OrganisationFilter;
import org.opennrm.organisation.OrganisationManagement;
import org.opennrm.shared.database.EmbeddedDatabase;
import org.opennrm.shared.database.ScratchDatabase;

/**
 * Clients issued by clients before the person behind the issuing one was recorded (created_by): V24 finds that person
 * through the audit trail's API_CLIENT_ISSUED entries, so that such a client, too, may not change its person's role;
 * V27 finds the client that issued each the same way, so that revoking a client revokes those it issued.
 */
@IntegrationTest
class IssuingClientsMigrationTests {

	private static final String V24 = "db/migration/V24__api_clients_issued_by_clients_name_their_person.sql";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserManagement users;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	EmbeddedDatabase database;

	@Autowired
	List<JavaMigration> javaMigrations;

	@Test
	void eachClientIssuedByAClientGetsThePersonAtTheStartOfItsChain() throws SQLException {
		try (ScratchDatabase older = ScratchDatabase.create(database, "issuing_clients", javaMigrations)) {
			JdbcClient db = older.jdbc();
			older.migrateTo("23");
			UUID organisation = UUID.randomUUID();
			db.sql("insert into organisation (id, name, name_folded, type) values (:id, 'Göç İdaresi', 'goc idaresi', 'NGO')")
				.param("id", organisation).update();
			UUID person = UUID.randomUUID();
			db.sql("""
					insert into app_user (id, username, full_name, full_name_folded, password_hash, role, scope,
					                      organisation_id)
					values (:id, 'veren', 'Veren Yönetici', 'veren yonetici', 'x', 'SYSTEM_ADMINISTRATOR', 'NATIONAL', :org)""")
				.param("id", person).param("org", organisation).update();
			Older clients = new Older(db, organisation);
			// the person's client, and the clients it issued, and they in turn
			UUID first = clients.issued("first", person, null, "USER");
			UUID second = clients.issued("second", null, first, "API_CLIENT");
			clients.issued("third", null, second, "API_CLIENT");
			// a system job's client, and one it issued: no person behind either
			UUID jobs = clients.issued("jobs", null, UUID.randomUUID(), "SYSTEM");
			clients.issued("of jobs", null, jobs, "API_CLIENT");
			// one whose entry is not in the trail, and one with two entries that disagree
			clients.issued("unrecorded", null, null, null);
			UUID twice = clients.issued("twice", null, first, "API_CLIENT");
			clients.entry(twice, jobs, "API_CLIENT");

			older.migrateTo("latest");

			assertThat(db.sql("select name || ' ' || coalesce(created_by::text, '-') from api_client order by name")
				.query(String.class).list())
				.containsExactly("first " + person, "jobs -", "of jobs -", "second " + person, "third " + person,
						"twice -", "unrecorded -");
			// V27: each names the client that issued it, so that revoking one revokes those it issued
			assertThat(db.sql("""
					select c.name || ' ' || coalesce(i.name, '-') from api_client c
					  left join api_client i on i.id = c.issued_by_client order by c.name""").query(String.class).list())
				.containsExactly("first -", "jobs -", "of jobs jobs", "second first", "third second", "twice -",
						"unrecorded -");
		}
	}

	/** The clients and trail of a database before V24: a client and its API_CLIENT_ISSUED entry, as OpenNRM wrote them. */
	private record Older(JdbcClient db, UUID organisation) {

		UUID issued(String name, UUID createdBy, UUID actor, String actorKind) {
			UUID id = UUID.randomUUID();
			db.sql("""
					insert into api_client (id, name, token_hash, token_prefix, role, scope, organisation_id, created_by)
					values (:id, :name, sha256(convert_to(:name, 'UTF8')), 'onrm_xxxxxxx', 'SYSTEM_ADMINISTRATOR',
					        'NATIONAL', :org, :createdBy)""")
				.param("id", id).param("name", name).param("org", organisation).param("createdBy", createdBy).update();
			if (actorKind != null) {
				entry(id, actor, actorKind);
			}
			return id;
		}

		void entry(UUID client, UUID actor, String actorKind) {
			db.sql("""
					insert into audit_entry (occurred_at, actor_id, actor_name, actor_kind, action, entity_type, entity_id,
					                         outcome, prev_hash, hash)
					values (now(), :actor, 'api:x', :kind, 'API_CLIENT_ISSUED', 'api_client', :client, 'SUCCESS',
					        '\\x00', '\\x00')""")
				.param("actor", actorKind.equals("SYSTEM") ? null : actor).param("kind", actorKind)
				.param("client", client.toString()).update();
		}

	}

	/**
	 * On the trail OpenNRM writes: a client issued through the API by a client before the person was recorded gets
	 * the person from the migration, and may then not change that person's role.
	 */
	@Test
	void aClientIssuedByAClientBeforeMayNotChangeThePersonsRoleOnceMigrated() throws Exception {
		String username = "eski.veren." + System.nanoTime();
		String password = "kendi parolam uzun ve gizli";
		Organisation istanbul = organisations.list(new OrganisationFilter("İstanbul İl Göç", null, null, null)).get(0);
		UserAccount issuer = SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> users.create(new NewUser(
				username, "Eski Veren", null, null, Role.SYSTEM_ADMINISTRATOR, Scope.NATIONAL, istanbul.id(), password,
				null)));
		RequestPostProcessor session = SignIn.as(mvc, username, password);
		String own = issued(post("/api/v1/api-clients").with(session).with(csrf()), "eski anahtar", istanbul);
		String issuedByOwn = issued(post("/api/v1/api-clients").with(bearer(own)), "eski anahtarın anahtarı", istanbul);
		// as it was issued before the person behind the issuing client was recorded
		jdbc.sql("update api_client set created_by = null where token_hash = :hash")
			.param("hash", ApiTokens.hash(issuedByOwn)).update();
		MockHttpServletRequestBuilder coordinator = put("/api/v1/users/{id}", issuer.id()).with(bearer(issuedByOwn))
			.header("If-Match", "\"0\"").param("lang", "en").contentType(MediaType.APPLICATION_JSON)
			.content("{\"fullName\": \"Eski Veren\", \"role\": \"NRM_COORDINATOR\", \"scope\": \"NATIONAL\"}");

		jdbc.sql(new ClassPathResource(V24).getContentAsString(StandardCharsets.UTF_8)).update();

		assertThat(jdbc.sql("select created_by from api_client where token_hash = :hash")
			.param("hash", ApiTokens.hash(issuedByOwn)).query(UUID.class).single()).isEqualTo(issuer.id());
		mvc.perform(coordinator)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.role", containsString("cannot change the role, scope or password of the "
					+ "person who issued it")));
	}

	private String issued(MockHttpServletRequestBuilder call, String name, Organisation organisation) throws Exception {
		String body = mvc.perform(call.contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "%s %d", "role": "SYSTEM_ADMINISTRATOR", "organisationId": "%s"}"""
			.formatted(name, System.nanoTime(), organisation.id())))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.token");
	}

}
