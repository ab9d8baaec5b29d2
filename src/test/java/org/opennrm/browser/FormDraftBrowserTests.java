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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.opennrm.SignIn;
import org.opennrm.identity.NewUser;
import org.opennrm.identity.Role;
import org.opennrm.identity.SystemActor;
import org.opennrm.identity.UserManagement;
import org.opennrm.organisation.Organisation;
import org.opennrm.organisation.OrganisationFilter;
import org.opennrm.organisation.OrganisationForm;
import org.opennrm.organisation.OrganisationManagement;
import org.opennrm.organisation.OrganisationType;

/**
 * What a form held when it could not be saved, because its session had ended, comes back after signing in: the tab
 * keeps it (encrypted with the account's key) until the form's page opens again, for the same person only. In Turkish
 * and English, with screenshots (36-…).
 */
class FormDraftBrowserTests extends BrowserTest {

	private static final String DRAFT = "opennrm.formDraft";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserManagement users;

	@Autowired
	OrganisationManagement organisations;

	@AfterEach
	void signOut() {
		browser.phone(false);
		browser.driver.manage().deleteAllCookies();
	}

	@Test
	void aFormSentAfterTheSessionEndedComesBackAfterSigningIn() {
		for (String language : new String[] { "tr", "en" }) {
			signIn("admin", language);
			browser.open("/admin/organisations/new");
			String name = "Oturumu Biten Dernek " + System.nanoTime();
			browser.driver.findElement(By.id("name")).sendKeys(name);
			new Select(browser.driver.findElement(By.id("type"))).selectByValue("NGO");
			new Select(browser.driver.findElement(By.id("provinceCode"))).selectByValue("27");
			browser.driver.findElement(By.id("address")).sendKeys("İnönü Cd. 12\nŞahinbey");
			endThisBrowsersSession();

			browser.submit(By.cssSelector("form.form button.primary"));
			assertThat(browser.driver.getCurrentUrl()).endsWith("/login?expired=unsaved");
			assertThat(browser.driver.findElement(By.cssSelector(".alert.warn")).getText()).isEqualTo(language.equals("tr")
					? "Oturumunuzun süresi dolmuştu, bu yüzden gönderdikleriniz kaydedilmedi. Oturum açtığınızda form, "
							+ "yazdıklarınızla birlikte yeniden açılır; denetleyip yeniden gönderin."
					: "Your session had ended, so what you sent was not saved. Sign in, and the form comes back with what "
							+ "you typed, for you to check and send again.");
			// kept, and only encrypted: the name typed is nowhere in the tab's storage
			assertThat(storedDraft()).isNotNull().doesNotContain(name).doesNotContain("Oturumu Biten");
			browser.screenshot("36-form-not-saved-kept-" + language);
			assertThat(organisationsNamed(name)).isZero();

			typeSignIn("admin");
			assertThat(browser.driver.getCurrentUrl()).endsWith("/admin/organisations/new");
			assertThat(browser.driver.findElement(By.id("name")).getAttribute("value")).isEqualTo(name);
			assertThat(new Select(browser.driver.findElement(By.id("type"))).getFirstSelectedOption().getAttribute("value"))
				.isEqualTo("NGO");
			assertThat(new Select(browser.driver.findElement(By.id("provinceCode"))).getFirstSelectedOption()
				.getAttribute("value")).isEqualTo("27");
			assertThat(browser.driver.findElement(By.id("address")).getAttribute("value")).isEqualTo("İnönü Cd. 12\nŞahinbey");
			assertThat(browser.driver.findElement(By.id("draft-restored")).getText()).isEqualTo(language.equals("tr")
					? "Oturumunuz sona ermeden önce yazdıklarınız geri yüklendi, ancak henüz kaydedilmedi: denetleyip "
							+ "yeniden gönderin."
					: "What you typed before your session ended was restored, but it is not saved yet: check it and "
							+ "send it again.");
			// said first: the focus is on the note, above the form
			assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("draft-restored");
			assertThat(storedDraft()).as("dropped once restored").isNull();
			browser.screenshot("36-form-restored-" + language);
			if (language.equals("en")) {
				browser.resize(360);
				browser.screenshot("36-form-restored-360-en");
				browser.resizeBack();
			}

			browser.submit(By.cssSelector("form.form button.primary"));
			assertThat(organisationsNamed(name)).isOne();
			browser.driver.manage().deleteAllCookies();
		}
	}

	/**
	 * A new record's form refused with its errors stands at the list's address, where it was sent; sent again after the
	 * session ended, the sign-in returns to the form's own page, where what was typed comes back.
	 */
	@Test
	void aFormRefusedThenSentAfterTheSessionEndedComesBackAtTheFormsPage() {
		signIn("admin", "tr");
		browser.open("/admin/organisations/new");
		String name = "Önce Reddedilen Vakıf " + System.nanoTime();
		browser.driver.findElement(By.id("name")).sendKeys(name);
		browser.submit(By.cssSelector("form.form button.primary"));
		assertThat(browser.driver.getCurrentUrl()).as("refused, shown at the address it was sent to").endsWith("/admin/organisations");
		assertThat(browser.driver.findElements(By.cssSelector(".field-error"))).isNotEmpty();
		new Select(browser.driver.findElement(By.id("type"))).selectByValue("NGO");
		new Select(browser.driver.findElement(By.id("provinceCode"))).selectByValue("06");
		endThisBrowsersSession();

		browser.submit(By.cssSelector("form.form button.primary"));
		assertThat(browser.driver.getCurrentUrl()).endsWith("/login?expired=unsaved");
		typeSignIn("admin");

		assertThat(browser.driver.getCurrentUrl()).endsWith("/admin/organisations/new");
		assertThat(browser.driver.findElement(By.id("name")).getAttribute("value")).isEqualTo(name);
		assertThat(new Select(browser.driver.findElement(By.id("type"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("NGO");
		assertThat(new Select(browser.driver.findElement(By.id("provinceCode"))).getFirstSelectedOption()
			.getAttribute("value")).isEqualTo("06");
		assertThat(browser.driver.findElement(By.id("draft-restored")).isDisplayed()).isTrue();
		browser.screenshot("36-refused-form-restored-tr");
		browser.submit(By.cssSelector("form.form button.primary"));
		assertThat(organisationsNamed(name)).isOne();
	}

	/** The same, where a part of the refused form (the role's scopes) is asked for after the session ended. */
	@Test
	void aFormRefusedWhosePartWasAskedForAfterTheSessionEndedComesBackAtTheFormsPage() {
		signIn("admin", "en");
		browser.open("/admin/users/new");
		String username = "once.reddedilen." + System.nanoTime() % 1_000_000;
		browser.driver.findElement(By.id("username")).sendKeys(username);
		browser.submit(By.cssSelector("form.form button.primary"));
		assertThat(browser.driver.getCurrentUrl()).endsWith("/admin/users");
		browser.driver.findElement(By.id("fullName")).sendKeys("Elif Önce");
		endThisBrowsersSession();

		new Select(browser.driver.findElement(By.id("role"))).selectByValue("ANALYST");
		new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().endsWith("/login?expired"));
		typeSignIn("admin");

		assertThat(browser.driver.getCurrentUrl()).endsWith("/admin/users/new");
		assertThat(browser.driver.findElement(By.id("username")).getAttribute("value")).isEqualTo(username);
		assertThat(browser.driver.findElement(By.id("fullName")).getAttribute("value")).isEqualTo("Elif Önce");
	}

	@Test
	void aFormWhosePartWasAskedForAfterTheSessionEndedComesBackWithThatPart() {
		signIn("admin", "en");
		browser.open("/admin/users/new");
		String username = "geri.gelen." + System.nanoTime() % 1_000_000;
		browser.driver.findElement(By.id("username")).sendKeys(username);
		browser.driver.findElement(By.id("fullName")).sendKeys("Zeynep Geri");
		new Select(browser.driver.findElement(By.id("organisationId"))).selectByIndex(1);
		browser.driver.findElement(By.id("password")).sendKeys("gün batarken deniz kıyısı");
		endThisBrowsersSession();

		// the role's scopes are asked for by htmx, after the session ended: the whole page goes to the sign-in page
		new Select(browser.driver.findElement(By.id("role"))).selectByValue("ANALYST");
		new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().endsWith("/login?expired"));
		typeSignIn("admin");

		assertThat(browser.driver.getCurrentUrl()).endsWith("/admin/users/new");
		assertThat(browser.driver.findElement(By.id("username")).getAttribute("value")).isEqualTo(username);
		assertThat(browser.driver.findElement(By.id("fullName")).getAttribute("value")).isEqualTo("Zeynep Geri");
		assertThat(new Select(browser.driver.findElement(By.id("role"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("ANALYST");
		// the role's scopes asked for again, and the password, never kept, to be typed again
		new WebDriverWait(browser.driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.ignoring(NoSuchElementException.class)
			.until(d -> d.findElements(By.cssSelector("#scope option[value=NATIONAL]")).size() == 1);
		assertThat(browser.driver.findElement(By.id("password")).getAttribute("value")).isEmpty();
		assertThat(browser.driver.findElement(By.id("draft-restored")).getText())
			.endsWith("check it and send it again. Passwords are never kept: type them again.");
		browser.screenshot("36-user-form-restored-en");
	}

	@Test
	void anEditRestoredAfterSomeoneElseSavedIsMergedWithTheirSaveNotWrittenOverIt() {
		Organisation organisation = SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR,
				() -> organisations.create(new OrganisationForm("Geri Gelen Vakıf " + System.nanoTime() % 100000,
						OrganisationType.SHELTER, "06", "Çankaya, Ankara", "+903121112233", null, null, true)));
		signIn("admin", "en");
		browser.open("/admin/organisations/" + organisation.id() + "/edit");
		WebElement phone = browser.driver.findElement(By.id("phone"));
		phone.clear();
		phone.sendKeys("+903127778899");
		endThisBrowsersSession();
		browser.submit(By.cssSelector("form.form button.primary"));
		assertThat(browser.driver.getCurrentUrl()).endsWith("/login?expired=unsaved");

		// meanwhile another administrator saves a new address
		SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> organisations.update(organisation.id(), 0,
				new OrganisationForm(organisation.name(), OrganisationType.SHELTER, "06", "Kızılay, Ankara",
						"+903121112233", null, null, true)));
		typeSignIn("admin");
		assertThat(browser.driver.findElement(By.id("phone")).getAttribute("value")).isEqualTo("+903127778899");
		browser.submit(By.cssSelector("form.form button.primary"));

		// the form restored as it was sent, on the version it was opened with: merged, their address kept
		assertThat(browser.driver.findElement(By.cssSelector(".alert.merge")).getText())
			.contains("Someone else saved this organisation");
		assertThat(browser.driver.findElement(By.id("address")).getAttribute("value")).isEqualTo("Kızılay, Ankara");
		browser.submit(By.cssSelector("form.form button.primary"));
		Organisation saved = organisations.find(organisation.id()).orElseThrow();
		assertThat(saved.address()).isEqualTo("Kızılay, Ankara");
		assertThat(saved.phone()).isEqualTo("+903127778899");
	}

	@Test
	void anotherPersonSigningInOnThatTabDoesNotGetWhatWasTyped() {
		String other = "yonetici." + System.nanoTime() % 1_000_000;
		UUID ankara = organisations.list(new OrganisationFilter("Göç İdaresi Başkanlığı", null, null, null)).get(0).id();
		SystemActor.run("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> users.create(new NewUser(other, "Deniz Başka",
				null, null, Role.SYSTEM_ADMINISTRATOR, null, ankara, "kırmızı bisiklet sabah yedide", null)));

		signIn("admin", "tr");
		browser.open("/admin/organisations/new");
		String name = "Başkasına Kalmayan Dernek " + System.nanoTime();
		browser.driver.findElement(By.id("name")).sendKeys(name);
		endThisBrowsersSession();
		browser.submit(By.cssSelector("form.form button.primary"));
		assertThat(browser.driver.getCurrentUrl()).endsWith("/login?expired=unsaved");
		assertThat(storedDraft()).isNotNull();

		// the next person at this computer, on the same tab, may open the form too
		browser.driver.findElement(By.id("username")).sendKeys(other);
		browser.driver.findElement(By.id("password")).sendKeys("kırmızı bisiklet sabah yedide");
		browser.submit(By.cssSelector("form.form button[type=submit]"));
		assertThat(browser.driver.getCurrentUrl()).endsWith("/admin/organisations/new");
		assertThat(browser.driver.findElement(By.id("name")).getAttribute("value")).isEmpty();
		assertThat(browser.driver.findElement(By.id("draft-restored")).isDisplayed()).isFalse();
		assertThat(storedDraft()).as("dropped").isNull();
	}

	@Test
	void aFormOpenedBeforeSigningOutAndInAgainInAnotherTabComesBackWhenItsPageOpensAgain() {
		signIn("admin", "en");
		browser.open("/admin/organisations/new");
		String form = browser.driver.getWindowHandle();
		String name = "Sekmeler Derneği " + System.nanoTime();
		browser.driver.findElement(By.id("name")).sendKeys(name);

		browser.driver.switchTo().newWindow(WindowType.TAB);
		browser.open("/");
		browser.submit(By.cssSelector("form.logout button"));
		typeSignIn("admin");
		browser.driver.close();
		browser.driver.switchTo().window(form);

		browser.submit(By.cssSelector("form.form button.primary"));
		assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Not saved");
		assertThat(browser.driver.findElement(By.cssSelector("main p[data-draft-kept]")).getText()).endsWith(
				"Open the page again: what you typed comes back with it, for you to check and send again.");
		browser.screenshot("36-stale-form-kept-en");
		browser.submit(By.linkText("Open the page again"));
		assertThat(browser.driver.getCurrentUrl()).endsWith("/admin/organisations/new");
		assertThat(browser.driver.findElement(By.id("name")).getAttribute("value")).isEqualTo(name);
	}

	/**
	 * A form that arrives without its CSRF token (taken out of the page here) is "not saved", not "not allowed", and
	 * what was typed in it comes back when its page opens again; a sign-out sent so says the person is still signed in.
	 */
	@Test
	void aFormSentWithoutItsTokenSaysItWasNotSavedAndComesBackWhenItsPageOpensAgain() {
		for (String language : new String[] { "tr", "en" }) {
			boolean tr = language.equals("tr");
			signIn("admin", language);
			browser.open("/admin/organisations/new");
			String name = "Belirteçsiz Dernek " + System.nanoTime();
			browser.driver.findElement(By.id("name")).sendKeys(name);
			JavascriptExecutor js = (JavascriptExecutor) browser.driver;
			js.executeScript("document.querySelector('form.form input[name=_csrf]').remove()");

			browser.submit(By.cssSelector("form.form button.primary"));
			assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo(tr ? "Kaydedilmedi" : "Not saved");
			assertThat(browser.driver.findElement(By.cssSelector("main p[data-draft-kept]")).getText()).isEqualTo(tr
					? "Sayfayı yeniden açtığınızda yazdıklarınız geri gelir; denetleyip yeniden gönderin."
					: "Open the page again: what you typed comes back with it, for you to check and send again.");
			assertThat(browser.driver.findElement(By.cssSelector("main p[data-draft-none]")).isDisplayed()).isFalse();
			browser.screenshot("36-no-token-kept-" + language);
			browser.submit(By.linkText(tr ? "Sayfayı yeniden aç" : "Open the page again"));
			assertThat(browser.driver.getCurrentUrl()).endsWith("/admin/organisations/new");
			assertThat(browser.driver.findElement(By.id("name")).getAttribute("value")).isEqualTo(name);
			assertThat(organisationsNamed(name)).isZero();

			js.executeScript("document.querySelector('form.logout input[name=_csrf]').remove()");
			browser.submit(By.cssSelector("form.logout button"));
			assertThat(browser.driver.findElement(By.tagName("h1")).getText())
				.isEqualTo(tr ? "Oturum kapatılmadı" : "Not signed out");
			browser.screenshot("36-no-token-sign-out-" + language);
			// the page's own button signs out
			browser.submit(By.cssSelector("form.logout button"));
			assertThat(browser.driver.getCurrentUrl()).contains("/login?logout");
		}
	}

	@Test
	void signingOutDropsWhatTheTabKept() {
		signIn("analist", "tr");
		JavascriptExecutor js = (JavascriptExecutor) browser.driver;
		js.executeScript("sessionStorage.setItem(arguments[0], '{}')", DRAFT);
		browser.submit(By.cssSelector("form.logout button"));
		assertThat(browser.driver.getCurrentUrl()).contains("/login?logout");
		assertThat(storedDraft()).isNull();
	}

	private long organisationsNamed(String name) {
		return jdbc.sql("select count(*) from organisation where name = :n").param("n", name).query(Long.class).single();
	}

	private String storedDraft() {
		return (String) ((JavascriptExecutor) browser.driver).executeScript("return sessionStorage.getItem(arguments[0])",
				DRAFT);
	}

	private void signIn(String username, String language) {
		browser.open("/login?lang=" + language);
		typeSignIn(username);
		assertThat(browser.driver.getCurrentUrl()).doesNotContain("/login");
	}

	private void typeSignIn(String username) {
		browser.driver.findElement(By.id("username")).sendKeys(username);
		browser.driver.findElement(By.id("password")).sendKeys(SignIn.DEMO_PASSWORD);
		browser.submit(By.cssSelector("form.form button[type=submit]"));
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
