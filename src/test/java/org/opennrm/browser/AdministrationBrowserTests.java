package org.opennrm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import org.opennrm.SignIn;
import org.opennrm.identity.NewUser;
import org.opennrm.identity.Role;
import org.opennrm.identity.Scope;
import org.opennrm.identity.SystemActor;
import org.opennrm.identity.UserAccount;
import org.opennrm.identity.UserManagement;
import org.opennrm.organisation.OrganisationFilter;
import org.opennrm.organisation.OrganisationManagement;

/**
 * The administration's screens as a browser shows them: a password set for another account is that account's to a
 * password manager. Screenshots in target/screenshots (44-…):
 * Turkish on a desktop, English on a phone.
 */
class AdministrationBrowserTests extends BrowserTest {

	@Autowired
	UserManagement users;

	@Autowired
	OrganisationManagement organisations;

	@AfterEach
	void signOut() {
		browser.driver.manage().deleteAllCookies();
		browser.resizeBack();
	}

	/**
	 * The new password an administrator sets for another account is that account's: the form names its user name to a
	 * password manager (not shown, not sent), which would otherwise file the password under the administrator's own
	 * login, the one it knows for this site.
	 */
	@Test
	void aPasswordSetForAnotherAccountIsThatAccountsToAPasswordManager() {
		UUID directorate = organisations.list(new OrganisationFilter("Gaziantep İl Göç", null, null, null)).get(0).id();
		String username = "parola.yenilenen." + System.nanoTime() % 100_000;
		UserAccount account = SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> users.create(new NewUser(
				username, "Parolası Yenilenen", null, null, Role.ANALYST, Scope.NATIONAL, directorate,
				"kırmızı bisiklet sabah yedide", null)));

		browser.signIn("admin", SignIn.DEMO_PASSWORD);
		for (String language : List.of("tr", "en")) {
			browser.phone("en".equals(language));
			browser.open("/admin/users/" + account.id() + "?lang=" + language);
			WebElement form = browser.driver.findElement(By.cssSelector("form[action$='/password']"));
			WebElement whose = form.findElement(By.cssSelector("input[autocomplete=username]"));
			assertThat(whose.getDomProperty("value")).isEqualTo(username);
			assertThat(whose.getDomAttribute("name")).as("not sent with the form").isNull();
			assertThat(whose.isDisplayed()).isFalse();
			WebElement password = form.findElement(By.cssSelector("input[type=password]"));
			assertThat(password.getDomAttribute("autocomplete")).isEqualTo("new-password");
			assertThat(form.findElements(By.cssSelector("input")).indexOf(whose))
				.as("the user name before the password, as a password manager reads a form")
				.isLessThan(form.findElements(By.cssSelector("input")).indexOf(password));
			browser.resize("en".equals(language) ? 390 : 1280);
			browser.screenshot("44-password-reset-" + language + ("en".equals(language) ? "-phone" : ""));
		}
	}

}
