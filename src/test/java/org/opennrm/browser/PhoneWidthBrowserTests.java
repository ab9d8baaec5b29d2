package org.opennrm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.opennrm.identity.NewUser;
import org.opennrm.identity.Role;
import org.opennrm.identity.Scope;
import org.opennrm.identity.SystemActor;
import org.opennrm.identity.UserAccount;
import org.opennrm.identity.UserManagement;
import org.opennrm.organisation.OrganisationFilter;
import org.opennrm.organisation.OrganisationManagement;

/**
 * The account pages at a phone's narrowest usual width, 360 px, and on a desktop: the language list's choice is read
 * whole, and a user name of 60 letters without a space breaks in the heading and the page header rather than making
 * the page wider than the screen. In Turkish and English, with screenshots.
 */
class PhoneWidthBrowserTests extends BrowserTest {

	private static final String PASSWORD = "kırmızı bisiklet sabah yedide";

	@Autowired
	UserManagement users;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOutAndBack() {
		browser.driver.manage().deleteAllCookies();
		browser.resizeBack();
	}

	@Test
	void theLanguageListOfMyAccountIsReadWholeOnAPhone() {
		browser.signIn("admin", "demo-parola-2026");
		for (String language : new String[] { "tr", "en" }) {
			browser.open("/account?lang=" + language);
			browser.resize(360);
			WebElement list = browser.driver.findElement(By.id("preferredLanguage"));
			assertThat(width(list, "scrollWidth")).as("the choice shown, " + language)
				.isLessThanOrEqualTo(width(list, "clientWidth"));
			assertFitsTheWindow();
			browser.screenshot("35-account-phone-" + language);
		}
	}

	@Test
	void aLongUserNameBreaksInTheHeadingAndThePageHeader() {
		String username = "abcdefghijklmnopqrstuvwxyz.abcdefghijklmnopqrstuvwxyz." + "%08d".formatted(System.nanoTime() % 100_000_000);
		UUID organisation = organisations.list(new OrganisationFilter("Gaziantep İl Göç", null, null, null)).get(0).id();
		UserAccount account = SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> users.create(new NewUser(
				username, "Uzun Adlı Kullanıcı", null, null, Role.ANALYST, Scope.NATIONAL, organisation, PASSWORD, null)));
		assertThat(username).hasSizeGreaterThanOrEqualTo(60);

		browser.signIn("admin", "demo-parola-2026");
		for (int width : new int[] { 360, 1280 }) {
			browser.open("/admin/users/" + account.id() + "/edit?lang=tr");
			browser.resize(width);
			WebElement heading = browser.driver.findElement(By.tagName("h1"));
			assertThat(heading.getText()).contains(username.substring(0, 20));
			assertThat(width(heading, "scrollWidth")).as("the heading at " + width)
				.isLessThanOrEqualTo(width(heading, "clientWidth"));
			assertFitsTheWindow();
			browser.screenshot("35-long-username-edit-" + width);
		}

		// the person themselves, whose user name the page header shows
		browser.driver.manage().deleteAllCookies();
		jdbc.sql("update app_user set must_change_password = false where id = :id").param("id", account.id()).update();
		browser.signIn(username, PASSWORD);
		browser.open("/account?lang=en");
		browser.resize(360);
		assertThat(browser.driver.findElement(By.cssSelector(".whoami")).getText()).isEqualTo(username);
		assertFitsTheWindow();
		browser.screenshot("35-long-username-account-phone");
	}

	/** Nothing on the page wider than the window: no scrolling sideways, nothing cut at the right. */
	private void assertFitsTheWindow() {
		JavascriptExecutor js = (JavascriptExecutor) browser.driver;
		long window = (Long) js.executeScript("return document.documentElement.clientWidth");
		long page = (Long) js.executeScript("return document.documentElement.scrollWidth");
		assertThat(page).as("the page's width in a window of " + window).isLessThanOrEqualTo(window);
	}

	private long width(WebElement element, String property) {
		return ((Number) ((JavascriptExecutor) browser.driver).executeScript("return arguments[0]." + property, element))
			.longValue();
	}

}
