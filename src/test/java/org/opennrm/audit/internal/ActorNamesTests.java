package org.opennrm.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import org.opennrm.IntegrationTest;
import org.opennrm.identity.Role;
import org.opennrm.identity.SystemActor;
import org.opennrm.shared.AuditableEvent;
import org.opennrm.shared.TextFolding;
import org.opennrm.shared.database.AsOwner;
import org.opennrm.shared.database.EmbeddedDatabase;
import org.opennrm.shared.database.ScratchDatabase;

/** The names the "who" filter looks in: read through their index, and folded for a trail that was there before. */
@IntegrationTest
class ActorNamesTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EmbeddedDatabase database;

	@Autowired
	List<JavaMigration> javaMigrations;

	String run = Long.toString(System.nanoTime(), 36);

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	record Probe(String entityId) implements AuditableEvent {

		@Override
		public String action() {
			return "ACTOR_NAME_PROBE";
		}

		@Override
		public String entityType() {
			return "person";
		}

		@Override
		public String outcome() {
			return "SUCCESS";
		}

	}

	/**
	 * An actor's name joins the names the filter looks in with the actor's first entry that is kept: a first entry
	 * whose transaction is undone leaves no name, and must not leave the application believing the name is there
	 * (it writes a known actor's name no more), or the actor's next entries could never be found by "who".
	 */
	@Test
	void anActorsNameIsKnownOnceAnEntryOfItIsKept() {
		String job = "probe-" + run;
		SystemActor.run(job, Role.ANALYST, () -> {
			transactions.executeWithoutResult(tx -> {
				events.publishEvent(new Probe(run));
				tx.setRollbackOnly();
			});
			assertThat(named("system:" + job)).isZero();
			transactions.executeWithoutResult(tx -> events.publishEvent(new Probe(run)));
			transactions.executeWithoutResult(tx -> events.publishEvent(new Probe(run)));
		});
		assertThat(named("system:" + job)).isOne();
		assertThat(jdbc.sql("select count(*) from audit_entry where actor_name = :name").param("name", "system:" + job)
			.query(Long.class).single()).isEqualTo(2);
	}

	private long named(String name) {
		return jdbc.sql("select count(*) from audit_actor_name where name = :name").param("name", name)
			.query(Long.class).single();
	}

	/**
	 * A search reads the names that match, through the folded names' trigram index, not every name in the trail (as the
	 * filter did until V20, one index step per name). On a few thousand names PostgreSQL rightly reads the small table
	 * instead (3,000 names are 29 pages, read in about a millisecond); from some 25,000 names on it takes the index, so
	 * the time stays that of the names that match: checked here on 50,000, in a transaction undone at the end.
	 */
	@Test
	void aSearchReadsTheNamesThatMatchThroughTheirIndex() throws SQLException {
		AsOwner.undone(database, db -> {
			db.sql("""
					insert into audit_actor_name (name, name_folded)
					select n, n from (select 'kullanici.' || md5(i::text) || '.' || i as n from generate_series(1, 50000) i) names""")
				.update();
			// as autovacuum leaves it: the GIN index's pending list merged (a manual analyze does not), which the planner
			// otherwise counts against the index by however much of it the suite's earlier names left there
			db.sql("select gin_clean_pending_list('audit_actor_name_folded_idx'::regclass)").query(Long.class).single();
			db.sql("analyze audit_actor_name").update();
			String pattern = TextFolding.containing("KULLANICI." + md5("1234") + ".1234");
			List<String> plan = db.sql("explain analyze " + AuditEntries.ACTORS_NAMED).param("pattern", pattern)
				.query(String.class).list();
			assertThat(String.join("\n", plan)).contains("Bitmap Index Scan on audit_actor_name_folded_idx")
				.doesNotContain("Seq Scan");
			assertThat(db.sql(AuditEntries.ACTORS_NAMED).param("pattern", pattern).query(String.class).list())
				.containsExactly("kullanici." + md5("1234") + ".1234");
		});
	}

	private static String md5(String text) {
		return org.springframework.util.DigestUtils.md5DigestAsHex(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	/** A trail and accounts that were there before V20: their names are folded by the migration, once. */
	@Test
	void theMigrationFoldsTheNamesAlreadyThere() throws SQLException {
		try (ScratchDatabase older = ScratchDatabase.create(database, "actor_names", javaMigrations)) {
			JdbcClient db = older.jdbc();
			older.migrateTo("17");
			UUID organisation = UUID.randomUUID();
			db.sql("insert into organisation (id, name, name_folded, type) values (:id, 'Göç İdaresi', 'goc idaresi', 'NGO')")
				.param("id", organisation).update();
			UUID ayse = UUID.randomUUID();
			db.sql("""
					insert into app_user (id, username, full_name, password_hash, role, scope, organisation_id)
					values (:id, 'ayse', 'AYŞE Yılmaz', 'x', 'AUDITOR', 'NATIONAL', :org)""")
				.param("id", ayse).param("org", organisation).update();
			IntStream.range(0, 3).forEach(i -> List.of("ayse", "api:İstatistik Panosu", "system:demo-data").forEach(actor ->
					db.sql("""
							insert into audit_entry (occurred_at, actor_name, actor_kind, action, outcome, prev_hash, hash)
							values (now(), :actor, 'USER', 'LOGIN', 'SUCCESS', '\\x00', '\\x00')""")
						.param("actor", actor).update()));
			db.sql("insert into audit_entry (occurred_at, actor_kind, action, outcome, prev_hash, hash) "
					+ "values (now(), 'ANONYMOUS', 'LOGIN_FAILED', 'FAILURE', '\\x00', '\\x00')").update();

			older.migrateTo("latest");

			assertThat(db.sql("select name || ' | ' || name_folded from audit_actor_name order by name").query(String.class)
				.list()).containsExactly("api:İstatistik Panosu | api:istatistik panosu", "ayse | ayse",
						"system:demo-data | system:demo-data");
			assertThat(db.sql("select full_name_folded from app_user").query(String.class).single()).isEqualTo("ayse yilmaz");
		}
	}


}
