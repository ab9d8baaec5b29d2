package org.opennrm.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.opennrm.IntegrationTest;
import org.opennrm.organisation.OrganisationForm;
import org.opennrm.organisation.OrganisationType;
import org.opennrm.shared.database.EmbeddedDatabase;
import org.opennrm.shared.database.ScratchDatabase;

/**
 * An existing database whose organisations' names are one once folded: the migration neither fails nor renames, the
 * later ones are marked, and from then on no new lookalike can be saved.
 */
@IntegrationTest
class FoldedNamesMigrationTests {

	@Autowired
	EmbeddedDatabase database;

	ScratchDatabase older;

	@BeforeEach
	void createDatabase() throws SQLException {
		older = ScratchDatabase.create(database, "fold_migration", List.of(new V15__fold_organisation_names()));
	}

	@AfterEach
	void dropDatabase() throws SQLException {
		older.close();
	}

	@Test
	void lookalikeNamesAlreadyThereAreKeptAndMarkedAndNewOnesRefused() {
		older.migrateTo("14");
		JdbcClient jdbc = older.jdbc();
		String insert = "insert into organisation (id, name, type, created_at) values (:id, :name, 'NGO', :at::timestamptz)";
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		UUID third = UUID.randomUUID();
		jdbc.sql(insert).param("id", second).param("name", "kadın  dayanışma derneği").param("at", "2025-02-01T00:00Z").update();
		jdbc.sql(insert).param("id", first).param("name", "KADIN DAYANIŞMA DERNEĞİ").param("at", "2025-01-01T00:00Z").update();
		jdbc.sql(insert).param("id", third).param("name", "Kadin Dayanisma Dernegi").param("at", "2025-03-01T00:00Z").update();
		jdbc.sql(insert).param("id", UUID.randomUUID()).param("name", "İstanbul Barosu").param("at", "2025-01-01T00:00Z").update();

		older.migrateTo("latest");

		assertThat(jdbc.sql("select name, name_folded, name_clash from organisation order by created_at, name")
			.query((rs, row) -> rs.getString(1) + " | " + rs.getString(2) + " | " + rs.getBoolean(3)).list())
			.containsExactly("KADIN DAYANIŞMA DERNEĞİ | kadin dayanisma dernegi | false",
					"İstanbul Barosu | istanbul barosu | false",
					"kadın  dayanışma derneği | kadin dayanisma dernegi | true",
					"Kadin Dayanisma Dernegi | kadin dayanisma dernegi | true");
		// no new lookalike, of any of them
		assertThatThrownBy(() -> jdbc.sql("insert into organisation (id, name, name_folded, type) values (:id, 'Kadın "
				+ "Dayanışma Derneği', 'kadin dayanisma dernegi', 'NGO')").param("id", UUID.randomUUID()).update())
			.hasMessageContaining("organisation_name_folded_unique");
		// a marked one may be saved under its name; renamed, it leaves the mark behind
		Organisations organisations = new Organisations(jdbc);
		assertThat(organisations.holderOfName("kadın  dayanışma derneği", second)).isEmpty();
		assertThat(organisations.holderOfName("kadın dayanışma derneği", UUID.randomUUID())).contains("KADIN DAYANIŞMA DERNEĞİ");
		assertThat(organisations.holderOfName("istanbul barosu", second)).contains("İstanbul Barosu");
		organisations.update(second, 0, new OrganisationForm("kadın  dayanışma derneği", OrganisationType.NGO, null,
				"Şişli", null, null, null, null));
		assertThat(organisations.update(second, 1, new OrganisationForm("Kadın Dayanışma Derneği Şişli",
				OrganisationType.NGO, null, null, null, null, null, null)).name()).isEqualTo("Kadın Dayanışma Derneği Şişli");
		assertThat(jdbc.sql("select name_clash from organisation where id = :id").param("id", second)
			.query(Boolean.class).single()).isFalse();
	}

}
