package org.opennrm.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.opennrm.IntegrationTest;
import org.opennrm.shared.database.EmbeddedDatabase;
import org.opennrm.shared.database.ScratchDatabase;

/**
 * The table {@code country} is brought to the list's file ({@link CountryList}), which the bulk command reads too: on
 * a database of an older version (V1's 249 countries, each with an alpha-2), and again whenever the file changes,
 * without anyone writing a migration for it; a row the file no longer has is kept, as records may hold its code.
 */
@IntegrationTest
class CountryListMigrationTests {

	@Autowired
	EmbeddedDatabase database;

	@Autowired
	List<JavaMigration> javaMigrations;

	@Test
	void anOlderDatabaseGetsTheListAndEachLaterEditOfIt() throws SQLException, IOException {
		try (ScratchDatabase older = ScratchDatabase.create(database, "country_list", javaMigrations)) {
			older.migrateTo("27");
			assertThat(rows(older)).hasSize(249).noneMatch(row -> row.startsWith("XX"));

			older.migrateTo("latest");
			assertThat(rows(older)).containsExactlyElementsOf(rows(CountryList.reference()))
				.contains("XXA null Stateless Vatansız", "XKX XK Kosovo Kosova");
			assertThat(older.flyway().info().pending()).isEmpty();

			// a later version's file: a name changed, a country added, one left out
			String file = new String(read(), StandardCharsets.UTF_8)
				.replace("CIV,CI,Côte d’Ivoire,Côte d’Ivoire", "CIV,CI,Côte d’Ivoire,Fildişi Sahili")
				.replace("ZWE,ZW,Zimbabwe,Zimbabve\n", "") + "ZZZ,ZZ,Test,Deneme\n";
			CountryList later = CountryList.parse(file.getBytes(StandardCharsets.UTF_8));
			List<JavaMigration> laterMigrations = new ArrayList<>(
					javaMigrations.stream().filter(migration -> !(migration instanceof R__country_list)).toList());
			laterMigrations.add(new R__country_list(later));
			older.flyway(laterMigrations).migrate();
			assertThat(rows(older)).contains("CIV CI Côte d’Ivoire Fildişi Sahili", "ZZZ ZZ Test Deneme",
					"ZWE ZW Zimbabwe Zimbabve")
				.doesNotContain("CIV CI Côte d’Ivoire Côte d’Ivoire")
				.hasSize(CountryList.reference().entries().size() + 1);
			assertThat(older.flyway(laterMigrations).info().pending()).isEmpty();
		}
	}

	private static List<String> rows(ScratchDatabase db) {
		return db.jdbc().sql("select alpha3, alpha2, name_en, name_tr from country order by alpha3")
			.query((rs, i) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4))
			.list();
	}

	private static List<String> rows(CountryList list) {
		return list.entries().stream()
			.map(e -> e.alpha3() + " " + e.alpha2() + " " + e.nameEn() + " " + e.nameTr())
			.sorted()
			.toList();
	}

	private static byte[] read() throws IOException {
		try (InputStream in = CountryList.class.getClassLoader().getResourceAsStream(CountryList.RESOURCE)) {
			return in.readAllBytes();
		}
	}

}
