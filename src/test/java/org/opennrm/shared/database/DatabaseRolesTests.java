package org.opennrm.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import org.opennrm.IntegrationTest;

/** The application connects as a role that cannot alter the audit trail; the owner's connections could. */
@IntegrationTest
class DatabaseRolesTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	EmbeddedDatabase database;

	@Test
	void theApplicationsConnectionsAreNotTheOwnersAndTheCheckTellsThemApart() {
		assertThat(DatabaseRoles.canAlterTheAuditTrail(dataSource)).isFalse();
		assertThat(DatabaseRoles.canAlterTheAuditTrail(
				new DriverManagerDataSource(database.jdbcUrl(), EmbeddedDatabase.USER, database.password()))).isTrue();
	}

}
