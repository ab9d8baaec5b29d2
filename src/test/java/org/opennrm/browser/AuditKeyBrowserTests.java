package org.opennrm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.opennrm.SignIn;

/**
 * The chain check's screen when an entry is under an index key this server does not have (after a rotation of the
 * index key, on a server without the old one): the trail cannot be checked from that entry on, which the page says
 * without calling it tampered with. On a PostgreSQL of the test's own, whose trail gets such an entry.
 */
@DirtiesContext
class AuditKeyBrowserTests extends BrowserTest {

	private static final EmbeddedPostgres postgres = start();

	private static EmbeddedPostgres start() {
		try {
			return EmbeddedPostgres.builder().start();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
	}

	@AfterAll
	static void stopDatabase() throws java.io.IOException {
		postgres.close();
	}

	@ParameterizedTest
	@CsvSource({ "tr, doğrulanamıyor", "en, cannot be checked from entry" })
	void anEntryUnderAnIndexKeyNotConfiguredHereCannotBeChecked(String language, String said) {
		JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
		if (jdbc.sql("select count(*) from audit_entry where index_key = 'i2026'").query(Long.class).single() == 0) {
			// an entry a node with another index key wrote: it fits the chain's links, its hash is under that key
			jdbc.sql("""
					insert into audit_entry (occurred_at, actor_kind, action, outcome, prev_hash, hash, index_key)
					select now(), 'SYSTEM', 'LOGIN', 'SUCCESS', hash, sha256(hash), 'i2026'
					  from audit_entry order by seq desc limit 1""").update();
		}
		long seq = jdbc.sql("select seq from audit_entry where index_key = 'i2026'").query(Long.class).single();

		browser.signIn("denetci", SignIn.DEMO_PASSWORD);
		browser.open("/audit/verification?lang=" + language);
		browser.submit(By.cssSelector("form button.primary"));
		new WebDriverWait(browser.driver, Duration.ofSeconds(60))
			.until(d -> !d.findElements(By.cssSelector("#check .alert.error")).isEmpty());
		assertThat(browser.driver.findElement(By.cssSelector("#check .alert.error")).getText()).contains(said)
			.contains(String.valueOf(seq)).contains("i2026");
		browser.screenshot("audit-chain-key-not-configured-" + language);
		// the entry itself names the key its hash is under
		browser.open("/audit/" + seq);
		assertThat(browser.driver.findElement(By.cssSelector("dl.facts")).getText()).contains("i2026");
		browser.screenshot("audit-entry-index-key-" + language);
		browser.submit(By.cssSelector("form.logout button"));
	}

}
