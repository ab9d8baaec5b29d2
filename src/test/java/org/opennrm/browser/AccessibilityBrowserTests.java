package org.opennrm.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.opennrm.SignIn;
import org.opennrm.identity.NewUser;
import org.opennrm.identity.Role;
import org.opennrm.identity.Scope;
import org.opennrm.identity.SystemActor;
import org.opennrm.identity.UserAccount;
import org.opennrm.identity.UserEdit;
import org.opennrm.identity.UserManagement;
import org.opennrm.organisation.Organisation;
import org.opennrm.organisation.OrganisationFilter;
import org.opennrm.organisation.OrganisationManagement;

/**
 * Every screen of the application, in Turkish and in English, on a desktop and at a phone's 360 px, checked by axe-core
 * against WCAG 2.2 levels A and AA (EN 301 549, which public-sector software in Türkiye and the EU is held to, asks 2.1
 * and moves to 2.2) and by the project's own rules (AccessibilityCheck): each page as it first shows, with a
 * form's errors, after htmx has changed part of it, and with the dialog that says the session is ending or has ended.
 * A violation fails the test, named with its rule, element and page. A refused form lists its errors above it, each a
 * link that takes the focus to its field. Screenshots of each page checked, on a desktop and at a phone's 360 px, in
 * target/screenshots (41-…).
 */
class AccessibilityBrowserTests extends BrowserTest {

	private static final String PASSWORD = "kırmızı bisiklet sabah yedide";

	private static final String REFUSED_ADDRESS = "198.51.100.41";

	@Autowired
	UserManagement users;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	JdbcClient jdbc;

	private UserAccount someone;

	private AccessibilityCheck check;

	private String language;

	@BeforeAll
	void someoneToAdminister() {
		// long and without spaces, as some are: it must break, not leave a list's card on a phone
		String username = "erisilebilir.kullanici.adi.bosluksuz." + System.nanoTime() % 1_000_000_000;
		UUID organisation = organisations.list(new OrganisationFilter("Gaziantep İl Göç", null, null, null)).get(0).id();
		// created by an administrator: a temporary password, to be replaced at the first sign-in
		someone = SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> users.create(new NewUser(username,
				"Leyla Erişir", username + "@goc.gov.tr", "+905321112233", Role.FOCAL_POINT, Scope.PROVINCE, organisation,
				PASSWORD, null)));
	}

	@AfterEach
	void signOut() {
		browser.driver.manage().deleteAllCookies();
	}

	/** The check itself finds what it is there to find, in a page of the application broken on purpose. */
	@Test
	void theCheckFindsViolations() {
		begin("en");
		signIn("admin");
		browser.open("/admin/organisations?text=%E2%80%AE");
		((JavascriptExecutor) browser.driver).executeScript("""
				document.documentElement.removeAttribute('lang');
				document.querySelector('.filters').prepend(document.querySelector('#text'));
				document.querySelector('.filters label span').style.color = '#aaaaaa';
				document.querySelector('h1').outerHTML = '<h3>Kurumlar</h3>';
				document.querySelector('#text').removeAttribute('aria-describedby');
				document.querySelector('.languages a.current').removeAttribute('aria-current');
				document.querySelector('.error-summary a').setAttribute('href', '#nowhere');
				document.querySelector('.error-summary ul').insertAdjacentHTML('beforeend', '<li>Not linked</li>');
				document.querySelector('.filters').insertAdjacentHTML('afterend',
				    '<p class="field-error" data-no-field>Told nowhere else</p><p><button id="tiny">x</button></p>');
				Object.assign(document.querySelector('#tiny').style, { fontSize: '8px', padding: '0' });
				document.querySelector('.toolbar').style.backgroundImage = 'linear-gradient(#ffffff, #e0e0e0)';
				document.querySelector('#text').style.borderColor = '#d5dbe3';""");
		check.page("broken");
		assertThat(check.violations()).extracting(AccessibilityCheck.Violation::rule).contains("html-has-lang", "label",
				"color-contrast", "page-has-heading-one", "opennrm-error-tied-to-field", "opennrm-language-current",
				"opennrm-summary-links-to-field", "opennrm-target-size", "color-contrast-undecided", "opennrm-non-text-contrast");
		assertThat(check.violations()).extracting(AccessibilityCheck.Violation::summary).contains(
				"the entry is no link to a focusable field in error", "the error summary has no link to this field in error",
				"an error with no field to be tied to is not listed in the error summary");
	}

	/**
	 * Text whose contrast axe cannot decide is measured where it is of a kind that axe can never decide (the session
	 * dialog's text of several lines: too pale here, or drawn half transparent, which the measure cannot tell), and is a
	 * violation otherwise (a gradient behind the dialog's title).
	 */
	@Test
	void theCheckMeasuresTheContrastAxeCannotDecide() {
		begin("en");
		signIn("admin");
		browser.open("/account");
		((JavascriptExecutor) browser.driver).executeScript("""
				const dialog = document.getElementById('session-dialog');
				dialog.querySelectorAll('[data-session-state]')
				    .forEach(part => part.hidden = part.getAttribute('data-session-state') !== 'ended');
				const [pale, faded] = document.querySelectorAll('#session-ended-text p');
				pale.style.color = '#999999';
				faded.style.opacity = '0.8';
				document.getElementById('session-ended-title').style.backgroundImage = 'linear-gradient(#ffffff, #e0e0e0)';
				dialog.showModal();""");
		check.page("broken");
		assertThat(check.violations()).extracting(AccessibilityCheck.Violation::rule, AccessibilityCheck.Violation::element,
				AccessibilityCheck.Violation::summary).contains(
				tuple("color-contrast", "[#session-ended-text > p:nth-child(1)]",
						"measured where axe could not decide: 2.85:1, under 4.5:1"),
				tuple("color-contrast-undecided", "[#session-ended-text > p:nth-child(2)]",
						"axe could not decide (Element's background color could not be determined because it partially overlaps other"
								+ " elements), nor can this check: p is drawn with transparency, a filter or blending"),
				tuple("color-contrast-undecided", "[#session-ended-title]",
						"axe could not decide: Element's background color could not be determined due to a background gradient"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "tr", "en" })
	void theSignInPages(String language) {
		begin(language);
		browser.open("/login?lang=" + language);
		page("sign-in");
		browser.driver.findElement(By.id("username")).sendKeys("admin");
		browser.driver.findElement(By.id("password")).sendKeys("yanlış parola");
		browser.submit(By.cssSelector("form.form button[type=submit]"));
		assertThat(browser.driver.findElements(By.cssSelector(".alert.error"))).hasSize(1);
		// the cursor waits in the password, which the refusal describes
		assertThat(focused().getAttribute("id")).isEqualTo("password");
		assertThat(focused().getAttribute("aria-describedby")).isEqualTo("login-error");
		page("sign-in, refused");
		browser.open("/login?logout");
		page("sign-in, signed out");
		browser.open("/login?expired=unsaved");
		page("sign-in, session ended");
		check.assertNoViolations();
	}

	@ParameterizedTest
	@ValueSource(strings = { "tr", "en" })
	void theHomeAndAccountPages(String language) {
		begin(language);
		signIn("admin");
		page("home");
		browser.open("/logout");
		page("sign-out");
		browser.open("/account");
		page("account");
		browser.submit(By.cssSelector("#password button[type=submit]"));
		assertThat(browser.driver.findElements(By.cssSelector("#password .field-error"))).isNotEmpty();
		assertFocusOnWhatSaysSo();
		page("account, password refused");
		assertSummaryLinksEachError();
		check.assertNoViolations();
	}

	/**
	 * The dialog that warns before the session's lifetime ends, and says when it has ended (the warning before the
	 * idle timeout, in SessionWarningBrowserTests, which shortens it): focus in the dialog, named by its heading.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "tr", "en" })
	void theSessionDialog(String language) {
		begin(language);
		signIn("onleme");
		// 12 hours less 25 seconds ago: the lifetime's warning at once, and its end 25 seconds later
		jdbc.sql("update spring_session set creation_time = (extract(epoch from now()) * 1000)::bigint - 12 * 3600000 + 25000"
				+ " where principal_name = 'onleme'").update();
		browser.open("/account");
		WebElement dialog = new WebDriverWait(browser.driver, Duration.ofSeconds(10))
			.until(d -> d.findElement(By.cssSelector("dialog#session-dialog[open]")));
		assertThat(focused().getAttribute("data-session-close")).isNotNull();
		assertThat(browser.driver.findElement(By.id(dialog.getAttribute("aria-labelledby"))).isDisplayed()).isTrue();
		page("session dialog, lifetime");
		new WebDriverWait(browser.driver, Duration.ofSeconds(40))
			.until(d -> d.findElement(By.cssSelector("[data-session-state=ended]")).isDisplayed());
		assertThat(dialog.getAttribute("aria-labelledby")).isEqualTo("session-ended-title");
		assertThat(focused().getAttribute("data-session-sign-in")).isNotNull();
		page("session dialog, ended");
		check.assertNoViolations();
	}

	@ParameterizedTest
	@ValueSource(strings = { "tr", "en" })
	void thePageThatReplacesATemporaryPassword(String language) {
		jdbc.sql("update app_user set must_change_password = true where id = :id").param("id", someone.id()).update();
		begin(language);
		signIn(someone.username(), PASSWORD);
		assertThat(browser.driver.getCurrentUrl()).endsWith("/account/password");
		page("temporary password");
		browser.submit(By.cssSelector("form.form button[type=submit]"));
		assertThat(browser.driver.findElements(By.cssSelector(".field-error"))).isNotEmpty();
		assertFocusOnWhatSaysSo();
		page("temporary password, refused");
		assertSummaryLinksEachError();
		check.assertNoViolations();
	}

	@ParameterizedTest
	@ValueSource(strings = { "tr", "en" })
	void theScreensOfUsers(String language) {
		begin(language);
		signIn("admin");
		browser.open("/admin/users");
		page("users");
		browser.open("/admin/users/new");
		page("new user");
		// htmx swaps the scope's options in when a role is chosen
		new Select(browser.driver.findElement(By.id("role"))).selectByValue(Role.FOCAL_POINT.name());
		new WebDriverWait(browser.driver, Duration.ofSeconds(10))
			.until(d -> d.findElements(By.cssSelector("#scope option[value=PROVINCE]:checked")).size() == 1);
		page("new user, role chosen");
		browser.submit(By.cssSelector("form.form button[type=submit]"));
		assertThat(browser.driver.findElements(By.cssSelector(".field-error"))).isNotEmpty();
		assertFocusOnWhatSaysSo();
		page("new user, refused");
		assertSummaryLinksEachError();

		browser.open("/admin/users/" + someone.id());
		page("user");
		browser.driver.findElement(By.id("password")).sendKeys("kısa");
		browser.submitConfirming(By.cssSelector("form.form button[type=submit]"));
		assertThat(browser.driver.findElements(By.cssSelector(".field-error"))).isNotEmpty();
		assertFocusOnWhatSaysSo();
		page("user, password refused");
		assertSummaryLinksEachError();

		browser.open("/admin/users/" + someone.id() + "/edit");
		page("edit user");
		type("fullName", "");
		type("email", "adres-değil");
		browser.submit(By.cssSelector("form.form button[type=submit]"));
		assertThat(browser.driver.findElements(By.cssSelector(".field-error"))).hasSizeGreaterThanOrEqualTo(2);
		assertFocusOnWhatSaysSo();
		page("edit user, refused");
		assertSummaryLinksEachError();

		// another administrator saves the account while the form is open: merged, a field both changed to choose
		browser.open("/admin/users/" + someone.id() + "/edit");
		SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> {
			UserAccount now = users.find(someone.id()).orElseThrow();
			return users.update(now.id(), now.version(), new UserEdit(now.fullName(),
					"baska." + System.nanoTime() + "@goc.gov.tr", null, Role.FOCAL_POINT, Scope.PROVINCE, null));
		});
		type("email", "benim." + System.nanoTime() + "@goc.gov.tr");
		browser.submit(By.cssSelector("form.form button[type=submit]"));
		assertThat(browser.driver.findElements(By.cssSelector("fieldset.merge-choice"))).hasSize(1);
		assertFocusOnWhatSaysSo();
		page("edit user, merged");
		browser.submit(By.cssSelector("form.form button[type=submit]"));
		assertThat(browser.driver.findElements(By.cssSelector("fieldset.merge-choice .field-error"))).hasSize(1);
		assertFocusOnWhatSaysSo();
		page("edit user, merged, nothing chosen");
		assertSummaryLinksEachError();
		check.assertNoViolations();
	}

	/**
	 * An error with no field to be tied to: one's own role, which the edit page shows and does not offer, refused (a
	 * request whose role was changed on its way). The error summary, which takes the focus and is an alert, tells it,
	 * without a link; so does the place the role is shown.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "tr", "en" })
	void anErrorOfOnesOwnRoleIsToldWithoutAField(String language) {
		begin(language);
		signIn("admin");
		UUID own = jdbc.sql("select id from app_user where username = 'admin'").query(UUID.class).single();
		browser.open("/admin/users/" + own + "/edit");
		assertThat(browser.driver.findElements(By.id("role"))).isEmpty();
		((JavascriptExecutor) browser.driver).executeScript(
				"document.querySelector('input[type=hidden][name=role]').value = 'AUDITOR'");
		browser.submit(By.cssSelector("form.form button[type=submit]"));
		assertFocusOnWhatSaysSo();
		String refused = language.equals("tr") ? "Kendi rolünüzü ya da yetki alanınızı değiştiremezsiniz."
				: "You cannot change your own role or scope.";
		WebElement entry = browser.driver.findElement(By.cssSelector(".error-summary li"));
		assertThat(entry.getText()).startsWith(refused);
		assertThat(entry.findElements(By.tagName("a"))).isEmpty();
		assertThat(browser.driver.findElements(By.cssSelector("form [aria-invalid=true]"))).isEmpty();
		page("edit own account, role refused");
		check.assertNoViolations();
		assertThat(jdbc.sql("select role from app_user where id = :id").param("id", own).query(String.class).single())
			.isEqualTo("SYSTEM_ADMINISTRATOR");
	}

	@ParameterizedTest
	@ValueSource(strings = { "tr", "en" })
	void theScreensOfOrganisations(String language) {
		begin(language);
		signIn("admin");
		browser.open("/admin/organisations");
		page("organisations");
		// a direction override, which no one types
		browser.open("/admin/organisations?text=Ankara%E2%80%AE");
		assertThat(browser.driver.findElements(By.cssSelector(".filters .alert.error"))).hasSize(1);
		assertFocusOnWhatSaysSo();
		page("organisations, search refused");
		assertSummaryLinksEachError();
		browser.open("/admin/organisations/new");
		page("new organisation");
		browser.submit(By.cssSelector("form.form button[type=submit]"));
		assertThat(browser.driver.findElements(By.cssSelector(".field-error"))).isNotEmpty();
		assertFocusOnWhatSaysSo();
		page("new organisation, refused");
		assertSummaryLinksEachError();
		Organisation one = organisations.list(new OrganisationFilter("Gaziantep İl Göç", null, null, null)).get(0);
		browser.open("/admin/organisations/" + one.id() + "/edit");
		page("edit organisation");
		// a check box's error (a value no check box sends, changed on its way): its summary's link goes to the box
		((JavascriptExecutor) browser.driver).executeScript("document.querySelector('[name=active][type=checkbox]').value = 'belki'");
		browser.submit(By.cssSelector("form.form button[type=submit]"));
		assertFocusOnWhatSaysSo();
		page("edit organisation, check box refused");
		assertSummaryLinksEachError();
		check.assertNoViolations();
	}

	@ParameterizedTest
	@ValueSource(strings = { "tr", "en" })
	void theScreensOfApiClients(String language) {
		begin(language);
		signIn("admin");
		browser.open("/admin/api-clients/new");
		page("new API client");
		browser.submit(By.cssSelector("form.form button[type=submit]"));
		assertThat(browser.driver.findElements(By.cssSelector(".field-error"))).isNotEmpty();
		assertFocusOnWhatSaysSo();
		page("new API client, refused");
		assertSummaryLinksEachError();
		type("name", "Erişilebilirlik aktarımı " + System.nanoTime() % 1_000_000);
		new Select(browser.driver.findElement(By.id("organisationId"))).selectByIndex(1);
		browser.settled(); // the organisation's roles
		new Select(browser.driver.findElement(By.id("role"))).selectByValue(Role.ANALYST.name());
		browser.settled(); // the role's scopes
		browser.submit(By.cssSelector("form.form button[type=submit]"));
		assertThat(browser.driver.findElements(By.id("token")))
			.as(() -> "the client's token; the form said: " + browser.driver.findElements(By.cssSelector(".field-error"))
				.stream().map(WebElement::getText).toList())
			.hasSize(1);
		page("API client's token");
		browser.driver.navigate().refresh();
		assertThat(browser.driver.findElements(By.id("token"))).isEmpty();
		page("API client's token, already shown");
		browser.open("/admin/api-clients");
		page("API clients");
		check.assertNoViolations();
	}

	@ParameterizedTest
	@ValueSource(strings = { "tr", "en" })
	void theScreenOfSignInLocks(String language) {
		jdbc.sql("insert into login_address_failure (address, window_start, failures) values "
				+ "(:a, now() - interval '4 minutes', 30)").param("a", REFUSED_ADDRESS).update();
		jdbc.sql("update app_user set locked_at = now() - interval '2 minutes', locked_until = now() + interval "
				+ "'13 minutes', lock_failures = 5 where id = :id").param("id", someone.id()).update();
		try {
			begin(language);
			signIn("admin");
			browser.open("/admin/sign-in-locks");
			assertThat(browser.driver.findElements(By.cssSelector("#addresses tbody tr, #accounts tbody tr")))
				.hasSizeGreaterThanOrEqualTo(2);
			page("sign-in locks");
			check.assertNoViolations();
		}
		finally {
			jdbc.sql("delete from login_address_failure where address = :a").param("a", REFUSED_ADDRESS).update();
			jdbc.sql("update app_user set locked_at = null, locked_until = null, lock_failures = 0, failed_logins = 0"
					+ " where id = :id").param("id", someone.id()).update();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "tr", "en" })
	void theScreensOfTheAuditTrail(String language) {
		begin(language);
		signIn("denetci");
		browser.open("/audit");
		page("audit trail");
		browser.open("/audit?from=2026-12-07&to=2026-12-06");
		assertThat(browser.driver.findElements(By.cssSelector(".filters .alert.error"))).hasSize(1);
		assertFocusOnWhatSaysSo();
		page("audit trail, filter refused");
		assertSummaryLinksEachError();
		long newest = jdbc.sql("select max(seq) from audit_entry").query(Long.class).single();
		browser.open("/audit/" + newest);
		page("audit entry");
		browser.open("/audit/verification");
		page("chain check");
		browser.submit(By.cssSelector("main form button[type=submit]"));
		new WebDriverWait(browser.driver, Duration.ofSeconds(60))
			.until(d -> !d.findElements(By.cssSelector("#check .alert")).isEmpty());
		// told by a region that stays on the page, not one swapped in with the outcome
		WebElement outcome = browser.driver.findElement(By.id("check-outcome"));
		assertThat(outcome.getAttribute("role")).isEqualTo("status");
		assertThat(outcome.findElements(By.cssSelector(".alert"))).hasSize(1);
		assertThat(outcome.findElements(By.xpath("ancestor-or-self::*[@hx-get]"))).isEmpty();
		page("chain check, done");
		check.assertNoViolations();
	}

	@ParameterizedTest
	@ValueSource(strings = { "tr", "en" })
	void theErrorPages(String language) {
		begin(language);
		signIn("admin");
		// an administrator does not read the audit trail
		browser.open("/audit");
		assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo(language.equals("tr")
				? "İzin yok" : "Not allowed");
		assertTitleSaysWhichError();
		page("403");
		browser.open("/no-such-page");
		assertTitleSaysWhichError();
		page("404");
		// a parameter whose bytes are no UTF-8
		browser.open("/admin/users?role=Ay%C5e");
		assertTitleSaysWhichError();
		page("400");
		check.assertNoViolations();
	}

	private void begin(String language) {
		this.language = language;
		check = new AccessibilityCheck(browser.driver);
		browser.open("/login?lang=" + language);
	}

	private void signIn(String username) {
		signIn(username, SignIn.DEMO_PASSWORD);
	}

	private void signIn(String username, String password) {
		browser.signIn(username, password);
		assertThat(browser.driver.getCurrentUrl()).doesNotContain("/login");
	}

	private void page(String name) {
		assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).as(name).isEqualTo(language);
		check.page(name + " [" + language + "]");
		String file = "41-a11y-" + name.replaceAll("[^A-Za-z0-9]+", "-") + "-" + language;
		browser.screenshot(file);
		browser.resize(360);
		check.page(name + " at 360 px [" + language + "]");
		browser.screenshot(file + "-phone");
		browser.resizeBack();
	}

	private WebElement focused() {
		return browser.driver.switchTo().activeElement();
	}

	/** A form sent back with errors, or merged: the focus on the message above the form that says so. */
	private void assertFocusOnWhatSaysSo() {
		WebElement message = focused();
		assertThat(message.getAttribute("data-focus")).as("the focused element is the message").isNotNull();
		assertThat(message.getAttribute("role")).isEqualTo("alert");
		assertThat(message.getText()).isNotBlank();
	}

	/**
	 * The refused form's error summary: a titled box with a link for each error, to each field in error in the page's
	 * order (a field marked invalid, or the first choice of one that both administrators changed); following a link
	 * puts the focus in its field.
	 */
	private void assertSummaryLinksEachError() {
		WebElement summary = browser.driver.findElement(By.cssSelector(".error-summary"));
		assertThat(summary.findElement(By.tagName("h2")).getText()).isNotBlank();
		assertThat(summary.getAttribute("aria-labelledby")).isEqualTo(summary.findElement(By.tagName("h2")).getAttribute("id"));
		List<String> invalid = browser.driver.findElements(By.cssSelector("form [aria-invalid=true]")).stream()
			.map(field -> field.getTagName().equals("fieldset")
					? field.findElement(By.cssSelector("input[type=radio]")).getAttribute("id") : field.getAttribute("id"))
			.toList();
		assertThat(invalid).isNotEmpty();
		List<WebElement> links = summary.findElements(By.cssSelector("li a"));
		assertThat(links.stream().map(link -> link.getDomAttribute("href")).distinct().toList())
			.containsExactlyElementsOf(invalid.stream().map(id -> "#" + id).toList());
		for (WebElement link : links) {
			assertThat(link.getText()).isNotBlank();
			link.click();
			assertThat(focused().getAttribute("id")).as(link.getText()).isEqualTo(link.getDomAttribute("href").substring(1));
		}
	}

	private void assertTitleSaysWhichError() {
		assertThat(browser.driver.getTitle())
			.isEqualTo(browser.driver.findElement(By.tagName("h1")).getText() + " · OpenNRM");
	}

	private void type(String id, String value) {
		WebElement field = browser.driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(value);
	}

}
