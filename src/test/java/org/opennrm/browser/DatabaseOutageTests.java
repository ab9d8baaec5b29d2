package org.opennrm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import org.opennrm.TestTokens;
import org.opennrm.identity.ApiClientManagement;
import org.opennrm.identity.Role;
import org.opennrm.organisation.OrganisationManagement;

/**
 * The application's database stopped under it, as an operator's test stopped it: every screen and the API answer 503,
 * "try again in a minute" in the person's language, within the pool's wait for a connection (5 s) and a margin, where
 * they waited up to two minutes for a 500; and once the database is back, they answer again without a restart. On a
 * PostgreSQL of the test's own, which it stops and starts again on the same data and port; the application is closed
 * after the class, the server stopped with the tests' JVM (the library's hook), its data in {@code target}. The log
 * says so in a few lines, without stack traces; expired sessions are deleted every two seconds here, every minute in
 * the application.
 */
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "opennrm.session.cleanup-cron=*/2 * * * * *")
class DatabaseOutageTests extends BrowserTest {

	/** The pool's wait (application.properties) and a margin for a loaded machine; it was 30 s, 60 to 120 s a request. */
	private static final Duration ANSWERED_WITHIN = Duration.ofSeconds(15);

	private static final Database database = new Database();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", database::jdbcUrl);
		registry.add("spring.datasource.username", () -> "postgres");
	}

	@Autowired
	ApiClientManagement clients;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	TaskScheduler scheduler;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	Flyway flyway;

	@Test
	void screensAndTheApiAnswer503InThePersonsLanguageAndAgain200OnceTheDatabaseIsBack(CapturedOutput output)
			throws Exception {
		WebClient english = new WebClient(port, "en");
		english.signIn("admin");
		WebClient turkish = new WebClient(port, "tr");
		turkish.signIn("admin");
		String newOrganisation = WebClient.csrf(turkish.get("/admin/organisations/new").body());
		String versioned = RefusedPostsTests.linked(english.get("/admin/organisations").body(), "/css/opennrm");
		String token = TestTokens.issue(clients, organisations, Role.SYSTEM_ADMINISTRATOR);

		int logged = output.length();
		database.stop();
		try {
			outOfReach();
			HttpResponse<String> page = answered(() -> english.get("/admin/organisations"));
			assertUnavailablePage(page, "Temporarily unavailable", "Please try again in a minute.");
			assertThat(page.body()).doesNotContain("What you sent may not have been saved");
			// the style sheet as every page links it, with its content's hash, and the language menu: nothing to save
			assertThat(RefusedPostsTests.linked(page.body(), "/css/opennrm")).isEqualTo(versioned);
			assertThat(page.body()).contains("<nav class=\"languages\"").doesNotContain("languages held");
			// the page's style sheet needs no session, and so no database
			HttpResponse<String> styles = english.get("/css/opennrm.css", "text/css,*/*;q=0.1");
			assertThat(styles.statusCode()).isEqualTo(200);
			assertThat(styles.body()).contains(":root");

			assertUnavailablePage(answered(() -> turkish.get("/admin/organisations")), "Geçici olarak kullanılamıyor",
					"Lütfen bir dakika sonra yeniden deneyin.");
			// the first page of someone not signed in, whose new session cannot be written either
			assertUnavailablePage(answered(() -> new WebClient(port, "tr").get("/login")), "Geçici olarak kullanılamıyor",
					"Lütfen bir dakika sonra yeniden deneyin.");
			// a form sent: the page says that it may not have been saved, and how to send it again
			HttpResponse<String> sent = answered(() -> turkish.post("/admin/organisations",
					WebClient.fields("name", "Kesinti Derneği", "type", "NGO", "_csrf", newOrganisation),
					"/admin/organisations/new"));
			assertUnavailablePage(sent, "Geçici olarak kullanılamıyor", "Gönderdikleriniz kaydedilmemiş olabilir.");
			// the form's answer: no note to save what is on the page first (nothing is), nor links that would leave it
			assertThat(sent.body()).doesNotContain("Dili değiştirmeden önce").doesNotContain("class=\"languages");

			HttpResponse<String> api = answered(() -> call(token, "en"));
			assertThat(api.statusCode()).isEqualTo(503);
			assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
			assertThat(api.headers().firstValue("Retry-After")).hasValue("60");
			assertThat(api.body()).contains("\"title\":\"Temporarily unavailable\"", "try again in a minute",
					"\"instance\":\"/api/v1/organisations\"");
			assertThat(answered(() -> call(token, "tr")).body()).contains("\"title\":\"Geçici olarak kullanılamıyor\"",
					"bir dakika sonra yeniden deneyin");

			// a job of the application's that finds the database out of reach
			scheduler.schedule(() -> jdbc.sql("select 1").query(Integer.class).single(), Instant.now());
			// after the session cleanup's tries before it on the scheduler's thread, each the pool's wait
			new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> output.toString().substring(logged)
				.contains("A scheduled job did not run, the database being out of reach"));
			String outage = output.toString().substring(logged);
			// expired sessions, deleted every two seconds in this test, are said not to be once
			assertThat(outage.split("Expired sessions cannot be deleted", -1)).hasSize(2);
			// no stack trace: not the scheduler's nor Thymeleaf's (the sign-in page whose new session was not saved)
			assertThat(outage).doesNotContain("Unexpected error occurred in scheduled task")
				.doesNotContain("Exception processing template").doesNotContain("\tat ");
		}
		finally {
			database.start();
		}
		new WebDriverWait(browser.driver, Duration.ofSeconds(15))
			.until(d -> output.toString().substring(logged).contains("Expired sessions are deleted again"));

		assertThat(english.get("/admin/organisations").statusCode()).isEqualTo(200);
		assertThat(turkish.get("/admin/organisations").body()).contains("Kurumlar");
		assertThat(call(token, "en").statusCode()).isEqualTo(200);
		assertThat(new WebClient(port, "en").get("/actuator/health/readiness", "application/json").body())
			.contains("\"UP\"");
	}

	/**
	 * A form sent while the database is away: the page that answers says to go back to the form in a minute, and the
	 * browser's Back button, once the database is back, shows the form with what was typed in it (Chromium's; other
	 * browsers may keep less, which the page's "check what you typed" allows for).
	 */
	@Test
	void theBackButtonKeepsWhatWasTypedInAFormTheOutageRefused() throws InterruptedException {
		browser.open("/login");
		browser.driver.manage().deleteAllCookies();
		browser.signIn("admin", org.opennrm.SignIn.DEMO_PASSWORD);
		browser.open("/admin/organisations/new?lang=en");
		browser.driver.findElement(By.id("name")).sendKeys("Kesinti Derneği");
		new Select(browser.driver.findElement(By.id("type"))).selectByValue("NGO");
		browser.driver.findElement(By.id("address")).sendKeys("Cumhuriyet Cd. 12, Kızıltepe");
		browser.driver.findElement(By.id("email")).sendKeys("bilgi@kesinti.org");

		database.stop();
		try {
			outOfReach();
			long started = System.nanoTime();
			browser.submit(By.cssSelector("form.form button[type=submit]"));
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(ANSWERED_WITHIN);
			assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Temporarily unavailable");
			assertThat(browser.driver.findElement(By.tagName("main")).getText())
				.contains("go back to the form with your browser's Back button");
			// its styles, asked for with the session's cookie, came without the database
			assertThat(browser.driver.findElement(By.cssSelector("header.topbar")).getCssValue("display")).isEqualTo("flex");
			browser.screenshot("database-outage-form-sent-en");
		}
		finally {
			database.start();
		}
		browser.driver.navigate().back();
		assertThat(browser.driver.findElement(By.id("name")).getDomProperty("value")).isEqualTo("Kesinti Derneği");
		assertThat(browser.driver.findElement(By.id("address")).getDomProperty("value"))
			.isEqualTo("Cumhuriyet Cd. 12, Kızıltepe");
		// a field the browser may not fill in by itself (autocomplete off) is kept too: the page comes back whole
		assertThat(browser.driver.findElement(By.id("email")).getDomProperty("value")).isEqualTo("bilgi@kesinti.org");
		assertThat(new Select(browser.driver.findElement(By.id("type"))).getFirstSelectedOption().getDomProperty("value"))
			.isEqualTo("NGO");
	}

	/**
	 * A part of a page asked for by its script (htmx: the scope's choices for the role chosen) while the database is
	 * away: htmx swaps nothing in for an error answer, and the page said nothing. The answer's own words are now shown
	 * under the field that asked, in the person's language, in a region a screen reader reads out; what was typed stays,
	 * and the next answer that comes takes the words away.
	 */
	@Test
	void aPartOfAPageAskedForDuringTheOutageSaysSoWhereItWasAskedFor() throws InterruptedException {
		browser.open("/login");
		browser.driver.manage().deleteAllCookies();
		browser.signIn("admin", org.opennrm.SignIn.DEMO_PASSWORD);
		for (String[] language : new String[][] {
				{ "en", "The service is temporarily unavailable. Please try again in a minute." },
				{ "tr", "Hizmet geçici olarak kullanılamıyor. Lütfen bir dakika sonra yeniden deneyin." } }) {
			browser.open("/admin/users/new?lang=" + language[0]);
			browser.driver.findElement(By.id("username")).sendKeys("kesinti.deneme");
			database.stop();
			try {
				outOfReach();
				new Select(browser.driver.findElement(By.id("role"))).selectByValue(Role.FOCAL_POINT.name());
				WebElement message = new WebDriverWait(browser.driver, ANSWERED_WITHIN)
					.until(d -> d.findElements(By.cssSelector("#role + .request-failed")).stream().findFirst().orElse(null));
				assertThat(message.getText()).isEqualTo(language[1]);
				assertThat(message.getDomAttribute("role")).isEqualTo("alert");
				assertThat(browser.driver.findElement(By.id("username")).getDomProperty("value")).isEqualTo("kesinti.deneme");
				browser.resize(1280);
				browser.screenshot("database-outage-htmx-" + language[0]);
				browser.resizeBack();
			}
			finally {
				database.start();
			}
			new Select(browser.driver.findElement(By.id("role"))).selectByValue(Role.ANALYST.name());
			new WebDriverWait(browser.driver, ANSWERED_WITHIN)
				.until(d -> d.findElements(By.cssSelector(".request-failed")).isEmpty());
			assertThat(browser.driver.findElement(By.id("username")).getDomProperty("value")).isEqualTo("kesinti.deneme");
		}
		browser.driver.manage().deleteAllCookies();
	}

	/**
	 * Migrations may run long, and are not held to the application's limits on a statement's time: Flyway has a
	 * connection of its own, where it took the pool's (one role both migrates and serves here, as in this test).
	 */
	@Test
	void migrationsRunWithoutTheApplicationsStatementTimeout() throws Exception {
		assertThat(flyway.getConfiguration().getDataSource()).isNotSameAs(dataSource);
		try (Connection migrating = flyway.getConfiguration().getDataSource().getConnection();
				ResultSet timeout = migrating.createStatement().executeQuery("show statement_timeout")) {
			timeout.next();
			assertThat(timeout.getString(1)).isEqualTo("0");
			assertThat(migrating.getNetworkTimeout()).isZero();
		}
		assertThat(jdbc.sql("show statement_timeout").query(String.class).single()).isEqualTo("2min");
	}

	/**
	 * Past the half second in which the pool hands out a connection it has just had back without checking it: as for
	 * a server that is not answering a request every half second, each connection is found gone when it is asked for.
	 * (Within the half second, the request fails at once on the broken connection, and is answered 503 as well.)
	 */
	private static void outOfReach() throws InterruptedException {
		Thread.sleep(1000);
	}

	/** The answer, which must come within the pool's wait and a margin. */
	private static <T> T answered(Callable<T> request) throws Exception {
		long started = System.nanoTime();
		T answer = request.call();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(ANSWERED_WITHIN);
		return answer;
	}

	private static void assertUnavailablePage(HttpResponse<String> page, String title, String says) {
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.headers().firstValue("Retry-After")).hasValue("60");
		assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(page.body()).contains("<h1>" + title + "</h1>", says).doesNotContain("Exception", "at org.");
	}

	private HttpResponse<String> call(String token, String language) throws IOException, InterruptedException {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/api/v1/organisations")).header("Authorization", "Bearer " + token)
			.header("Accept-Language", language).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A PostgreSQL server of the test's own, stopped and started again on the same data and port. */
	private static final class Database {

		private final Path directory;
		private final int port;
		private EmbeddedPostgres server;

		Database() {
			try (ServerSocket free = new ServerSocket(0)) {
				port = free.getLocalPort();
				directory = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "outage-database-");
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			start();
		}

		String jdbcUrl() {
			return "jdbc:postgresql://localhost:" + port + "/postgres";
		}

		void start() {
			try {
				server = EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false).setPort(port)
					.start();
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

		void stop() {
			try {
				server.close();
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
