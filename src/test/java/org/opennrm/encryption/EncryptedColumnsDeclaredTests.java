package org.opennrm.encryption;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.opennrm.IntegrationTest;

/**
 * Every column that holds encrypted values ({@code bytea}, named {@code *_enc}, the schema's convention) is declared as
 * an {@link EncryptedColumn}, so that a key rotation re-encrypts it; and every declared one exists. A module that adds
 * an encrypted column and forgets to declare it fails here, before a rotation would leave its values under the old key.
 */
@IntegrationTest
class EncryptedColumnsDeclaredTests {

	@Autowired
	List<EncryptedColumn> declared;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyEncryptedColumnOfTheSchemaIsDeclaredForTheKeyRotation() {
		List<String> inSchema = jdbc.sql("""
				select table_name || '.' || column_name from information_schema.columns
				where table_schema = current_schema() and data_type = 'bytea' and column_name like '%\\_enc'""")
			.query(String.class).list();
		assertThat(inSchema).as("the schema's encrypted columns").contains("app_user.email_enc", "app_user.phone_enc",
				"matching_person.record_enc");
		assertThat(declared).extracting(EncryptedColumn::field).containsExactlyInAnyOrderElementsOf(inSchema);
	}

	@Test
	void eachDeclaredColumnsIdIsItsTablesPrimaryKey() {
		for (EncryptedColumn column : declared) {
			assertThat(jdbc.sql("""
					select a.attname from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
					where i.indrelid = cast(:table as regclass) and i.indisprimary""").param("table", column.table())
				.query(String.class).list()).as(column.field()).containsExactly(column.idColumn());
		}
	}

}
