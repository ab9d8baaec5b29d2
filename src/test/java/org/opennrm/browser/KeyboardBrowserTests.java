package org.opennrm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.opennrm.SignIn;

/**
 * A form filled in and sent with the keyboard alone, as someone who cannot use a mouse does: the skip link first, then
 * Tab from field to field, arrow keys in the lists, Enter to send; refused, corrected from the link of its error
 * summary to the field, and sent again. Each element that takes the focus is seen, nothing laid over it (WCAG 2.4.11:
 * the skip link, shown, leaves the header's name in view), and shows it with a
 * ring that stands out from what is around it by 3:1 at least (WCAG 2.4.7 and 1.4.11), on the dark page header as on
 * the white form.
 */
class KeyboardBrowserTests extends BrowserTest {

	/**
	 * The contrast between the focus ring (the outline, and a box shadow drawn around it) and the background behind
	 * it, the best of its colours; 0 when the focused element shows no ring.
	 */
	private static final String FOCUS_RING_CONTRAST = UndecidedContrast.COLOURS + """
			const element = document.activeElement;
			const style = getComputedStyle(element);
			const background = around(element);
			const rings = [];
			if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) rings.push(style.outlineColor);
			if (style.boxShadow !== 'none') rings.push(...(style.boxShadow.match(/rgba?\\([^)]*\\)/g) || []));
			return Math.max(0, ...rings.map(channels).filter(shown).map(ring => ratio(ring, background)));""";

	/**
	 * Whether the focused element can be seen (WCAG 2.2's 2.4.11, Focus Not Obscured): on the screen, and not wholly
	 * covered by something laid over it; null when it is seen, else what covers it.
	 */
	private static final String FOCUS_OBSCURED_BY = """
			const element = document.activeElement;
			const r = element.getBoundingClientRect();
			const points = [[r.left + r.width / 2, r.top + r.height / 2], [r.left + 2, r.top + 2], [r.right - 2, r.top + 2],
			    [r.left + 2, r.bottom - 2], [r.right - 2, r.bottom - 2]]
			  .filter(([x, y]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight);
			if (points.length === 0) return 'off the screen';
			const tops = points.map(([x, y]) => document.elementFromPoint(x, y));
			const seen = top => top && (element.contains(top) || [...(element.labels || [])].some(l => l.contains(top)));
			return tops.some(seen) ? null : (tops[0] ? tops[0].outerHTML.slice(0, 100) : 'nothing');""";

	/** Whether two elements' boxes overlap: the skip link, shown, over the header's name. */
	private static final String OVERLAP = """
			const [a, b] = [arguments[0].getBoundingClientRect(), arguments[1].getBoundingClientRect()];
			return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;""";

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		browser.driver.manage().deleteAllCookies();
	}

	@Test
	void aNewUserIsCreatedWithTheKeyboardAloneAndTheFocusIsAlwaysSeen() {
		String username = "klavye." + System.nanoTime() % 1_000_000_000;
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("username", username);
		typed.put("fullName", "Klavye Kullanan Memur");
		// an address without its domain first: refused, and corrected from the form's error summary
		typed.put("email", username + "@goc");
		typed.put("password", "mavi kalem öğleden sonra");
		browser.open("/login?lang=tr");
		browser.signIn("admin", SignIn.DEMO_PASSWORD);
		browser.open("/admin/users/new");

		// the first Tab shows the skip link, and Enter on it takes the focus past the page's header
		tab();
		WebElement skip = focused();
		assertThat(skip.getAttribute("class")).isEqualTo("skip");
		assertThat(skip.getLocation().getX()).as("the skip link on the screen").isGreaterThanOrEqualTo(0);
		assertRingStandsOut("the skip link");
		WebElement brand = browser.driver.findElement(By.cssSelector(".topbar .brand"));
		assertThat((Boolean) ((JavascriptExecutor) browser.driver).executeScript(OVERLAP, skip, brand))
			.as("the skip link, shown, covers the header's name").isFalse();
		browser.screenshot("42-keyboard-skip-link-tr");
		new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
		assertThat(focused().getTagName()).isEqualTo("main");

		tabToThePasswordTyping(typed);
		send();

		// refused: the summary above the form has the focus; Tab reaches its link, Enter puts the focus in the field
		assertThat(focused().getAttribute("class")).contains("error-summary");
		tab();
		assertThat(focused().getDomAttribute("href")).isEqualTo("#email");
		assertRingStandsOut("the error summary's link");
		browser.screenshot("42-keyboard-error-summary-link-tr");
		new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
		assertThat(focused().getAttribute("id")).isEqualTo("email");
		assertThat(focused().getDomProperty("value")).as("what was typed, kept").isEqualTo(username + "@goc");
		new Actions(browser.driver).sendKeys(Keys.END, ".gov.tr").perform();
		// on from the e-mail to the password, which a refused form never shows again
		typed.clear();
		typed.put("password", "mavi kalem öğleden sonra");
		tabToThePasswordTyping(typed);
		send();

		assertThat(browser.driver.getCurrentUrl()).matches(".*/admin/users/[0-9a-f-]{36}");
		assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Klavye Kullanan Memur");
		assertThat(jdbc.sql("select role || ' ' || scope || ' ' || (email_hash is not null) from app_user where username = :u")
			.param("u", username).query(String.class).single()).isEqualTo("FOCAL_POINT PROVINCE true");
	}

	/**
	 * WCAG 2.2's 3.3.8 (Accessible Authentication): the password is pasted into the sign-in page, as a password
	 * manager or someone who cannot type it would; the password forms tell a password manager whose password changes
	 * (a user name field, not shown) and which password is which.
	 */
	@Test
	void aPasswordIsPastedAndThePasswordFormsSayWhichIsWhich() {
		browser.open("/login?lang=en");
		WebElement username = browser.driver.findElement(By.id("username"));
		assertThat(username.getDomAttribute("autocomplete")).isEqualTo("username");
		assertThat(browser.driver.findElement(By.id("password")).getDomAttribute("autocomplete")).isEqualTo("current-password");
		// copied from somewhere else on the page, as from a password manager's window
		username.sendKeys(SignIn.DEMO_PASSWORD);
		new Actions(browser.driver).keyDown(Keys.CONTROL).sendKeys("a").sendKeys("x").keyUp(Keys.CONTROL).perform();
		username.sendKeys("admin");
		tab();
		assertThat(focused().getAttribute("id")).isEqualTo("password");
		new Actions(browser.driver).keyDown(Keys.CONTROL).sendKeys("v").keyUp(Keys.CONTROL).perform();
		send();
		assertThat(browser.driver.getCurrentUrl()).doesNotContain("/login");

		browser.open("/account");
		WebElement form = browser.driver.findElement(By.cssSelector("#password form, form#password"));
		WebElement whose = form.findElement(By.cssSelector("input[autocomplete=username]"));
		assertThat(whose.getDomProperty("value")).isEqualTo("admin");
		assertThat(whose.getDomAttribute("name")).as("not sent with the form").isNull();
		assertThat(form.findElements(By.cssSelector("input[type=password]")).stream()
			.map(field -> field.getAttribute("id") + " " + field.getDomAttribute("autocomplete")).toList())
			.containsExactly("currentPassword current-password", "newPassword new-password", "repeatedPassword new-password");
	}

	/**
	 * A form sent empty: from its error summary, Tab to each entry and Enter puts the focus in its field, a list's as a
	 * text's, in the page's order, and the focus seen there.
	 */
	@Test
	void eachEntryOfTheErrorSummaryTakesTheKeyboardToItsField() {
		browser.open("/login?lang=en");
		browser.signIn("admin", SignIn.DEMO_PASSWORD);
		browser.open("/admin/users/new");
		browser.submit(By.cssSelector("form.form button[type=submit]"));
		WebElement summary = focused();
		assertThat(summary.getAttribute("class")).contains("error-summary");
		java.util.List<String> targets = summary.findElements(By.cssSelector("li a")).stream()
			.map(link -> link.getDomAttribute("href").substring(1)).toList();
		assertThat(targets).containsExactly("username", "fullName", "organisationId", "role");
		for (int entry = 0; entry < targets.size(); entry++) {
			((JavascriptExecutor) browser.driver).executeScript("arguments[0].focus()", summary);
			for (int tabs = 0; tabs <= entry; tabs++) {
				tab();
			}
			assertThat(focused().getDomAttribute("href")).isEqualTo("#" + targets.get(entry));
			new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
			assertThat(focused().getAttribute("id")).isEqualTo(targets.get(entry));
			assertThat(focused().getAttribute("aria-invalid")).isEqualTo("true");
			assertRingStandsOut(targets.get(entry));
		}
	}

	/**
	 * Tab from where the focus is to the password, each stop's ring checked, typing what {@code typed} has for a field,
	 * a provincial directorate chosen, by typing its name's beginning, unless an organisation is, and the role of a
	 * focal point, which the directorate holds.
	 */
	private void tabToThePasswordTyping(Map<String, String> typed) {
		int stops = 0;
		while (!"password".equals(focused().getAttribute("id"))) {
			assertThat(++stops).as("Tab reaches the password").isLessThan(20);
			tab();
			WebElement field = focused();
			String id = field.getAttribute("id");
			assertRingStandsOut(id == null || id.isEmpty() ? field.getTagName() + " " + field.getText() : id);
			if (typed.containsKey(id)) {
				new Actions(browser.driver).sendKeys(typed.get(id)).perform();
			}
			else if ("organisationId".equals(id) && field.getAttribute("value").isEmpty()) {
				new Actions(browser.driver).sendKeys("Gaziantep İl Göç").perform();
				browser.settled(); // the organisation's roles
			}
			else if ("role".equals(id)) {
				for (int down = 0; !"FOCAL_POINT".equals(field.getAttribute("value")); down++) {
					assertThat(down).as("the role among the choices").isLessThan(12);
					new Actions(browser.driver).sendKeys(Keys.ARROW_DOWN).perform();
				}
				// the scope's choices follow the role (htmx), the role's own chosen
				new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10)).until(d -> d
					.findElements(By.cssSelector("#scope option[value=PROVINCE]:checked")).size() == 1);
				browser.screenshot("42-keyboard-role-tr");
			}
		}
	}

	/** Enter in the form's field: the form sent, and the next page loaded. */
	private void send() {
		WebElement page = browser.driver.findElement(By.tagName("html"));
		new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
		new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(30))
			.until(d -> BrowserSession.replaced(page));
		new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(30)).until(d -> "complete"
			.equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	private void tab() {
		new Actions(browser.driver).sendKeys(Keys.TAB).perform();
	}

	private WebElement focused() {
		return browser.driver.switchTo().activeElement();
	}

	private void assertRingStandsOut(String what) {
		assertThat((String) ((JavascriptExecutor) browser.driver).executeScript(FOCUS_OBSCURED_BY))
			.as("what hides the focused " + what).isNull();
		double contrast = ((Number) ((JavascriptExecutor) browser.driver).executeScript(FOCUS_RING_CONTRAST)).doubleValue();
		assertThat(contrast).as("the focus ring's contrast with the background, at " + what).isGreaterThanOrEqualTo(3.0);
	}

}
