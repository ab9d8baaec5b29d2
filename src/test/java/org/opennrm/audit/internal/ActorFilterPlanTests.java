package org.opennrm.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.opennrm.IntegrationTest;
import org.opennrm.audit.AuditFilter;
import org.opennrm.shared.database.AsOwner;
import org.opennrm.shared.database.EmbeddedDatabase;

/**
 * The "who" filter reads an actor's entries through the index of names and sequence numbers (V22), newest first, and
 * stops at the page's end, however few the actor's entries and however long the trail: checked with EXPLAIN on a trail
 * of 100,000 entries of 100 busy actors after the 3 of a quiet one, in a transaction undone at the end.
 */
@IntegrationTest
class ActorFilterPlanTests {

	private static final UUID QUIET = UUID.fromString("3c1e6a52-0d8b-4f55-9a5e-7b6f0a2d9c41");

	@Autowired
	EmbeddedDatabase database;

	@Test
	void anActorWithFewEntriesIsReadThroughTheIndexNotByWalkingTheTrail() throws SQLException {
		AsOwner.undone(database, db -> {
			db.sql("""
					insert into audit_entry (occurred_at, actor_id, actor_name, actor_kind, action, outcome, prev_hash, hash,
					                         index_key)
					select now(), :quiet, 'sessiz.kullanici', 'USER', 'LOGIN', 'SUCCESS', '\\x00', '\\x00', '0'
					  from generate_series(1, 3)""").param("quiet", QUIET).update();
			db.sql("""
					insert into audit_entry (occurred_at, actor_id, actor_name, actor_kind, action, entity_type, entity_id,
					                         outcome, prev_hash, hash, index_key)
					select now(), md5((i % 100)::text)::uuid, 'yogun.' || (i % 100), 'USER', 'CANDIDATE_SHOWN', 'person',
					       i::text, 'SUCCESS', '\\x00', '\\x00', '0'
					  from generate_series(1, 100000) i""").update();
			db.sql("analyze audit_entry").update();

			// the quiet actor found by the name, and by the full name of the account: two selects, merged
			AuditEntries.Query query = AuditEntries.query(AuditFilter.none(), List.of("sessiz.kullanici"), Set.of(QUIET), 50);
			assertThat(db.sql(query.sql()).params(query.params()).query((rs, row) -> rs.getString("actor_name")).list())
				.containsExactly("sessiz.kullanici", "sessiz.kullanici", "sessiz.kullanici");
			// as planned for these values, and as planned for any (PostgreSQL plans a statement prepared and run
			// again and again, as the connection pool's are, once for all values)
			String plan = String.join("\n", db.sql("explain " + query.sql()).params(query.params()).query(String.class).list());
			db.sql("prepare search (text, uuid, int) as " + query.sql().replace(":actors", "$1").replace(":accounts", "$2")
				.replace(":limit", "$3")).update();
			db.sql("set local plan_cache_mode = force_generic_plan").update();
			String generic = String.join("\n", db.sql("explain execute search ('sessiz.kullanici', '" + QUIET + "', 50)")
				.query(String.class).list());
			for (String each : List.of(generic, plan)) {
				// not walked back through the whole trail from its newest entry
				assertThat(each).doesNotContain("audit_entry_pkey").doesNotContain("Seq Scan")
					.contains("audit_entry_actor_name_seq_idx").contains("audit_entry_actor_idx");
			}
		});
	}

}
