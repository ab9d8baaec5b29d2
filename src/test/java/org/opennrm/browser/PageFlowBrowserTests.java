package org.opennrm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

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
import org.opennrm.identity.Role;
import org.opennrm.identity.Scope;
import org.opennrm.identity.SystemActor;
import org.opennrm.identity.UserAccount;
import org.opennrm.identity.UserEdit;
import org.opennrm.identity.UserManagement;
import org.opennrm.identity.internal.SessionTermination;

/**
 * Nothing a person has on screen is thrown away by the way between pages: changing the language, a session that ended
 * while a form was open (and what it held: FormDraftBrowserTests), reloading the page that shows a token once. In
 * Turkish and English, with screenshots.
 */
class PageFlowBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserManagement users;

	@Autowired
	SessionTermination sessions;

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
			browser.settled(); // the organisation's roles
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
					? "Belirteci kopyalamadan bu sayfayı yenilemeyin"
					: "Do not reload or leave this page, or change its language, before you have copied the token");
			browser.screenshot("25-token-issued-" + language);

			browser.driver.navigate().refresh();
			assertThat(browser.driver.findElement(By.tagName("h1")).getText())
				.isEqualTo(language.equals("tr") ? "Belirteç zaten gösterildi" : "Token already shown");
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
					language.equals("tr") ? "Oturum açtınız. Oturum açmadan önce açık olan sayfa," : "You are signed in.");
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

	@Test
	void aPartOfAPageAskedForAfterTheSessionEndedTakesTheWholePageToSignIn() {
		for (String language : new String[] { "tr", "en" }) {
			signIn("admin", language);
			browser.open("/admin/users/new");
			endThisBrowsersSession();
			// the role's scopes are asked for by htmx: the answer takes the whole page to the sign-in page
			new Select(browser.driver.findElement(By.id("role"))).selectByValue("ANALYST");
			new WebDriverWait(browser.driver, Duration.ofSeconds(30))
				.until(d -> d.getCurrentUrl().endsWith("/login?expired"));
			assertThat(browser.driver.findElement(By.tagName("h1")).getText())
				.isEqualTo(language.equals("tr") ? "OpenNRM'de oturum açın" : "Sign in to OpenNRM");
			assertThat(browser.driver.findElement(By.cssSelector(".alert.info")).getText()).isEqualTo(language.equals("tr")
					? "Oturumunuzun süresi doldu. Lütfen yeniden oturum açın."
					: "Your session has ended. Please sign in again.");
			assertThat(browser.driver.findElements(By.cssSelector("form.form"))).hasSize(1);
			browser.screenshot("28-htmx-after-session-ended-" + language);

			browser.driver.findElement(By.id("username")).sendKeys("admin");
			browser.driver.findElement(By.id("password")).sendKeys(SignIn.DEMO_PASSWORD);
			browser.submit(By.cssSelector("form.form button[type=submit]"));
			assertThat(browser.driver.getCurrentUrl()).endsWith("/admin/users/new");
			browser.driver.manage().deleteAllCookies();
		}
	}

	@Test
	void aSessionEndedByAChangeOfTheAccountSaysWhy() {
		for (String language : new String[] { "tr", "en" }) {
			signIn("savcilik", language);
			browser.open("/account");
			// an administrator gives the account another scope, which ends its sessions
			Scope before = Scope.valueOf(jdbc.sql("select scope from app_user where username = 'savcilik'")
				.query(String.class).single());
			rescope("savcilik", before == Scope.PROVINCE ? Scope.ORGANISATION : Scope.PROVINCE);
			try {
				browser.open("/");
				assertThat(browser.driver.getCurrentUrl()).endsWith("/login?expired&ended=account");
				assertThat(browser.driver.findElement(By.cssSelector(".alert.info")).getText()).isEqualTo(
						language.equals("tr") ? "Bir sistem yöneticisi hesabınızda değişiklik yaptığı için bu oturum sona "
								+ "erdi. Yeniden oturum açın; açamazsanız sistem yöneticinize başvurun."
								: "A system administrator changed your account, so this session ended. Sign in again; "
										+ "if you cannot, ask them.");
				browser.screenshot("29-session-ended-account-changed-" + language);
			}
			finally {
				rescope("savcilik", before);
			}
			browser.driver.manage().deleteAllCookies();
		}

		// a form sent after the password was changed in another session: why, and that it was not saved; on a phone
		browser.phone(true);
		try {
			signIn("uzman.gaziantep", "tr");
			browser.open("/account");
			sessions.endOtherSessionsOf("uzman.gaziantep", "none: the one the password was changed in is elsewhere");
			browser.submit(By.cssSelector("#language button"));
			assertThat(browser.driver.getCurrentUrl()).endsWith("/login?expired=unsaved&ended=password");
			assertThat(browser.driver.findElement(By.cssSelector(".alert.warn")).getText()).isEqualTo(
					"Parolanız başka bir pencerede ya da bilgisayarda değiştirildiği için bu oturum sona erdi. Yeni "
							+ "parolanızla oturum açın.\nGönderdikleriniz kaydedilmedi: oturum açtıktan sonra yeniden girin.");
			browser.screenshot("29-session-ended-password-changed-phone-tr");
			// the language link keeps the reason
			browser.submit(By.cssSelector(".languages a[hreflang=en]"));
			assertThat(browser.driver.findElement(By.cssSelector(".alert.warn")).getText())
				.startsWith("Your password was changed in another window or on another computer");
			browser.screenshot("29-session-ended-password-changed-phone-en");
		}
		finally {
			browser.phone(false);
		}
	}

	@Test
	void aRefusedPasswordFormKeepsTheLanguageLinks() {
		try {
			signIn("uzman.gaziantep", "tr");
			browser.phone(true);
			browser.open("/account");
			browser.driver.findElement(By.id("currentPassword")).sendKeys("benim parolam değil bu");
			browser.driver.findElement(By.id("newPassword")).sendKeys("gün batarken deniz kıyısı");
			browser.driver.findElement(By.id("repeatedPassword")).sendKeys("gün batarken deniz kıyısı");
			browser.submit(By.cssSelector("#password button"));
			assertThat(browser.driver.findElement(By.cssSelector("#password .field-error")).getText())
				.startsWith("Mevcut parola yanlış.");
			assertThat(browser.driver.findElements(By.cssSelector(".languages.held"))).isEmpty();
			assertThat(browser.driver.findElements(By.cssSelector(".languages a"))).hasSize(2); // Türkçe, English
			browser.screenshot("22-refused-password-keeps-languages-phone-tr");
			((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("window.scrollTo(0, 0)");
			browser.screenshot("22-refused-password-keeps-languages-phone-tr-top");

			browser.submit(By.cssSelector(".languages a[hreflang=en]"));
			assertThat(browser.driver.getCurrentUrl()).endsWith("/account?lang=en");
			assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("My account");
			browser.screenshot("22-refused-password-keeps-languages-phone-en");
		}
		finally {
			browser.phone(false);
			jdbc.sql("update app_user set failed_logins = 0 where username = 'uzman.gaziantep'").update();
		}
	}

	/** Saves the account as it is but for its scope, as an administrator does. */
	private void rescope(String username, Scope scope) {
		UUID id = jdbc.sql("select id from app_user where username = :u").param("u", username).query(UUID.class).single();
		SystemActor.run("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> {
			UserAccount account = users.find(id).orElseThrow();
			UserEdit edit = UserEdit.of(account, users.contacts(id));
			users.update(id, account.version(), new UserEdit(edit.fullName(), edit.email(), edit.phone(), edit.role(),
					scope, edit.preferredLanguage()));
		});
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
		String signed = new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
		String id = signed.substring(0, signed.lastIndexOf('.'));
		assertThat(jdbc.sql("delete from spring_session where session_id = :id").param("id", id).update()).isOne();
	}

}
