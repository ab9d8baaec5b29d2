package org.opennrm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import org.springframework.beans.factory.annotation.Autowired;

import org.opennrm.identity.Role;
import org.opennrm.identity.SystemActor;
import org.opennrm.organisation.Organisation;
import org.opennrm.organisation.OrganisationForm;
import org.opennrm.organisation.OrganisationManagement;
import org.opennrm.organisation.OrganisationType;

/** A person signs in with a real browser: the page renders, scripts load under the CSP, languages switch. */
class SignInBrowserTests extends BrowserTest {

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	org.opennrm.identity.UserManagement users;

	@Test
	void focalPointSignsInAndSeesTheirHomePage() {
		browser.open("/login?lang=tr");
		assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("OpenNRM'de oturum açın");
		browser.screenshot("01-login-tr");

		browser.signIn("uzman.gaziantep", "wrong password here");
		String refused = browser.driver.findElement(By.cssSelector(".alert.error")).getText();
		assertThat(refused).startsWith("Oturum açılamadı. Kullanıcı adı ya da parola yanlış olabilir");
		browser.screenshot("02-login-failed-tr");

		// a locked account, with its right password, gets the very same answer: the page does not say it exists
		jdbc.sql("update app_user set locked_until = now() + interval '10 minutes' where username = 'onleme'").update();
		try {
			browser.signIn("onleme", "demo-parola-2026");
			assertThat(browser.driver.getCurrentUrl()).endsWith("/login?error=credentials");
			assertThat(browser.driver.findElement(By.cssSelector(".alert.error")).getText()).isEqualTo(refused);
			browser.open("/login?error=credentials&lang=en");
			assertThat(browser.driver.findElement(By.cssSelector(".alert.error")).getText())
				.startsWith("Could not sign in. The user name or password may be wrong, or the account may be locked");
			browser.screenshot("16-login-failed-en");
			browser.open("/login?lang=tr");
		}
		finally {
			jdbc.sql("update app_user set locked_until = null, failed_logins = 0 where username = 'onleme'").update();
		}

		browser.signIn("uzman.gaziantep", "demo-parola-2026");
		assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Hoş geldiniz, Mehmet Yılmaz");
		assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("Gaziantep İl Göç İdaresi Müdürlüğü",
				"Odak kişi (uzman)");
		browser.screenshot("03-home-focal-point-tr");

		browser.open("/?lang=en");
		assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Welcome, Mehmet Yılmaz");
		browser.screenshot("04-home-focal-point-en");

		browser.open("/?lang=tr");

		assertThat(severeConsoleErrors()).as("browser console errors (CSP violations, missing scripts)").isEmpty();

		browser.submit(By.cssSelector("form.logout button"));
		assertThat(browser.driver.getCurrentUrl()).contains("/login?logout");
	}

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void anEmptyFieldIsToldInThePagesLanguageBeforeAnythingIsSent() {
		// the browser speaks English (its own messages would say "Please fill out this field."); the page Turkish
		String failures = "select coalesce(sum(failures), 0) from login_address_failure"
				+ " where address in ('127.0.0.1', '0:0:0:0:0:0:0:1')";
		int failedBefore = jdbc.sql(failures).query(Integer.class).single();
		for (String lang : List.of("tr", "en")) {
			browser.open("/login?lang=" + lang);
			browser.driver.findElement(By.id("password")).sendKeys("demo-parola-2026");
			browser.driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
			// nothing was sent: the same page, no refusal, the password still there
			assertThat(browser.driver.getCurrentUrl()).endsWith("/login?lang=" + lang);
			assertThat(browser.driver.findElements(By.cssSelector(".alert.error"))).isEmpty();
			assertThat(browser.driver.findElement(By.id("username")).getDomProperty("validationMessage"))
				.isEqualTo(lang.equals("tr") ? "Kullanıcı adınızı girin." : "Enter your user name.");
			browser.driver.findElement(By.id("username")).sendKeys("uzman.gaziantep");
			browser.driver.findElement(By.id("password")).clear();
			browser.driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
			assertThat(browser.driver.findElement(By.id("password")).getDomProperty("validationMessage"))
				.isEqualTo(lang.equals("tr") ? "Parolanızı girin." : "Enter your password.");
			// typed in, the field no longer holds the message, and the sign-in goes through
			browser.driver.findElement(By.id("password")).sendKeys("x");
			assertThat(browser.driver.findElement(By.id("password")).getDomProperty("validationMessage")).isEmpty();
			assertThat(browser.driver.findElement(By.id("username")).getDomProperty("validationMessage")).isEmpty();
		}
		// no sign-in was tried, so none was counted against the address
		assertThat(jdbc.sql(failures).query(Integer.class).single()).isEqualTo(failedBefore);
	}

	@Test
	void anAddressThatSentTooManyWrongPasswordsIsToldWhyItCannotSignIn() {
		// the browser's address, as the server sees it, has sent its thirty wrong passwords
		List<String> loopback = List.of("127.0.0.1", "0:0:0:0:0:0:0:1");
		for (String address : loopback) {
			jdbc.sql("insert into login_address_failure (address, window_start, failures) values (:a, now(), 30)"
					+ " on conflict (address) do update set window_start = now(), failures = 30")
				.param("a", address).update();
		}
		try {
			browser.open("/login?lang=tr");
			browser.signIn("uzman.gaziantep", "demo-parola-2026");
			assertThat(browser.driver.getCurrentUrl()).contains("/login?error=address");
			assertThat(browser.driver.findElement(By.cssSelector(".alert.error")).getText())
				.startsWith("Son zamanlarda bu ağdan yapılan çok sayıda oturum açma denemesi başarısız olduğu için");
			browser.screenshot("09-login-address-paused-tr");
			// too many sign-ins at once: the one that found no turn at a password check is asked to try again
			browser.open("/login?error=busy&lang=en");
			assertThat(browser.driver.findElement(By.cssSelector(".alert.error")).getText())
				.isEqualTo("Too many people are signing in at this moment. Wait a few seconds and try again.");
			browser.screenshot("12-login-busy-en");
			browser.open("/login?lang=tr");
		}
		finally {
			jdbc.sql("delete from login_address_failure where address in (:a)").param("a", loopback).update();
		}
		browser.signIn("uzman.gaziantep", "demo-parola-2026");
		assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Hoş geldiniz, Mehmet Yılmaz");
		browser.submit(By.cssSelector("form.logout button"));
	}

	@Test
	void aSessionThatBeganTwelveHoursAgoEndsAndThePersonIsToldWhy() {
		browser.open("/login?lang=tr");
		browser.signIn("savcilik", "demo-parola-2026");
		assertThat(browser.driver.findElement(By.tagName("h1")).getText()).startsWith("Hoş geldiniz");
		jdbc.sql("update spring_session set creation_time = creation_time - 13 * 3600 * 1000 where principal_name = 'savcilik'")
			.update();

		browser.open("/");
		assertThat(browser.driver.getCurrentUrl()).contains("/login?expired");
		assertThat(browser.driver.findElement(By.cssSelector(".alert.info")).getText())
			.isEqualTo("Oturumunuzun süresi doldu. Lütfen yeniden oturum açın.");
		browser.screenshot("13-session-ended-tr");

		browser.signIn("savcilik", "demo-parola-2026");
		assertThat(browser.driver.findElement(By.tagName("h1")).getText()).startsWith("Hoş geldiniz");
		browser.submit(By.cssSelector("form.logout button"));
	}

	@Test
	void theLanguageSetOnTheAccountComesWithTheSignIn() {
		jdbc.sql("update app_user set preferred_language = 'en' where username = 'onleme'").update();
		try {
			browser.open("/login?lang=tr"); // the last person at this computer chose Turkish
			browser.signIn("onleme", "demo-parola-2026");
			assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
			assertThat(browser.driver.findElement(By.tagName("h1")).getText()).startsWith("Welcome, ");
			browser.screenshot("17-home-account-language-en");
			browser.submit(By.cssSelector("form.logout button"));
		}
		finally {
			jdbc.sql("update app_user set preferred_language = null where username = 'onleme'").update();
			browser.open("/login?lang=tr");
		}
	}

	@Test
	void aPasswordSetByAnAdministratorIsReplacedBeforeAnythingElse() {
		String username = "gecici." + System.nanoTime();
		Organisation gaziantep = organisations.list(new org.opennrm.organisation.OrganisationFilter("Gaziantep İl Göç",
				null, null, null)).get(0);
		SystemActor.run("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> users.create(new org.opennrm.identity.NewUser(
				username, "Leyla Şimşek", null, null, Role.FOCAL_POINT, null, gaziantep.id(), "yöneticinin verdiği parola",
				null)));
		// as an administrator's creation or reset leaves it (a system job's does not)
		jdbc.sql("update app_user set must_change_password = true where username = :u").param("u", username).update();

		browser.open("/login?lang=tr");
		browser.signIn(username, "yöneticinin verdiği parola");
		assertThat(browser.driver.getCurrentUrl()).endsWith("/account/password");
		assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Kendi parolanızı seçin");
		assertThat(browser.driver.findElements(By.cssSelector("nav.mainnav, a.account-link"))).isEmpty();
		browser.screenshot("18-forced-password-change-tr");
		// nothing else opens before the change
		browser.open("/");
		assertThat(browser.driver.getCurrentUrl()).endsWith("/account/password");

		browser.open("/account/password?lang=en");
		browser.driver.findElement(By.id("currentPassword")).sendKeys("yöneticinin verdiği parola");
		browser.driver.findElement(By.id("newPassword")).sendKeys("gün batarken deniz kıyısı");
		browser.driver.findElement(By.id("repeatedPassword")).sendKeys("gün batarken deniz kiyisi");
		browser.submit(By.cssSelector("main form button.primary"));
		assertThat(browser.driver.findElement(By.cssSelector(".field-error")).getText())
			.isEqualTo("The two new passwords are not the same. Type the new password twice.");
		assertThat(browser.driver.findElement(By.id("newPassword")).getAttribute("value")).isEmpty();
		// nothing typed is shown again, so the language links stay, and lead to the form
		assertThat(browser.driver.findElement(By.cssSelector(".languages a[hreflang=tr]")).getAttribute("href"))
			.endsWith("/account/password?lang=tr");
		browser.screenshot("18-forced-password-change-refused-en");
		// the administrator's password written another way is no new one: whoever set it tries it first
		for (String language : new String[] { "tr", "en" }) {
			browser.open("/account/password?lang=" + language);
			browser.driver.findElement(By.id("currentPassword")).sendKeys("yöneticinin verdiği parola");
			browser.driver.findElement(By.id("newPassword")).sendKeys("Yöneticinin Verdiği Parola");
			browser.driver.findElement(By.id("repeatedPassword")).sendKeys("Yöneticinin Verdiği Parola");
			browser.submit(By.cssSelector("main form button.primary"));
			assertThat(browser.driver.findElement(By.cssSelector(".field-error")).getText()).startsWith(language.equals("tr")
					? "Mevcut parolanızı değil, yeni bir parola seçin: onu başka türlü yazmak da olmaz"
					: "Choose a new password, not the one you have now, nor that one written another way");
			browser.screenshot("18-forced-password-change-written-otherwise-" + language);
		}

		browser.driver.findElement(By.id("currentPassword")).sendKeys("yöneticinin verdiği parola");
		browser.driver.findElement(By.id("newPassword")).sendKeys("gün batarken deniz kıyısı");
		browser.driver.findElement(By.id("repeatedPassword")).sendKeys("gün batarken deniz kıyısı");
		browser.submit(By.cssSelector("main form button.primary"));
		assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Welcome, Leyla Şimşek");
		assertThat(browser.driver.findElement(By.cssSelector(".alert.ok")).getText())
			.isEqualTo("Your password was changed. Your other sessions were ended.");
		browser.screenshot("18-forced-password-change-done-en");
		assertThat(browser.driver.findElements(By.cssSelector("nav.mainnav, a.account-link"))).hasSize(2);
		browser.submit(By.cssSelector("form.logout button"));
		browser.open("/login?lang=tr");
	}

	@Test
	void everyoneHasAPageOfTheirOwnAccount() {
		try {
			browser.open("/login?lang=tr");
			browser.signIn("uzman.gaziantep", "demo-parola-2026");
			browser.driver.findElement(By.cssSelector("a.account-link")).click();
			new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(30))
				.until(d -> d.getCurrentUrl().endsWith("/account"));
			assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Hesabım");
			assertThat(browser.driver.findElement(By.cssSelector("dl.facts")).getText()).contains("uzman.gaziantep",
					"Mehmet Yılmaz", "Gaziantep İl Göç İdaresi Müdürlüğü", "Odak kişi (uzman)", "İl");
			browser.screenshot("19-my-account-tr");

			// the language set here is the one spoken at once
			new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("preferredLanguage")))
				.selectByValue("en");
			browser.submit(By.cssSelector("#language button"));
			assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("My account");
			assertThat(browser.driver.findElement(By.cssSelector(".alert.ok")).getText()).isEqualTo("Your language was saved.");

			browser.driver.findElement(By.id("currentPassword")).sendKeys("not my password at all");
			browser.driver.findElement(By.id("newPassword")).sendKeys("gün batarken deniz kıyısı");
			browser.driver.findElement(By.id("repeatedPassword")).sendKeys("gün batarken deniz kıyısı");
			browser.submit(By.cssSelector("#password button"));
			assertThat(browser.driver.findElement(By.cssSelector("#password .field-error")).getText())
				.startsWith("The current password is not right.");
			browser.screenshot("19-my-account-en");
			browser.submit(By.cssSelector("form.logout button"));
		}
		finally {
			jdbc.sql("update app_user set preferred_language = null, failed_logins = 0 where username = 'uzman.gaziantep'")
				.update();
			browser.open("/login?lang=tr");
		}
	}

	@Test
	void administratorSeesAdministrationButNoVictimData() {
		browser.open("/login?lang=tr"); // the browser asks for English (Accept-Language); the officer chooses Turkish
		browser.signIn("admin", "demo-parola-2026");
		String text = browser.driver.findElement(By.tagName("main")).getText();
		assertThat(text).contains("Kurumları yönetme").doesNotContain("mağdur kayıtlarını görme");
		browser.screenshot("06-home-admin-tr");

		// an account's page leads to its edit form, which begins with the account as it is
		java.util.UUID koordinator = jdbc.sql("select id from app_user where username = 'koordinator'")
			.query(java.util.UUID.class).single();
		browser.open("/admin/users/" + koordinator);
		browser.driver.findElement(By.linkText("Düzenle")).click();
		new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(30))
			.until(d -> d.getCurrentUrl().endsWith("/edit"));
		assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("koordinator kullanıcısını düzenle");
		assertThat(browser.driver.findElement(By.id("fullName")).getAttribute("value")).isEqualTo("Ayşe Demir");
		browser.screenshot("20-user-edit-tr");
		browser.submit(By.cssSelector("form.logout button"));
	}

	@Test
	void theAuditTrailShowsTimesInTürkiyesTimeZone() {
		browser.open("/login?lang=tr");
		browser.signIn("denetci", "demo-parola-2026");
		java.time.LocalDateTime signedIn = java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/Istanbul"));
		browser.open("/audit");
		// the newest entry first: the auditor's own sign-in, at the time on a clock in Türkiye (not the server's UTC)
		String when = browser.driver.findElement(By.cssSelector("tbody tr td:nth-child(2)"))
			.getText();
		browser.screenshot("08-audit-trail-tr");
		java.time.LocalDateTime shown = java.time.LocalDateTime.parse(when,
				java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss"));
		assertThat(java.time.Duration.between(shown, signedIn).abs()).isLessThan(java.time.Duration.ofMinutes(2));

		// work done by the system itself is named by its job (as the demo's accounts are, by system:demo-data)
		String name = "Sistem İşiyle Kurulan Dernek " + java.util.UUID.randomUUID();
		Organisation created = SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> organisations.create(
				new OrganisationForm(name, OrganisationType.NGO, "27", null, null, null, null, true)));
		browser.open("/audit?actor=system:test-setup&action=ORGANISATION_CREATED&entityId=" + created.id());
		assertThat(browser.driver.findElements(By.cssSelector("tbody tr"))).singleElement()
			.satisfies(row -> assertThat(row.getText()).contains("system:test-setup").contains("Kurum oluşturuldu"));
		browser.screenshot("14-audit-system-job-tr");

		// the chain check names the newest entry and its hash, for the auditor to note down outside OpenNRM
		// the check runs in the background: the page shows its progress, asks for it every two seconds, then the outcome
		browser.open("/audit/verification");
		browser.submit(By.cssSelector("form button.primary"));
		new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(30))
			.until(d -> !d.findElements(By.cssSelector("#check .alert.ok")).isEmpty());
		assertThat(browser.driver.findElement(By.cssSelector(".alert.ok")).getText()).startsWith("Denetim izi sağlam");
		assertThat(browser.driver.findElement(By.cssSelector("code.hash")).getText()).matches("[0-9a-f]{64}");
		browser.screenshot("10-audit-chain-check-tr");
		// and the page says, before anyone checks again, when the trail was last found intact
		String newest = browser.driver.findElement(By.cssSelector(".alert.ok + div p span")).getText().replaceAll("\\D", "");
		browser.open("/audit/verification");
		assertThat(browser.driver.findElement(By.cssSelector(".last-check")).getText())
			.startsWith("Denetim izi bu sunucuda en son").contains(", " + newest + " numaralı kayda kadar sağlam bulundu");
		browser.screenshot("15-audit-last-intact-check-tr");
		browser.submit(By.cssSelector("form.logout button"));
	}

	@Test
	void apiDocumentationIsBrowsableUnderTheContentSecurityPolicy() {
		browser.signIn("koordinator", "demo-parola-2026");
		browser.open("/api/v1/docs");
		new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(30))
			.until(d -> !d.findElements(By.cssSelector(".swagger-ui .info .title")).isEmpty());
		assertThat(browser.driver.findElement(By.cssSelector(".swagger-ui .info .title")).getText()).contains("OpenNRM API");
		browser.screenshot("07-api-docs");
		assertThat(severeConsoleErrors()).as("browser console errors on the API documentation").isEmpty();
		browser.open("/");
		browser.submit(By.cssSelector("form.logout button"));
	}

	private List<LogEntry> severeConsoleErrors() {
		return browser.driver.manage().logs().get(LogType.BROWSER).getAll().stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.toList();
	}

}
