package org.opennrm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.opennrm.TestTokens;
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
			// issued, as the list sees it, by a person who is no system administrator
			IssuedApiClient orphaned = clients.issue(new NewApiClient("Vereni ayrılan aktarım " + stamp, Role.ANALYST, null,
					open.id(), null));
			jdbc.sql("update api_client set created_by = (select id from app_user where username = 'analist')"
					+ " where id = :id").param("id", orphaned.client().id()).update();
			return organisations.setActive(closing.id(), false);
		});

		browser.open("/login?lang=tr");
		browser.signIn("admin", "demo-parola-2026");
		browser.open("/admin/api-clients");
		String page = browser.driver.findElement(By.tagName("main")).getText();
		browser.screenshot("20-api-clients-status-tr");
		assertThat(row("Süresi dolan aktarım " + stamp)).contains("Süresi doldu").doesNotContain("Etkin");
		assertThat(row("Kurumu kapanan aktarım " + stamp)).contains("Kurum etkin değil",
				"Kurum devre dışı: belirteç, kurum yeniden etkinleşene kadar reddedilir.");
		// the hint written out, where a title attribute was read by no keyboard, touch or most screen readers
		assertThat(row("Vereni ayrılan aktarım " + stamp)).contains("Oluşturan kişi etkin değil",
				"Bu istemciyi oluşturan kişinin hesabı ya da kurumu devre dışı, ya da bu kişi artık sistem yöneticisi değil");
		assertThat(row("Çalışan aktarım " + stamp)).contains("Etkin")
			.contains(java.time.LocalDate.now().plusDays(29).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))
					+ " günü bitene kadar");
		assertThat(page).contains("Saat dilimi: TSİ, UTC+3");
		browser.open("/");
		browser.submit(By.cssSelector("form.logout button"));
	}

	@Test
	void theAuditTrailSpeaksTurkishAndNamesItsActors() {
		browser.open("/login?lang=tr");
		browser.signIn("denetci", "demo-parola-2026");
		browser.open("/audit?from=2026-12-07&to=2026-12-06");
		WebElement refused = browser.driver.findElement(By.cssSelector(".filters .alert.error li a"));
		assertThat(refused.getText()).startsWith("Bitiş (tarih): Bitiş, başlangıçtan sonra olmalı");
		assertThat(refused.getDomAttribute("href")).isEqualTo("#to");
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

	/**
	 * A candidate search's purpose, the caller's own text, is shown in the trail's list and on its entry as text (markup
	 * shown, not read), under "Purpose" ("Amaç"); on a phone only where an entry has one. Screenshots in
	 * target/screenshots (27-…).
	 */
	@Test
	void theAuditTrailShowsASearchsPurposeAsText() throws Exception {
		String purpose = "<b>Kayıt</b> öncesi denetim, dosya " + System.nanoTime() % 100000;
		// nationally: the demo's Fatma is found, each candidate shown an entry with the purpose too
		String token = TestTokens.issue(clients, organisations, Role.NRM_COORDINATOR);
		HttpResponse<String> searched = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + "/api/v1/matching/candidates"))
			.header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"givenNames\":\"Fatma\",\"familyNames\":\"Hüseyni\","
					+ "\"purpose\":\"" + purpose + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(searched.statusCode()).as(searched.body()).isEqualTo(200);

		browser.open("/login?lang=en");
		browser.signIn("denetci", "demo-parola-2026");
		try {
			for (String[] language : new String[][] { { "en", "Purpose" }, { "tr", "Amaç" } }) {
				browser.open("/audit?action=MATCH_SEARCH&lang=" + language[0]);
				assertThat(browser.driver.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText))
					.contains(language[1]);
				WebElement shown = browser.driver.findElement(By.cssSelector("tbody tr td.purpose"));
				assertThat(shown.getText()).isEqualTo(purpose);
				assertThat(shown.findElements(By.tagName("b"))).isEmpty();
				browser.resize(1280);
				browser.screenshot("27-audit-trail-purpose-" + language[0]);
				browser.resizeBack();
			}
			browser.driver.findElement(By.cssSelector("tbody tr a")).click();
			new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().matches(".*/audit/\\d+.*"));
			String entry = browser.driver.findElement(By.tagName("main")).getText();
			assertThat(entry).contains("Amaç\n" + purpose);
			browser.resize(1280);
			browser.screenshot("27-audit-entry-purpose-tr");
			// the whole trail: the search and each candidate it showed, with its purpose, among entries without one
			browser.open("/audit?lang=en");
			assertThat(browser.driver.findElements(By.cssSelector("tbody td.purpose")).stream().map(WebElement::getText)
				.filter(purpose::equals)).hasSizeGreaterThan(1);
			assertThat(browser.driver.findElements(By.cssSelector("tbody td.purpose")).stream().map(WebElement::getText))
				.contains("");
			scrollTo(browser.driver.findElement(By.xpath("//td[@class='purpose' and normalize-space()!='']")));
			browser.screenshot("27-audit-trail-all-en");

			// on a phone, the purpose under its name; an entry without one shows no empty "Purpose"
			browser.driver.manage().window().setSize(new Dimension(390, 844));
			browser.open("/audit?action=MATCH_SEARCH&lang=en");
			WebElement card = browser.driver.findElement(By.cssSelector("tbody tr td.purpose"));
			assertThat(card.getText()).isEqualTo(purpose);
			assertThat(card.getAttribute("data-label")).isEqualTo("Purpose");
			browser.resize(390);
			browser.screenshot("27-audit-trail-purpose-phone-en");
			browser.driver.manage().window().setSize(new Dimension(390, 844));
			browser.open("/audit?action=LOGIN&lang=en");
			WebElement none = browser.driver.findElement(By.cssSelector("tbody tr td.purpose"));
			assertThat(none.isDisplayed()).isFalse();
			assertThat(browser.driver.findElement(By.cssSelector("tbody tr")).getText()).doesNotContain("Purpose");
		}
		finally {
			browser.resizeBack();
		}
		browser.open("/");
		browser.submit(By.cssSelector("form.logout button"));
	}

	/**
	 * A sweep, one name searched with one birth date after another, shows in the trail: each search's "Asked"
	 * ("Sorgulanan") says which fields it gave and its names' digest, the same for the name however written, and
	 * following the digest lists every search of that name. Looked at in Turkish on a desktop and in English at a
	 * phone's width (target/screenshots/28-…): the column beside the purpose, the table still within the page.
	 */
	@Test
	void theAuditTrailShowsWhatEachSearchAskedAndListsASweepOfOneName() throws Exception {
		String token = TestTokens.issue(clients, organisations, Role.NRM_COORDINATOR);
		String family = "Sweepova" + (char) ('a' + System.nanoTime() % 26) + (char) ('a' + System.nanoTime() / 7 % 26);
		for (int day = 1; day <= 4; day++) {
			ask(token, "{\"givenNames\":\"" + (day % 2 == 0 ? "LEYLA" : "Leyla") + "\",\"familyNames\":\"" + family
					+ "\",\"birthDate\":\"1995-03-0" + day + "\",\"sex\":\"F\",\"purpose\":\"dosya 2026/" + day + "\"}");
		}
		ask(token, "{\"givenNames\":\"Leyla\",\"familyNames\":\"" + family + "\",\"citizenship\":[\"AFG\"],"
				+ "\"purpose\":\"dosya 2026/5\"}");
		ask(token, "{\"givenNames\":\"Fatma\",\"familyNames\":\"Hüseyni\",\"birthYear\":1994,\"purpose\":\"dosya 2026/6\"}");
		String digest = jdbc.sql("select asked_names from audit_entry where action = 'MATCH_SEARCH' and purpose = 'dosya 2026/1'"
				+ " order by seq desc limit 1").query(String.class).single();

		browser.open("/login?lang=tr");
		browser.signIn("denetci", "demo-parola-2026");
		try {
			browser.open("/audit?action=MATCH_SEARCH&lang=tr");
			assertThat(browser.driver.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText))
				.contains("Amaç", "Sorgulanan");
			List<String> asked = browser.driver.findElements(By.cssSelector("tbody td.asked")).stream()
				.map(WebElement::getText).limit(6).toList();
			assertThat(asked.get(0)).startsWith("isimler #").endsWith(", doğum yılı").doesNotContain(digest);
			assertThat(asked.get(1)).isEqualTo("isimler #" + digest + ", vatandaşlık");
			assertThat(asked.subList(2, 6)).containsOnly("isimler #" + digest + ", doğum tarihi, cinsiyet");
			assertFitsTheWindow();
			browser.resize(1280);
			browser.screenshot("28-audit-trail-asked-tr");
			browser.resizeBack();

			browser.driver.findElements(By.cssSelector("tbody td.asked a")).get(1).click();
			new WebDriverWait(browser.driver, Duration.ofSeconds(10))
				.until(d -> d.getCurrentUrl().contains("askedNames=" + digest));
			assertThat(browser.driver.findElement(By.name("askedNames")).getAttribute("value")).isEqualTo(digest);
			assertThat(browser.driver.findElements(By.cssSelector("tbody td.purpose")).stream().map(WebElement::getText))
				.containsExactly("dosya 2026/5", "dosya 2026/4", "dosya 2026/3", "dosya 2026/2", "dosya 2026/1");
			browser.resize(1280);
			browser.screenshot("28-audit-trail-one-name-tr");
			browser.resizeBack();
			browser.driver.findElement(By.cssSelector("tbody tr a")).click();
			new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().matches(".*/audit/\\d+.*"));
			assertThat(browser.driver.findElement(By.tagName("main")).getText())
				.contains("Sorgulanan\nisimler #" + digest + ", vatandaşlık\nAramada girilen alanlar, değerleri değil");
			browser.resize(1280);
			browser.screenshot("28-audit-entry-asked-tr");
			browser.resizeBack();

			browser.driver.manage().window().setSize(new Dimension(390, 844));
			browser.open("/audit?askedNames=" + digest + "&lang=en");
			WebElement card = browser.driver.findElement(By.cssSelector("tbody tr td.asked"));
			assertThat(card.getAttribute("data-label")).isEqualTo("Asked");
			assertThat(card.getText()).isEqualTo("names #" + digest + ", citizenship");
			assertFitsTheWindow();
			browser.resize(390);
			browser.screenshot("28-audit-trail-one-name-phone-en");
			browser.driver.manage().window().setSize(new Dimension(390, 844));
			browser.open("/audit?action=LOGIN&lang=en");
			assertThat(browser.driver.findElement(By.cssSelector("tbody tr td.asked")).isDisplayed()).isFalse();
		}
		finally {
			browser.resizeBack();
		}
		browser.open("/");
		browser.submit(By.cssSelector("form.logout button"));
	}

	private void ask(String token, String body) throws Exception {
		HttpResponse<String> searched = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + "/api/v1/matching/candidates"))
			.header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(searched.statusCode()).as(searched.body()).isEqualTo(200);
	}

	/** No part of the page reaches past the window's width, nor does the table need scrolling sideways. */
	private void assertFitsTheWindow() {
		JavascriptExecutor js = (JavascriptExecutor) browser.driver;
		assertThat((Long) js.executeScript("return document.documentElement.scrollWidth"))
			.isLessThanOrEqualTo((Long) js.executeScript("return document.documentElement.clientWidth"));
		WebElement table = browser.driver.findElement(By.cssSelector(".table-wrap"));
		assertThat((Long) js.executeScript("return arguments[0].scrollWidth", table)).as("the table's width")
			.isLessThanOrEqualTo((Long) js.executeScript("return arguments[0].clientWidth", table));
	}

	/** Swagger UI's "Try it out" sends the session's CSRF token: a POST from it is answered, not refused. */
	/**
	 * On a phone each row is a card whose values carry their column's name: the name in the text's font, even over a
	 * value in monospace (an address, a token's beginning), and only the value in monospace. Looked at in Turkish and
	 * English at 390 px; the "who" filter says it takes a name or a user name.
	 */
	@Test
	void onAPhoneTheColumnNamesAreInTheTextFontAndOnlyTheValuesInMonospace() {
		Organisation organisation = organisations.list(org.opennrm.organisation.OrganisationFilter.all()).stream()
			.filter(Organisation::active).findFirst().orElseThrow();
		SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> clients.issue(new NewApiClient(
				"Telefon aktarımı " + System.nanoTime() % 100000, Role.ANALYST, null, organisation.id(), null)));
		browser.driver.manage().window().setSize(new Dimension(390, 844));
		try {
			browser.open("/login?lang=tr");
			browser.signIn("denetci", "demo-parola-2026");
			for (String language : new String[] { "tr", "en" }) {
				browser.open("/audit?action=LOGIN&lang=" + language);
				assertThat(browser.driver.findElement(By.name("actor")).getAttribute("placeholder"))
					.isEqualTo(language.equals("tr") ? "Ad soyad ya da kullanıcı adı" : "Name or user name");
				browser.screenshot("25-audit-filter-phone-" + language);
				WebElement from = browser.driver.findElement(By.cssSelector("tbody tr td.mono[data-label]"));
				assertThat(from.getAttribute("data-label")).isEqualTo(language.equals("tr") ? "Nereden" : "From");
				assertLabelInTextFontValueInMonospace(from);
				scrollTo(browser.driver.findElement(By.cssSelector("tbody tr")));
				browser.screenshot("25-audit-trail-phone-" + language);
			}
			browser.submit(By.cssSelector("form.logout button"));
			browser.signIn("admin", "demo-parola-2026");
			for (String language : new String[] { "tr", "en" }) {
				browser.open("/admin/api-clients?lang=" + language);
				WebElement token = browser.driver.findElement(By.cssSelector("tbody tr td.mono[data-label]"));
				assertThat(token.getAttribute("data-label"))
					.isEqualTo(language.equals("tr") ? "Belirtecin başlangıcı" : "Token begins with");
				assertLabelInTextFontValueInMonospace(token);
				scrollTo(browser.driver.findElement(By.cssSelector("tbody tr")));
				browser.screenshot("26-api-clients-phone-" + language);
			}
			browser.open("/");
			browser.submit(By.cssSelector("form.logout button"));
		}
		finally {
			browser.driver.manage().window().setSize(new Dimension(1280, 900));
		}
	}

	private void assertLabelInTextFontValueInMonospace(WebElement cell) {
		JavascriptExecutor js = (JavascriptExecutor) browser.driver;
		assertThat(js.executeScript("return window.innerWidth")).isEqualTo(390L);
		String label = (String) js.executeScript("return getComputedStyle(arguments[0], '::before').fontFamily", cell);
		String value = (String) js.executeScript("return getComputedStyle(arguments[0]).fontFamily", cell);
		String text = (String) js.executeScript("return getComputedStyle(document.body).fontFamily");
		assertThat(label).isEqualTo(text).doesNotContain("monospace");
		assertThat(value).contains("monospace");
		assertThat(js.executeScript("return getComputedStyle(arguments[0], '::before').wordBreak", cell)).isEqualTo("normal");
	}

	private void scrollTo(WebElement element) {
		((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'start'})", element);
	}

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
