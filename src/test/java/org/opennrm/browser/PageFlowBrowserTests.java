package org.opennrm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.opennrm.SignIn;

/**
 * Nothing a person has on screen is thrown away by the way between pages: changing the language, a session that ended
 * while a form was open, reloading the page that shows a token once. In Turkish and English, with screenshots.
 */
class PageFlowBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		browser.driver.manage().deleteAllCookies();
	}

	@Test
	void changingTheLanguageKeepsTheListsFilter() {
		signIn("admin", "tr");
		browser.open("/admin/organisations?text=%C4%B0stanbul&province=34");
		assertThat(browser.driver.findElement(By.name("text")).getAttribute("value")).isEqualTo("İstanbul");
		assertThat(browser.driver.findElement(By.cssSelector(".mainnav a[aria-current=page]")).getText())
			.isEqualTo("Kurumlar");
		browser.screenshot("21-language-keeps-filter-tr");

		browser.submit(By.cssSelector(".languages a[hreflang=en]"));
		assertThat(browser.driver.getCurrentUrl()).endsWith("/admin/organisations?text=%C4%B0stanbul&province=34&lang=en");
		assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Organisations");
		assertThat(browser.driver.findElement(By.name("text")).getAttribute("value")).isEqualTo("İstanbul");
		assertThat(new Select(browser.driver.findElement(By.name("province"))).getFirstSelectedOption()
			.getAttribute("value")).isEqualTo("34");
		browser.screenshot("21-language-keeps-filter-en");
	}

	@Test
	void aRefusedFormSaysToSaveFirstInsteadOfOfferingLanguages() {
		for (String language : new String[] { "tr", "en" }) {
			signIn("admin", language);
			browser.open("/admin/organisations/new");
			browser.driver.findElement(By.id("phone")).sendKeys("0312 000 00 00");
			browser.submit(By.cssSelector("form.form button.primary"));
			assertThat(browser.driver.findElements(By.cssSelector(".languages a"))).isEmpty();
			assertThat(browser.driver.findElement(By.cssSelector(".languages.held")).getText())
				.startsWith(language.equals("tr") ? "Dili değiştirmeden önce" : "To change the language, first save");
			assertThat(browser.driver.findElement(By.id("phone")).getAttribute("value")).isEqualTo("0312 000 00 00");
			browser.screenshot("22-refused-form-language-held-" + language);
			browser.driver.manage().deleteAllCookies();
		}
	}

	@Test
	void aFormSentAfterTheSessionEndedSaysSoAndSigningInReturnsToTheForm() {
		for (String language : new String[] { "tr", "en" }) {
			signIn("admin", language);
			browser.open("/admin/organisations/new");
			String name = "Oturumu Biten Dernek " + System.nanoTime();
			browser.driver.findElement(By.id("name")).sendKeys(name);
			new Select(browser.driver.findElement(By.id("type"))).selectByValue("NGO");
			endThisBrowsersSession();

			browser.submit(By.cssSelector("form.form button.primary"));
			assertThat(browser.driver.getCurrentUrl()).endsWith("/login?expired=unsaved");
			assertThat(browser.driver.findElement(By.cssSelector(".alert.warn")).getText()).isEqualTo(language.equals("tr")
					? "Oturumunuzun süresi dolmuştu, bu yüzden gönderdikleriniz kaydedilmedi. Oturum açıp yeniden girin."
					: "Your session had ended, so what you sent was not saved. Sign in and enter it again.");
			browser.screenshot("23-form-after-session-ended-" + language);
			assertThat(jdbc.sql("select count(*) from organisation where name = :n").param("n", name).query(Long.class)
				.single()).isZero();

			browser.driver.findElement(By.id("username")).sendKeys("admin");
			browser.driver.findElement(By.id("password")).sendKeys(SignIn.DEMO_PASSWORD);
			browser.submit(By.cssSelector("form.form button[type=submit]"));
			assertThat(browser.driver.getCurrentUrl()).endsWith("/admin/organisations/new");
			assertThat(browser.driver.findElement(By.id("name")).getAttribute("value")).isEmpty();
			browser.screenshot("23-back-at-the-form-" + language);
			browser.driver.manage().deleteAllCookies();
		}
	}

	@Test
	void aSignInPageLeftOpenTooLongSaysSoAndKeepsTheUserName() {
		for (String language : new String[] { "tr", "en" }) {
			browser.open("/login?lang=" + language);
			endThisBrowsersSession();
			browser.driver.findElement(By.id("username")).sendKeys("uzman.gaziantep");
			browser.driver.findElement(By.id("password")).sendKeys(SignIn.DEMO_PASSWORD);
			browser.submit(By.cssSelector("form.form button[type=submit]"));

			assertThat(browser.driver.getCurrentUrl()).endsWith("/login?expired=signin");
			assertThat(browser.driver.findElement(By.cssSelector(".alert.info")).getText()).isEqualTo(language.equals("tr")
					? "Sayfa çok uzun süre açık kalmıştı; lütfen yeniden oturum açın."
					: "The page had been open too long; please sign in again.");
			assertThat(browser.driver.findElement(By.id("username")).getAttribute("value")).isEqualTo("uzman.gaziantep");
			assertThat(browser.driver.findElement(By.id("password")).getAttribute("value")).isEmpty();
			browser.screenshot("24-sign-in-page-left-open-" + language);

			browser.driver.findElement(By.id("password")).sendKeys(SignIn.DEMO_PASSWORD);
			browser.submit(By.cssSelector("form.form button[type=submit]"));
			assertThat(browser.driver.findElement(By.tagName("h1")).getText()).contains("Mehmet Yılmaz");
			browser.driver.manage().deleteAllCookies();
		}
	}

	@Test
	void theTokenIsShownOnceAndAReloadIssuesNoSecondToken() {
		for (String language : new String[] { "tr", "en" }) {
			signIn("admin", language);
			browser.open("/admin/api-clients/new");
			String name = "Yeniden yükleme denemesi " + System.nanoTime();
			browser.driver.findElement(By.id("name")).sendKeys(name);
			new Select(browser.driver.findElement(By.id("organisationId"))).selectByIndex(1);
			new Select(browser.driver.findElement(By.id("role"))).selectByValue("ANALYST");
			// the scope's options come from the server when the role changes (htmx)
			new WebDriverWait(browser.driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
				.ignoring(NoSuchElementException.class)
				.until(d -> {
					new Select(d.findElement(By.id("scope"))).selectByValue("NATIONAL");
					return true;
				});
			browser.submit(By.cssSelector("form.form button.primary"));

			assertThat(browser.driver.getCurrentUrl()).endsWith("/admin/api-clients/issued");
			assertThat(browser.driver.findElement(By.id("token")).getAttribute("value")).startsWith("onrm_");
			assertThat(browser.driver.findElements(By.cssSelector(".languages a"))).isEmpty();
			assertThat(browser.driver.findElement(By.cssSelector(".alert.warn")).getText()).contains(language.equals("tr")
					? "Anahtarı kopyalamadan bu sayfayı yenilemeyin"
					: "Do not reload or leave this page, or change its language, before you have copied the token");
			browser.screenshot("25-token-issued-" + language);

			browser.driver.navigate().refresh();
			assertThat(browser.driver.findElement(By.tagName("h1")).getText())
				.isEqualTo(language.equals("tr") ? "Anahtar zaten gösterildi" : "Token already shown");
			assertThat(browser.driver.getPageSource()).doesNotContain("onrm_");
			browser.screenshot("25-token-already-shown-" + language);
			assertThat(jdbc.sql("select count(*) from api_client where name = :n").param("n", name).query(Long.class)
				.single()).isEqualTo(1);
			browser.driver.manage().deleteAllCookies();
		}
	}

	@Test
	void thePageTheLastPersonLeftOpenGivesWayToTheNextPersonsStartPage() {
		for (String language : new String[] { "tr", "en" }) {
			browser.open("/login?lang=" + language);
			browser.open("/admin/organisations");
			assertThat(browser.driver.getCurrentUrl()).endsWith("/login");
			browser.driver.findElement(By.id("username")).sendKeys("koordinator");
			browser.driver.findElement(By.id("password")).sendKeys(SignIn.DEMO_PASSWORD);
			browser.submit(By.cssSelector("form.form button[type=submit]"));
			assertThat(browser.driver.getCurrentUrl()).doesNotContain("/admin/");
			assertThat(browser.driver.findElement(By.cssSelector("main .alert.info")).getText()).startsWith(
					language.equals("tr") ? "Oturum açtınız. Oturum açmadan önce açık olan sayfayı" : "You are signed in.");
			browser.screenshot("26-others-page-gives-way-" + language);
			browser.driver.manage().deleteAllCookies();
		}
	}

	@Test
	void signingOutByAddressAsksWithAButton() {
		signIn("analist", "en");
		browser.open("/logout");
		assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Sign out");
		browser.screenshot("27-sign-out-asked-en");
		browser.submit(By.cssSelector("main form button.primary"));
		assertThat(browser.driver.getCurrentUrl()).endsWith("/login?logout");
	}

	private void signIn(String username, String language) {
		browser.open("/login?lang=" + language);
		browser.driver.findElement(By.id("username")).sendKeys(username);
		browser.driver.findElement(By.id("password")).sendKeys(SignIn.DEMO_PASSWORD);
		browser.submit(By.cssSelector("form.form button[type=submit]"));
		assertThat(browser.driver.getCurrentUrl()).doesNotContain("/login");
	}

	/** Ends the session of this browser in the database, as the idle timeout would. */
	private void endThisBrowsersSession() {
		Cookie cookie = browser.driver.manage().getCookieNamed("SESSION");
		assertThat(cookie).as("the session cookie").isNotNull();
		String id = new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
		assertThat(jdbc.sql("delete from spring_session where session_id = :id").param("id", id).update()).isOne();
	}

}
