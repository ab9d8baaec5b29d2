package org.opennrm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import org.opennrm.SignIn;

/**
 * A session's pages warn before it ends, let the person stay signed in with one button, and say when it has ended;
 * a tab in use keeps the others from warning. The session ends here after 40 seconds without a request, warned of 20
 * seconds before (30 minutes and 2 minutes by default). Screenshots of the dialog in Turkish and English, at 360 px
 * too (37-…).
 */
@TestPropertySource(properties = { "spring.session.timeout=40s", "opennrm.session.warning=20s" })
class SessionWarningBrowserTests extends BrowserTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(40);

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		List<String> windows = new ArrayList<>(browser.driver.getWindowHandles());
		for (String window : windows.subList(1, windows.size())) {
			browser.driver.switchTo().window(window).close();
		}
		browser.driver.switchTo().window(windows.get(0));
		browser.driver.manage().window().setSize(new Dimension(1280, 900));
		browser.driver.manage().deleteAllCookies();
		jdbc.sql("update app_user set preferred_language = null where username = 'uzman.gaziantep'").update();
	}

	@Test
	void theWarningComesBeforeTheEndAndStayingSignedInExtendsTheSession() throws Exception {
		signIn("uzman.gaziantep", "tr");
		browser.open("/account");
		long served = System.currentTimeMillis();

		WebElement dialog = dialogShowing("idle", Duration.ofSeconds(35));
		assertThat(System.currentTimeMillis() - served).as("warned 20 seconds before the end, not at once")
			.isGreaterThan(15_000);
		assertThat(dialog.getAttribute("role")).isEqualTo("alertdialog");
		assertThat(browser.driver.findElement(By.id(dialog.getAttribute("aria-labelledby"))).getText())
			.isEqualTo("Oturumunuz sona ermek üzere");
		assertThat(browser.driver.findElement(By.id(dialog.getAttribute("aria-describedby"))).getText()).isEqualTo(
				"Bir süredir hiçbir şey gönderilmediği için oturumunuz bir dakika içinde sona erecek.\n"
						+ "Bu sayfada yazdıklarınız henüz kaydedilmedi.");
		WebElement stay = focused();
		assertThat(stay.getText()).isEqualTo("Oturumu açık tut");
		browser.screenshot("37-session-warning-tr");
		AccessibilityCheck check = new AccessibilityCheck(browser.driver);
		check.page("session warning [tr]");
		check.assertNoViolations();

		long before = lastAccess("uzman.gaziantep");
		stay.click();
		new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> !dialog.isDisplayed());
		assertThat(lastAccess("uzman.gaziantep")).as("the session was extended").isGreaterThan(before);

		// past the end it would have had: still signed in, as the server says without being extended by the asking
		Thread.sleep(Math.max(0, served + TIMEOUT.toMillis() + 2000 - System.currentTimeMillis()));
		long extended = lastAccess("uzman.gaziantep");
		Map<?, ?> left = remaining();
		assertThat(left.get("signedIn")).isEqualTo(true);
		assertThat(lastAccess("uzman.gaziantep")).as("asking extended nothing").isEqualTo(extended);

		// the session ends as the idle timeout ends it: the page says so, and how to go on without losing it
		jdbc.sql("delete from spring_session where principal_name = 'uzman.gaziantep'").update();
		dialogShowing("ended", Duration.ofSeconds(30));
		assertThat(browser.driver.findElement(By.id("session-ended-title")).getText()).isEqualTo("Oturumunuz sona erdi");
		assertThat(browser.driver.findElement(By.id("session-ended-text")).getText()).isEqualTo(
				"Bu sayfada yazdıklarınız hâlâ burada, ancak yeniden oturum açmadan gönderilemez.\n"
						+ "Yeni bir sekmede oturum açın, sonra bu sekmeye geri dönün: bu sayfa yeni oturumunuzla devam eder.");
		WebElement signIn = focused();
		assertThat(signIn.getText()).isEqualTo("Yeni sekmede oturum aç");
		assertThat(signIn.getAttribute("target")).isEqualTo("_blank");
		browser.screenshot("37-session-ended-tr");

		// signed in again in another tab: back here, the page goes on with the new session
		String page = browser.driver.getWindowHandle();
		browser.driver.switchTo().newWindow(WindowType.TAB);
		signIn("uzman.gaziantep", "tr");
		browser.driver.close();
		browser.driver.switchTo().window(page);
		dialogShowing("resumed", Duration.ofSeconds(30));
		assertThat(browser.driver.findElement(By.id("session-resumed-title")).getText()).isEqualTo("Yeniden oturum açtınız");
		browser.screenshot("37-session-resumed-tr");
		focused().click();
		// its forms send the new session's token: saved, not refused as a page of an earlier session
		new Select(browser.driver.findElement(By.id("preferredLanguage"))).selectByValue("en");
		browser.submit(By.cssSelector("#language button"));
		assertThat(browser.driver.findElement(By.cssSelector(".alert.ok")).getText()).isEqualTo("Your language was saved.");
	}

	@Test
	void theWarningInEnglishOnAPhoneClosesWithEscapeAndKeepsTheFocus() {
		browser.driver.manage().window().setSize(new Dimension(360, 800));
		signIn("analist", "en");
		dialogShowing("idle", Duration.ofSeconds(35));
		assertThat(browser.driver.findElement(By.id("session-idle-text")).getText()).isEqualTo(
				"Your session will end within a minute, as nothing has been sent for a while.\n"
						+ "What you have typed on this page is not saved yet.");
		assertThat(focused().getText()).isEqualTo("Stay signed in");
		browser.screenshot("37-session-warning-360-en");

		// Tab stays in the dialog (the page behind it is inert), Escape closes it
		new Actions(browser.driver).sendKeys(Keys.TAB).perform();
		assertThat((Boolean) js("var a = document.activeElement;"
				+ " return !a || a === document.body || document.getElementById('session-dialog').contains(a);")).isTrue();
		new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();
		new WebDriverWait(browser.driver, Duration.ofSeconds(5))
			.until(d -> d.findElements(By.cssSelector("dialog#session-dialog[open]")).isEmpty());
	}

	@Test
	void aTabInUseKeepsTheOthersFromWarning() throws Exception {
		signIn("koordinator", "en");
		String first = browser.driver.getWindowHandle();
		long served = System.currentTimeMillis();
		browser.driver.switchTo().newWindow(WindowType.TAB);
		Thread.sleep(12_000);
		browser.open("/account"); // a request from this tab extends the session for both
		String second = browser.driver.getWindowHandle();

		// the first tab asked the server at its warning time, 20 seconds in, and found the session extended
		Thread.sleep(Math.max(0, served + 25_000 - System.currentTimeMillis()));
		browser.driver.switchTo().window(first);
		assertThat(browser.driver.findElements(By.cssSelector("dialog#session-dialog[open]"))).isEmpty();

		// both warn once the second tab's request is 20 seconds old; staying signed in in one closes the other's
		dialogShowing("idle", Duration.ofSeconds(20));
		browser.screenshot("37-session-warning-en");
		browser.driver.switchTo().window(second);
		WebElement stay = dialogShowing("idle", Duration.ofSeconds(10)).findElement(By.cssSelector("[data-session-stay]"));
		stay.click();
		browser.driver.switchTo().window(first);
		new WebDriverWait(browser.driver, Duration.ofSeconds(15))
			.until(d -> d.findElements(By.cssSelector("dialog#session-dialog[open]")).isEmpty());
	}

	@Test
	void theEndOfTheSessionsLifetimeIsWarnedOfOnce() {
		signIn("savcilik", "tr");
		// began 12 hours less 4 minutes ago: no request extends it past its twelfth hour
		jdbc.sql("update spring_session set creation_time = (extract(epoch from now()) * 1000)::bigint - 12 * 3600000 + 240000"
				+ " where principal_name = 'savcilik'").update();
		browser.open("/account");
		dialogShowing("lifetime", Duration.ofSeconds(5));
		assertThat(browser.driver.findElement(By.id("session-lifetime-title")).getText())
			.isEqualTo("Oturumunuz birkaç dakika içinde sona erecek");
		assertThat(browser.driver.findElement(By.id("session-lifetime-text")).getText()).isEqualTo(
				"Güvenlik nedeniyle bir oturum ancak belirli bir süre açık kalabilir ve sizinki artık uzatılamaz. Üzerinde "
						+ "çalıştığınız işi şimdi kaydedin; ardından devam etmek için yeniden oturum açın.");
		browser.screenshot("37-session-lifetime-tr");
		focused().click();
		assertThat(browser.driver.findElements(By.cssSelector("dialog#session-dialog[open]"))).isEmpty();

		browser.open("/");
		assertThat(browser.driver.findElement(By.tagName("h1")).getText()).startsWith("Hoş geldiniz");
		assertThat(browser.driver.findElements(By.cssSelector("dialog#session-dialog[open]"))).as("warned once").isEmpty();
	}

	/** The dialog, once it shows this part ({@code data-session-state}). */
	private WebElement dialogShowing(String state, Duration within) {
		return new WebDriverWait(browser.driver, within).until(d -> {
			var open = d.findElements(By.cssSelector("dialog#session-dialog[open]"));
			return !open.isEmpty() && open.get(0).findElement(By.cssSelector("[data-session-state=" + state + "]"))
				.isDisplayed() ? open.get(0) : null;
		});
	}

	/** What the server says is left of the session, asked as the page asks it. */
	private Map<?, ?> remaining() {
		return (Map<?, ?>) ((JavascriptExecutor) browser.driver).executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				fetch(opennrmMeta('session-remaining'), { headers: { Accept: 'application/json' } })
				  .then(function (r) { return r.json(); }).then(done, function (e) { done({ failed: String(e) }); });""");
	}

	private Object js(String script) {
		return ((JavascriptExecutor) browser.driver).executeScript(script);
	}

	private WebElement focused() {
		return browser.driver.switchTo().activeElement();
	}

	private long lastAccess(String username) {
		return jdbc.sql("select max(last_access_time) from spring_session where principal_name = :u")
			.param("u", username).query(Long.class).single();
	}

	private void signIn(String username, String language) {
		browser.open("/login?lang=" + language);
		browser.driver.findElement(By.id("username")).sendKeys(username);
		browser.driver.findElement(By.id("password")).sendKeys(SignIn.DEMO_PASSWORD);
		browser.submit(By.cssSelector("form.form button[type=submit]"));
		assertThat(browser.driver.getCurrentUrl()).doesNotContain("/login");
	}

}
