package org.opennrm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.opennrm.identity.ApiClientManagement;
import org.opennrm.identity.IssuedApiClient;
import org.opennrm.identity.NewApiClient;
import org.opennrm.identity.Role;
import org.opennrm.identity.SystemActor;
import org.opennrm.organisation.Organisation;
import org.opennrm.organisation.OrganisationForm;
import org.opennrm.organisation.OrganisationManagement;
import org.opennrm.organisation.OrganisationType;

/** The API clients' list, the audit trail's filter and entry, and Swagger UI's "Try it out", in a real browser. */
class ApiClientAndAuditBrowserTests extends BrowserTest {

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	ApiClientManagement clients;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theListOfApiClientsSaysWhichTokensWork() {
		long stamp = System.nanoTime() % 100000;
		Organisation closing = SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> organisations.create(
				new OrganisationForm("Kapanan Dernek " + stamp, OrganisationType.NGO, "27", null, null, null, null, true)));
		Organisation open = organisations.list(org.opennrm.organisation.OrganisationFilter.all()).stream()
			.filter(Organisation::active).filter(o -> !o.id().equals(closing.id())).findFirst().orElseThrow();
		java.time.Instant endOfDay = java.time.LocalDate.now().plusDays(30).atStartOfDay(java.time.ZoneId.systemDefault())
			.toInstant();
		SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> {
			clients.issue(new NewApiClient("Çalışan aktarım " + stamp, Role.ANALYST, null, open.id(), endOfDay));
			IssuedApiClient expired = clients.issue(new NewApiClient("Süresi dolan aktarım " + stamp, Role.ANALYST, null,
					open.id(), null));
			jdbc.sql("update api_client set expires_at = now() - interval '1 day' where id = :id")
				.param("id", expired.client().id()).update();
			clients.issue(new NewApiClient("Kurumu kapanan aktarım " + stamp, Role.ANALYST, null, closing.id(), null));
			return organisations.setActive(closing.id(), false);
		});

		browser.open("/login?lang=tr");
		browser.signIn("admin", "demo-parola-2026");
		browser.open("/admin/api-clients");
		String page = browser.driver.findElement(By.tagName("main")).getText();
		browser.screenshot("20-api-clients-status-tr");
		assertThat(row("Süresi dolan aktarım " + stamp)).contains("Süresi doldu").doesNotContain("Etkin");
		assertThat(row("Kurumu kapanan aktarım " + stamp)).contains("Kurum etkin değil");
		assertThat(row("Çalışan aktarım " + stamp)).contains("Etkin")
			.contains(java.time.LocalDate.now().plusDays(29).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))
					+ " gün sonuna kadar");
		assertThat(page).contains("Saat dilimi: TSİ, UTC+3");
		browser.open("/");
		browser.submit(By.cssSelector("form.logout button"));
	}

	@Test
	void theAuditTrailSpeaksTurkishAndNamesItsActors() {
		browser.open("/login?lang=tr");
		browser.signIn("denetci", "demo-parola-2026");
		browser.open("/audit?from=2026-12-07&to=2026-12-06");
		assertThat(browser.driver.findElement(By.cssSelector(".filters .alert.error")).getText())
			.startsWith("Bitiş, başlangıçtan sonra değil");
		browser.screenshot("21-audit-filter-refused-tr");

		browser.open("/audit?action=LOGIN");
		WebElement first = browser.driver.findElement(By.cssSelector("tbody tr"));
		assertThat(first.getText()).contains("Oturum açıldı").contains("Kullanıcı hesabı");
		assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("Saat dilimi: TSİ, UTC+3");
		browser.screenshot("22-audit-trail-labels-tr");
		first.findElement(By.cssSelector("a")).click();
		new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().matches(".*/audit/\\d+"));
		String entry = browser.driver.findElement(By.tagName("main")).getText();
		String auditorId = jdbc.sql("select id::text from app_user where username = 'denetci'").query(String.class).single();
		assertThat(entry).contains("Oturum açıldı").contains("LOGIN").contains(auditorId).contains("(TSİ, UTC+3)");
		browser.screenshot("23-audit-entry-tr");
		browser.open("/");
		browser.submit(By.cssSelector("form.logout button"));
	}

	/** Swagger UI's "Try it out" sends the session's CSRF token: a POST from it is answered, not refused. */
	@Test
	void tryItOutWorksForASignedInPerson() {
		browser.open("/login?lang=en");
		browser.signIn("denetci", "demo-parola-2026");
		browser.open("/api/v1/docs");
		WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(30));
		By operation = By.cssSelector("[id='operations-Audit trail-startCheck'], #operations-Audit_trail-startCheck");
		wait.until(d -> !d.findElements(operation).isEmpty());
		WebElement block = browser.driver.findElement(operation);
		block.findElement(By.cssSelector(".opblock-summary-control, .opblock-summary")).click();
		wait.until(d -> !block.findElements(By.cssSelector("button.try-out__btn")).isEmpty());
		block.findElement(By.cssSelector("button.try-out__btn")).click();
		wait.until(d -> !block.findElements(By.cssSelector("button.execute")).isEmpty());
		block.findElement(By.cssSelector("button.execute")).click();
		wait.until(d -> !block.findElements(By.cssSelector(".live-responses-table tbody .response-col_status")).isEmpty());
		String status = block.findElement(By.cssSelector(".live-responses-table tbody .response-col_status")).getText();
		((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView()",
				block.findElement(By.cssSelector(".live-responses-table")));
		browser.screenshot("24-api-docs-try-it-out");
		assertThat(status).startsWith("202");
		browser.open("/");
		browser.submit(By.cssSelector("form.logout button"));
	}

	private String row(String name) {
		return browser.driver.findElements(By.cssSelector("tbody tr")).stream().map(WebElement::getText)
			.filter(text -> text.contains(name)).findFirst().orElseThrow(() -> new AssertionError(name + " not listed"));
	}

}
