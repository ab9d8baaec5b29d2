package org.opennrm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.opennrm.SignIn;

/**
 * The administrator's screen of sign-in locks: an office's refused address and a locked account, listed and lifted, in
 * Turkish and English, on a desktop and on a phone.
 */
class SignInLockBrowserTests extends BrowserTest {

	private static final String OFFICE = "203.0.113.77";

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void somethingIsRefused() {
		jdbc.sql("insert into login_address_failure (address, window_start, failures) values "
				+ "(:a, now() - interval '4 minutes', 30), ('2001:db8:4:2::/64', now() - interval '9 minutes', 30)")
			.param("a", OFFICE).update();
		jdbc.sql("""
				update app_user set locked_at = now() - interval '2 minutes', locked_until = now() + interval '13 minutes',
				       lock_failures = 7
				 where username = 'onleme'""").update();
	}

	@AfterEach
	void liftEverything() {
		jdbc.sql("delete from login_address_failure where address in (:a, '2001:db8:4:2::/64')").param("a", OFFICE).update();
		jdbc.sql("update app_user set locked_at = null, locked_until = null, lock_failures = 0, failed_logins = 0"
				+ " where username = 'onleme'").update();
		browser.phone(false);
		browser.driver.manage().deleteAllCookies();
	}

	@Test
	void anAdministratorSeesWhatIsRefusedAndLiftsIt() {
		signIn("tr");
		browser.driver.findElement(By.linkText("Oturum açma engelleri")).click();
		new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(30))
			.until(d -> d.getCurrentUrl().endsWith("/admin/sign-in-locks"));
		assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Oturum açma engelleri");
		assertThat(browser.driver.findElement(By.cssSelector(".mainnav a[aria-current=page]")).getText())
			.isEqualTo("Oturum açma engelleri");
		assertThat(browser.driver.findElement(By.id("addresses")).getText()).contains(OFFICE, "2001:db8:4:2::/64", "30");
		assertThat(browser.driver.findElement(By.id("accounts")).getText()).contains("onleme", "7");
		browser.screenshot("30-sign-in-locks-tr");

		browser.submitConfirming(By.cssSelector("#addresses tbody tr:first-child button"));
		assertThat(browser.driver.findElement(By.cssSelector(".alert.ok")).getText())
			.isEqualTo("2001:db8:4:2::/64 adresinden yeniden oturum açılabilir.");
		browser.submitConfirming(By.cssSelector("#accounts tbody tr:first-child button"));
		assertThat(browser.driver.findElement(By.cssSelector(".alert.ok")).getText())
			.isEqualTo("onleme hesabının kilidi kaldırıldı.");
		assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("Şu anda kilitli bir hesap yok.")
			.contains(OFFICE).doesNotContain("2001:db8:4:2::/64");
		browser.screenshot("30-sign-in-locks-lifted-tr");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'SIGN_IN_ADDRESS_RELEASED'"
				+ " and entity_id = '2001:db8:4:2::/64' and actor_name = 'admin'").query(Long.class).single()).isOne();
	}

	@Test
	void theScreenReadsInEnglishAndOnAPhone() {
		signIn("en");
		browser.open("/admin/sign-in-locks");
		assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Sign-in locks");
		assertThat(browser.driver.findElement(By.cssSelector("#accounts thead")).getText()).contains("Locked since",
				"Until", "Failed sign-ins");
		browser.screenshot("30-sign-in-locks-en");

		browser.phone(true);
		browser.open("/admin/sign-in-locks?lang=tr");
		// each row a card, each value under its label
		assertThat(browser.driver.findElement(By.cssSelector("#accounts tbody td[data-label='Kilitlenme zamanı']"))
			.isDisplayed()).isTrue();
		browser.screenshot("30-sign-in-locks-phone-tr");
		((org.openqa.selenium.JavascriptExecutor) browser.driver)
			.executeScript("document.getElementById('accounts').scrollIntoView()");
		browser.screenshot("30-sign-in-locks-phone-accounts-tr");
		browser.open("/admin/sign-in-locks?lang=en");
		browser.screenshot("30-sign-in-locks-phone-en");
	}

	private void signIn(String language) {
		browser.open("/login?lang=" + language);
		browser.signIn("admin", SignIn.DEMO_PASSWORD);
		assertThat(browser.driver.getCurrentUrl()).doesNotContain("/login");
	}

}
