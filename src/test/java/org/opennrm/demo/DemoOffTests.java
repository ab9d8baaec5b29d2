package org.opennrm.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.opennrm.OpenNrmApplication;
import org.opennrm.OwnDatabase;
import org.opennrm.matching.PersonIndex;

/** An external database, the demo left at {@code auto}: no demo, and none of its people in the matching index. */
class DemoOffTests {

	@RegisterExtension
	static final OwnDatabase database = new OwnDatabase();

	@Test
	void anExternalDatabaseGetsNoDemoPeople() {
		try (var application = new SpringApplicationBuilder(OpenNrmApplication.class).web(WebApplicationType.NONE).run(
				"--spring.datasource.url=" + database.url(), "--spring.datasource.username=postgres",
				"--opennrm.data-dir=" + database.dataDir(), "--opennrm.encryption.active-key-id=test1",
				"--opennrm.encryption.keys.test1=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
				"--opennrm.encryption.index-key=QEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaW1xdXl8=")) {
			assertThat(application.getBean(PersonIndex.class).size()).as("people in the matching index").isZero();
			assertThat(JdbcClient.create(database.dataSource()).sql("select count(*) from organisation").query(Long.class)
				.single()).as("organisations").isZero();
		}
	}

}
