package org.opennrm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A person signs in with a real browser: the page renders, scripts load under the CSP, languages switch. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInBrowserTests {

	@LocalServerPort
	int port;

	BrowserSession browser;

	@BeforeAll
	void startBrowser() {
		browser = new BrowserSession(port);
	}

	@AfterAll
	void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void focalPointSignsInAndSeesTheirHomePage() {
		browser.open("/login?lang=tr");
		assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("OpenNRM'de oturum açın");
		browser.screenshot("01-login-tr");

		browser.signIn("uzman.gaziantep", "wrong password here");
		assertThat(browser.driver.findElement(By.cssSelector(".alert.error")).getText())
			.isEqualTo("Kullanıcı adı ya da parola yanlış.");
		browser.screenshot("02-login-failed-tr");

		browser.signIn("uzman.gaziantep", "demo-parola-2026");
		assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Hoş geldiniz, Mehmet Yılmaz");
		assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("Gaziantep İl Göç İdaresi Müdürlüğü",
				"Odak kişi (uzman)");
		browser.screenshot("03-home-focal-point-tr");

		browser.open("/?lang=en");
		assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Welcome, Mehmet Yılmaz");
		browser.screenshot("04-home-focal-point-en");

		browser.open("/?lang=ar");
		assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
		browser.screenshot("05-home-ar-rtl");
		browser.open("/?lang=tr");

		assertThat(severeConsoleErrors()).as("browser console errors (CSP violations, missing scripts)").isEmpty();

		browser.submit(By.cssSelector("form.logout button"));
		assertThat(browser.driver.getCurrentUrl()).contains("/login?logout");
	}

	@Test
	void administratorSeesAdministrationButNoVictimData() {
		browser.open("/login?lang=tr"); // the browser asks for English (Accept-Language); the officer chooses Turkish
		browser.signIn("admin", "demo-parola-2026");
		String text = browser.driver.findElement(By.tagName("main")).getText();
		assertThat(text).contains("Kurumları yönetme").doesNotContain("mağdur kayıtlarını görme");
		browser.screenshot("06-home-admin-tr");
		browser.submit(By.cssSelector("form.logout button"));
	}

	@Test
	void theAuditTrailShowsTimesInTürkiyesTimeZone() {
		browser.open("/login?lang=tr");
		browser.signIn("denetci", "demo-parola-2026");
		java.time.LocalDateTime signedIn = java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/Istanbul"));
		browser.open("/audit");
		// the newest entry first: the auditor's own sign-in, at the time on a clock in Türkiye (not the server's UTC)
		String when = browser.driver.findElement(By.cssSelector("tbody tr td:nth-child(2)"))
			.getText();
		browser.screenshot("08-audit-trail-tr");
		java.time.LocalDateTime shown = java.time.LocalDateTime.parse(when.replace(' ', 'T'));
		assertThat(java.time.Duration.between(shown, signedIn).abs()).isLessThan(java.time.Duration.ofMinutes(2));
		browser.submit(By.cssSelector("form.logout button"));
	}

	@Test
	void apiDocumentationIsBrowsableUnderTheContentSecurityPolicy() {
		browser.signIn("koordinator", "demo-parola-2026");
		browser.open("/api/v1/docs");
		new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(30))
			.until(d -> !d.findElements(By.cssSelector(".swagger-ui .info .title")).isEmpty());
		assertThat(browser.driver.findElement(By.cssSelector(".swagger-ui .info .title")).getText()).contains("OpenNRM API");
		browser.screenshot("07-api-docs");
		assertThat(severeConsoleErrors()).as("browser console errors on the API documentation").isEmpty();
		browser.open("/");
		browser.submit(By.cssSelector("form.logout button"));
	}

	private List<LogEntry> severeConsoleErrors() {
		return browser.driver.manage().logs().get(LogType.BROWSER).getAll().stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.toList();
	}

}
