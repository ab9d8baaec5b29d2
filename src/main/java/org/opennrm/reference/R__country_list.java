package org.opennrm.reference;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Brings the table {@code country} to the {@link CountryList}: a repeatable migration whose checksum is the list's
 * file's, so that Flyway runs it again at the first start after the file changed, and the bulk command, which reads
 * the file, and the database never differ. A row of the list is added, or its codes and names set as the list has
 * them; a row the list no longer has is kept, as records may hold its code, and named in a warning. Flyway runs
 * repeatable migrations after every versioned one, so a versioned migration cannot count on a row added here in the
 * same version.
 */
@Component
class R__country_list extends BaseJavaMigration {

	private static final Logger log = LoggerFactory.getLogger(R__country_list.class);

	private final CountryList list;

	R__country_list() {
		this(CountryList.reference());
	}

	/** @param list a list of another file, as a later version would have it (tests) */
	R__country_list(CountryList list) {
		this.list = list;
	}

	@Override
	public Integer getChecksum() {
		return list.checksum();
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (PreparedStatement upsert = connection.prepareStatement("""
				insert into country (alpha3, alpha2, name_en, name_tr) values (?, ?, ?, ?)
				on conflict (alpha3) do update set alpha2 = excluded.alpha2, name_en = excluded.name_en,
				    name_tr = excluded.name_tr
				where (country.alpha2, country.name_en, country.name_tr)
				    is distinct from (excluded.alpha2, excluded.name_en, excluded.name_tr)""")) {
			for (CountryList.Entry entry : list.entries()) {
				upsert.setString(1, entry.alpha3());
				upsert.setString(2, entry.alpha2());
				upsert.setString(3, entry.nameEn());
				upsert.setString(4, entry.nameTr());
				upsert.addBatch();
			}
			upsert.executeBatch();
		}
		Set<String> listed = new HashSet<>();
		list.entries().forEach(entry -> listed.add(entry.alpha3()));
		Set<String> unlisted = new TreeSet<>();
		try (Statement select = connection.createStatement();
				ResultSet rs = select.executeQuery("select alpha3 from country")) {
			while (rs.next()) {
				if (!listed.contains(rs.getString(1))) {
					unlisted.add(rs.getString(1));
				}
			}
		}
		if (!unlisted.isEmpty()) {
			log.warn("The table country holds {} codes that {} does not list; they are kept, as records may hold "
					+ "them: {}", unlisted.size(), CountryList.RESOURCE, unlisted);
		}
	}

}
