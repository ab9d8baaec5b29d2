package org.opennrm.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.opennrm.IntegrationTest;
import org.opennrm.SignIn;
import org.opennrm.identity.CurrentUser;

/** The first administrator is created through the checked services, as the system job {@code create-admin}. */
@IntegrationTest
class CreateAdminCommandTests {

	@Autowired
	CreateAdminCommand command;

	@Autowired
	JdbcClient jdbc;

	@Test
	void createsTheAdministratorAndTheOrganisationAsANamedJob() {
		String username = "kurucu." + System.nanoTime();
		String organisation = "Kurucu Başkanlık " + UUID.randomUUID();

		assertThat(command.create(username, "Kurucu Yönetici", organisation, "uzun-bir-parola-2026")).isZero();

		assertThat(jdbc.sql("""
				select u.role || ' ' || u.scope || ' ' || o.name from app_user u join organisation o on o.id = u.organisation_id
				where u.username = :u""").param("u", username).query(String.class).single())
			.isEqualTo("SYSTEM_ADMINISTRATOR NATIONAL " + organisation);
		assertThat(jdbc.sql("""
				select action || ' ' || actor_kind || ' ' || actor_name from audit_entry
				where action in ('ORGANISATION_CREATED', 'USER_CREATED') order by seq desc limit 2""")
			.query(String.class).list())
			.containsExactly("USER_CREATED SYSTEM system:create-admin", "ORGANISATION_CREATED SYSTEM system:create-admin");
		assertThat(CurrentUser.get()).as("nobody acting afterwards").isEmpty();
	}

	@Test
	void aRefusedAccountLeavesNothingBehindAndSaysWhy() {
		String organisation = "Yarım Kalan Başkanlık " + UUID.randomUUID();
		PrintStream err = System.err;
		ByteArrayOutputStream said = new ByteArrayOutputStream();
		System.setErr(new PrintStream(said, true, StandardCharsets.UTF_8));
		try {
			assertThat(command.create("zayif." + System.nanoTime(), "Zayıf", organisation, "kisa")).isEqualTo(1);
			assertThat(command.create("zayif." + System.nanoTime(), "Zayıf", organisation, "Sifre.2026.!")).isEqualTo(1);
			// the demo's published password is the demo job's alone, not another job's
			assertThat(command.create("zayif." + System.nanoTime(), "Zayıf", organisation, SignIn.DEMO_PASSWORD))
				.isEqualTo(1);
		}
		finally {
			System.setErr(err);
		}
		assertThat(said.toString(StandardCharsets.UTF_8)).contains("at least 12 characters")
			.contains("is among those used most often").contains("the demo's password, which is published");
		assertThat(jdbc.sql("select count(*) from organisation where name = :n").param("n", organisation)
			.query(Long.class).single()).as("the organisation made for the refused account").isZero();
	}

}
