package org.opennrm.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.springframework.stereotype.Component;

import org.opennrm.shared.TextFolding;

/**
 * The names the audit trail's "who" filter looks in, folded ({@link TextFolding#fold}) and indexed for a search of
 * any part of them, so that a search reads the names that match rather than every name: the trail's actor names
 * (user names, {@code api:} clients, {@code system:} jobs) in a table of their own, {@code audit_actor_name}, which
 * {@link AuditEntries} adds each new name to; and the full names of the accounts, a column of identity's
 * {@code app_user} that identity's {@code Users} writes with the name. A Java migration because the folding must be
 * the application's own, letter for letter (the database's {@code lower()} turns İ and ı as its locale says). The
 * indexes are trigram indexes (PostgreSQL's {@code pg_trgm}), which serve {@code like '%part%'}.
 */
@Component
class V20__index_actor_names extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("create extension if not exists pg_trgm");
			ddl.execute("create table audit_actor_name (name text collate \"C\" primary key, name_folded text not null)");
			ddl.execute("alter table app_user add column full_name_folded text");
		}
		// the trail's distinct names, one step through audit_entry_actor_name_idx (V16) per name
		fold(connection, """
				with recursive actor (name) as (
				    (select actor_name collate "C" from audit_entry where actor_name is not null
				      order by actor_name collate "C" limit 1)
				    union all
				    select (select e.actor_name collate "C" from audit_entry e
				             where e.actor_name collate "C" > a.name order by e.actor_name collate "C" limit 1)
				      from actor a where a.name is not null)
				select name, name from actor where name is not null""",
				"insert into audit_actor_name (name_folded, name) values (?, ?)");
		fold(connection, "select full_name, id from app_user",
				"update app_user set full_name_folded = ? where id = ?");
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("alter table app_user alter column full_name_folded set not null");
			ddl.execute("create index audit_actor_name_folded_idx on audit_actor_name using gin (name_folded gin_trgm_ops)");
			ddl.execute("create index app_user_full_name_folded_idx on app_user using gin (full_name_folded gin_trgm_ops)");
		}
	}

	/** Each row of {@code select} (a text, a key) written by {@code write} as (the text folded, the key). */
	private static void fold(Connection connection, String select, String write) throws SQLException {
		try (Statement read = connection.createStatement(); ResultSet rs = read.executeQuery(select);
				PreparedStatement update = connection.prepareStatement(write)) {
			int pending = 0;
			while (rs.next()) {
				update.setString(1, TextFolding.fold(rs.getString(1)));
				update.setObject(2, rs.getObject(2));
				update.addBatch();
				if (++pending == 1000) {
					update.executeBatch();
					pending = 0;
				}
			}
			update.executeBatch();
		}
	}

}
