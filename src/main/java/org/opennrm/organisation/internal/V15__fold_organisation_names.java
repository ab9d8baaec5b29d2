package org.opennrm.organisation.internal;

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
 * Organisation names get their folded form ({@link TextFolding#fold}), the key that searches look in and that keeps
 * names unique as people read them: "KADIN DAYANIŞMA DERNEĞİ" and "Kadın  Dayanışma Derneği" are one name. A Java
 * migration because the folding must be the application's own, letter for letter: the database's {@code lower()}
 * turns İ and ı into what its locale and ICU say, which differ between installations.
 * <p>
 * A database may already hold names that are one under the new rule (the old constraint compared them exactly). The
 * migration does not fail on them, nor rename anything: the oldest of each such group keeps the name, the later ones
 * are marked {@code name_clash} and left out of the unique index, and a warning names them so that an administrator
 * renames or deactivates them. A clashing organisation can be saved under its name until it is renamed; any other
 * organisation, new or renamed, must take a free name.
 */
@Component
class V15__fold_organisation_names extends BaseJavaMigration {

	private static final Logger log = LoggerFactory.getLogger(V15__fold_organisation_names.class);

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("alter table organisation add column name_folded text,"
					+ " add column name_clash boolean not null default false");
		}
		record Row(Object id, String name, String folded, boolean clash) {
		}
		List<Row> rows = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		try (Statement select = connection.createStatement();
				ResultSet rs = select.executeQuery("select id, name from organisation order by created_at, id")) {
			while (rs.next()) {
				String folded = TextFolding.fold(rs.getString("name"));
				rows.add(new Row(rs.getObject("id"), rs.getString("name"), folded, !seen.add(folded)));
			}
		}
		try (PreparedStatement update = connection
			.prepareStatement("update organisation set name_folded = ?, name_clash = ? where id = ?")) {
			for (Row row : rows) {
				update.setString(1, row.folded());
				update.setBoolean(2, row.clash());
				update.setObject(3, row.id());
				update.addBatch();
			}
			update.executeBatch();
		}
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("alter table organisation alter column name_folded set not null");
			ddl.execute("create unique index organisation_name_folded_unique on organisation (name_folded)"
					+ " where not name_clash");
		}
		List<String> clashes = rows.stream().filter(Row::clash).map(Row::name).toList();
		if (!clashes.isEmpty()) {
			log.warn("{} organisation names are the same as an older organisation's when case, Turkish letters and "
					+ "spaces are set aside; they keep their names until renamed: {}", clashes.size(), clashes);
		}
	}

}
