package org.opennrm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code verify-audit} as the jar starts it, on a database of its own: a check that changes nothing (it does not
 * migrate the schema, and refuses one at another version than the jar's), and whose exit code tells a trail it could
 * not check (2) from a broken one (1).
 */
class VerifyAuditStartTests {

	private static final String TEST2 = "YGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn8=";

	@RegisterExtension
	static final OwnDatabase database = new OwnDatabase();

	@Test
	void checksWithoutMigratingAndTellsWhenItCouldNotCheck() {
		JdbcClient jdbc = JdbcClient.create(database.dataSource());

		assertThat(verifyAudit(url())).as("no schema yet").isEqualTo(2);
		assertThat(jdbc.sql("select to_regclass('flyway_schema_history') is null").query(Boolean.class).single())
			.as("nothing was migrated").isTrue();

		try (var application = new SpringApplicationBuilder(OpenNrmApplication.class).web(WebApplicationType.NONE)
			.run(settings(url()))) {
			// the application migrates the schema when it starts
		}
		long migrations = jdbc.sql("select count(*) from flyway_schema_history").query(Long.class).single() + 1;
		PrintStream out = System.out;
		ByteArrayOutputStream said = new ByteArrayOutputStream();
		System.setOut(new PrintStream(said, true, StandardCharsets.UTF_8));
		try {
			// with a data key the database has not seen: the check does not record it
			assertThat(verifyAudit(url(), "--opennrm.encryption.keys.test2=" + TEST2)).as("the schema at the jar's version")
				.isZero();
		}
		finally {
			System.setOut(out);
		}
		assertThat(said.toString(StandardCharsets.UTF_8)).contains("Audit trail intact");
		assertThat(jdbc.sql("select key_name from encryption_key_check").query(String.class).list())
			.containsExactlyInAnyOrder("index:0", "data:test1");

		jdbc.sql("""
				insert into flyway_schema_history (installed_rank, version, description, type, script, installed_by,
				execution_time, success) values (9999, '9999', 'from a newer jar', 'SQL', 'V9999__newer.sql', 'test', 0, true)""")
			.update();
		assertThat(verifyAudit(url())).as("a schema newer than the jar's").isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from flyway_schema_history").query(Long.class).single())
			.as("nothing was migrated, or undone").isEqualTo(migrations);

		assertThat(verifyAudit("jdbc:postgresql://127.0.0.1:1/unreachable")).as("no database").isEqualTo(2);
	}

	private int verifyAudit(String url, String... more) {
		List<String> args = new ArrayList<>(List.of("verify-audit"));
		args.addAll(List.of(settings(url)));
		args.addAll(List.of(more));
		return OpenNrmApplication.adminCommand(args.toArray(String[]::new), System.err);
	}

	private static String url() {
		return database.url();
	}

	private static String[] settings(String url) {
		return new String[] { "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
				"--spring.datasource.hikari.connection-timeout=2000", "--opennrm.data-dir=" + database.dataDir(),
				"--opennrm.encryption.active-key-id=test1",
				"--opennrm.encryption.keys.test1=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
				"--opennrm.encryption.index-key=QEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaW1xdXl8=" };
	}

}
