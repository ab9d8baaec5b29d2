package org.opennrm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import org.opennrm.SignIn;
import org.opennrm.TestTokens;
import org.opennrm.identity.ApiClientManagement;
import org.opennrm.identity.Role;
import org.opennrm.organisation.OrganisationManagement;

/**
 * A node whose active index key another machine's {@code reencrypt} has superseded (docs/encryption.md, "Rotating the
 * index key") may write no audit entry under it. Once it has looked at its keys, its readiness refuses traffic, and
 * everything audited it is asked (a sign-in, a form, an API call) is answered 503 "out of service" in the person's
 * language, not an unexpected error. On a PostgreSQL of the class's own: the superseding is the database's, for good.
 */
@DirtiesContext
@TestPropertySource(properties = "opennrm.encryption.index-key-watch=PT0.5S")
class OutOfServiceTests extends BrowserTest {

	// started before the class's application, which the test instance (per class) is made with
	private static final EmbeddedPostgres database = start();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> database.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
	}

	@Autowired
	ApiClientManagement clients;

	@Autowired
	OrganisationManagement organisations;

	@Test
	void aNodeOnASupersededIndexKeyRefusesTrafficAndAnswersOutOfServiceInThePersonsLanguage() throws Exception {
		WebClient english = new WebClient(port, "en");
		english.signIn("admin");
		String newOrganisation = WebClient.csrf(english.get("/admin/organisations/new").body());
		String token = TestTokens.issue(clients, organisations, Role.SYSTEM_ADMINISTRATOR);
		assertThat(readiness()).isEqualTo(200);
		browser.open("/login?lang=tr");
		browser.signIn("admin", SignIn.DEMO_PASSWORD);

		// as reencrypt notes it, run elsewhere with the next index key active
		JdbcClient.create(database.getPostgresDatabase())
			.sql("update encryption_key_check set superseded_at = now() where key_name = 'index:0'").update();
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (readiness() != 503) {
			assertThat(System.nanoTime()).as("readiness refuses traffic once the node has looked at its keys")
				.isLessThan(deadline);
			Thread.sleep(100);
		}

		HttpResponse<String> sent = english.post("/admin/organisations",
				WebClient.fields("name", "Hizmet Dışı Derneği", "type", "NGO", "_csrf", newOrganisation),
				"/admin/organisations/new");
		assertOutOfServicePage(sent, "Out of service", "until its system administrator restarts it",
				"What you sent was not saved.");
		assertThat(JdbcClient.create(database.getPostgresDatabase())
			.sql("select count(*) from organisation where name = 'Hizmet Dışı Derneği'").query(Long.class).single())
			.isZero();

		HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:"
				+ port + "/api/v1/organisations")).header("Authorization", "Bearer " + token)
			.header("Accept-Language", "tr").GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(api.statusCode()).isEqualTo(503);
		assertThat(api.headers().firstValue("Retry-After")).hasValue("300");
		assertThat(api.body()).contains("\"title\":\"Hizmet dışı\"", "yeniden başlatana dek");
		// what monitoring reads, which the node still answers
		HttpResponse<String> metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
				"http://localhost:" + port + "/actuator/prometheus")).header("Authorization", "Bearer " + token).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("opennrm_out_of_service 1.0");

		// in the browser of someone who was at work in Turkish, and of someone who comes to sign in (in English)
		browser.open("/admin/organisations");
		assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Hizmet dışı");
		assertThat(browser.driver.getTitle()).startsWith("Hizmet dışı");
		browser.screenshot("out-of-service-tr");
		browser.driver.manage().deleteAllCookies();
		browser.open("/login");
		assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Out of service");
		browser.screenshot("out-of-service-en");
	}

	private int readiness() throws IOException, InterruptedException {
		return new WebClient(port, "en").get("/actuator/health/readiness", "application/json").statusCode();
	}

	private static void assertOutOfServicePage(HttpResponse<String> page, String title, String... says) {
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.headers().firstValue("Retry-After")).hasValue("300");
		assertThat(page.body()).contains("<h1>" + title + "</h1>").contains(says)
			.doesNotContain("Exception", "at org.");
	}

	private static EmbeddedPostgres start() {
		try {
			return EmbeddedPostgres.builder().start();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
