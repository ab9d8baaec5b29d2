package org.opennrm.identity.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import org.opennrm.shared.TextFolding;

/**
 * API-client names get their folded form ({@link TextFolding#fold}), and the names of an organisation's active clients
 * are unique by it, as people read them: "Göç Şube" and "GOC SUBE" are one name, as they are one organisation's name
 * (V15). The unique index of V17 folded case alone, and with the database's {@code lower()}, which turns Ş, Ö and the
 * Turkish I's as the database's locale says, which differs between installations. A Java migration because the folding
 * must be the application's own, letter for letter; {@link ApiClients} writes it with each name from then on.
 * <p>
 * Active clients whose names are one under the new rule are not left to fail the migration. The oldest of each group
 * keeps its name; each later one gets the beginning of its token added to its name ("Göç Şube (onrm_AbCdEfG…)", as the
 * list of clients shows the token), as V17 did with the names that were one under its rule; a warning names them, by
 * id, old name and new. Their tokens keep working: a token is found by its hash, never by the name. Renamed rather than
 * marked and left out of the index, as V15 marks organisations: a client cannot be renamed, so a mark would stay until
 * the client is revoked, and the audit trail, which names a client by its name, would go on showing two clients that
 * read alike. Revoked clients keep their names: they act no more, and the index holds active clients only.
 */
@Component
class V30__fold_api_client_names extends BaseJavaMigration {

	private static final Logger log = LoggerFactory.getLogger(V30__fold_api_client_names.class);

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("alter table api_client add column name_folded text");
		}
		record Row(Object id, String name, String renamed) {
		}
		List<Row> rows = new ArrayList<>();
		// an organisation's active names, folded, each with its organisation
		Set<List<Object>> taken = new HashSet<>();
		try (Statement select = connection.createStatement(); ResultSet rs = select.executeQuery("""
				select id, name, token_prefix, organisation_id, active from api_client order by created_at, id""")) {
			while (rs.next()) {
				String name = rs.getString("name");
				Object organisation = rs.getObject("organisation_id");
				String renamed = name;
				if (rs.getBoolean("active")) {
					for (int tries = 1; !taken.add(List.of(organisation, TextFolding.fold(renamed))); tries++) {
						// an older one so named, by its own name or as renamed here: the token's beginning, numbered if
						// that too is taken
						renamed = name + " (" + rs.getString("token_prefix") + "…" + (tries == 1 ? "" : " " + tries) + ")";
					}
				}
				rows.add(new Row(rs.getObject("id"), name, renamed));
			}
		}
		try (PreparedStatement update = connection
			.prepareStatement("update api_client set name = ?, name_folded = ? where id = ?")) {
			for (Row row : rows) {
				update.setString(1, row.renamed());
				update.setString(2, TextFolding.fold(row.renamed()));
				update.setObject(3, row.id());
				update.addBatch();
			}
			update.executeBatch();
		}
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("alter table api_client alter column name_folded set not null");
			ddl.execute("drop index api_client_active_name");
			ddl.execute("create unique index api_client_active_name_folded on api_client (organisation_id, name_folded)"
					+ " where active");
		}
		List<String> renamed = rows.stream()
			.filter(row -> !row.renamed().equals(row.name()))
			.map(row -> row.id() + " \"" + row.name() + "\" -> \"" + row.renamed() + "\"")
			.toList();
		if (!renamed.isEmpty()) {
			log.warn("{} active API clients had the name of an older active client of their organisation when case, "
					+ "Turkish letters, accents and spaces are set aside; they were renamed with the beginning of their "
					+ "token, which keeps working: {}", renamed.size(), renamed);
		}
	}

}
