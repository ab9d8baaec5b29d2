package org.opennrm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import org.opennrm.SignIn;
import org.opennrm.identity.NewUser;
import org.opennrm.identity.Role;
import org.opennrm.identity.Scope;
import org.opennrm.identity.SystemActor;
import org.opennrm.identity.UserAccount;
import org.opennrm.identity.UserManagement;
import org.opennrm.organisation.Organisation;
import org.opennrm.organisation.OrganisationFilter;
import org.opennrm.organisation.OrganisationManagement;

/**
 * The administration's screens as a browser shows them: a password set for another account is that account's to a
 * password manager, and a list's row of actions lines up with its row. Screenshots in target/screenshots (44-…):
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

	/**
	 * Every cell of a list's row draws its bottom border on the row's line, the cell of the row's actions too ("Edit",
	 * "Deactivate" in the organisations' list), whose border stood a pixel apart from the row's on a desktop, as the
	 * screenshot shows it; on a phone the actions still stand apart from one another.
	 */
	@Test
	void aListsActionsLineUpWithTheirRow() throws IOException {
		browser.signIn("admin", SignIn.DEMO_PASSWORD);
		browser.phone(false);
		browser.open("/admin/organisations?lang=tr");
		List<WebElement> rows = browser.driver.findElements(By.cssSelector("table.data tbody tr"));
		assertThat(rows).hasSizeGreaterThan(3);
		BufferedImage shown = ImageIO.read(new ByteArrayInputStream(
				((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES)));
		for (WebElement row : rows.subList(0, 3)) {
			List<WebElement> cells = row.findElements(By.tagName("td"));
			assertThat(cells.get(cells.size() - 1).getDomAttribute("class")).isEqualTo("actions");
			assertThat(cells.stream().map(cell -> borderLine(shown, cell)).distinct().toList())
				.as("the rows of pixels of the cells' bottom borders, " + row.getText()).hasSize(1);
		}
		browser.resize(1280);
		browser.screenshot("44-organisations-actions-tr");

		browser.phone(true);
		browser.open("/admin/organisations?lang=en");
		WebElement actions = browser.driver.findElement(By.cssSelector("table.data tbody tr td.actions"));
		List<WebElement> parts = actions.findElements(By.cssSelector("a, button"));
		assertThat(parts).hasSize(2);
		double gap = parts.get(1).getRect().getX() - (parts.get(0).getRect().getX() + parts.get(0).getRect().getWidth());
		assertThat(gap).as("the actions apart, not a space between them").isGreaterThanOrEqualTo(12);
		browser.resize(390);
		browser.screenshot("44-organisations-actions-en-phone");
	}

	/**
	 * "Deactivate" on one's own organisation, confirmed: refused, said above the list in the page's language, and the
	 * administrator still signed in, the organisation still active.
	 */
	@Test
	void oneCannotDeactivateOnesOwnOrganisation() {
		Organisation own = organisations.list(new OrganisationFilter("İnsan Ticaretiyle Mücadele Dairesi", null, null,
				null)).get(0);
		browser.signIn("admin", SignIn.DEMO_PASSWORD);
		browser.phone(false);
		browser.open("/admin/organisations?lang=tr&text=" + URLEncoder.encode(own.name(), StandardCharsets.UTF_8));
		browser.submitConfirming(By.cssSelector("form[action$='/" + own.id() + "/deactivate'] button"));
		WebElement refused = browser.driver.findElement(By.cssSelector(".alert.error[role=alert]"));
		assertThat(refused.getText()).startsWith("Kendi kurumunuzu devre dışı bırakamazsınız");
		assertThat(browser.driver.findElement(By.cssSelector("table.data tbody tr")).getText()).contains("Etkin");
		browser.resize(1280);
		browser.screenshot("44-organisations-own-deactivation-tr");
	}

	/**
	 * The row of pixels, within two of the cell's bottom edge, where its bottom border is drawn in the middle of the
	 * cell: the first one that is not the table's white.
	 */
	private static int borderLine(BufferedImage shown, WebElement cell) {
		Rectangle box = cell.getRect();
		int x = box.getX() + box.getWidth() / 2;
		int bottom = box.getY() + box.getHeight();
		for (int y = bottom - 2; y <= bottom + 2; y++) {
			if ((shown.getRGB(x, y) & 0xffffff) != 0xffffff) {
				return y;
			}
		}
		throw new AssertionError("no border drawn under " + cell.getText());
	}

}
