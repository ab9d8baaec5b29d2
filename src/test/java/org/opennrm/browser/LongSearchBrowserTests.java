package org.opennrm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.opennrm.SignIn;
import org.opennrm.shared.SearchText;

/**
 * A search text too long for its box, in Chromium: typed, the box takes {@link SearchText#MAX_LENGTH} characters; sent
 * longer in an address edited by hand, the list says so at the field, with the text sent; sent so long that the server
 * cannot read the address (1,500 ş), the page says that the address was too long, with the menu, in
 * the person's language, and the person is still signed in. It said that a character could not be read, without the
 * menu. In Turkish and English, with screenshots (45-…).
 */
class LongSearchBrowserTests extends BrowserTest {

	@AfterEach
	void signOut() {
		browser.driver.manage().deleteAllCookies();
	}

	@Test
	void aSearchTooLongIsToldSoWithTheMenu() {
		for (String language : new String[] { "tr", "en" }) {
			boolean tr = language.equals("tr");
			browser.signIn("admin", SignIn.DEMO_PASSWORD);
			browser.open("/admin/organisations?lang=" + language);

			browser.driver.findElement(By.id("text")).sendKeys("ş".repeat(SearchText.MAX_LENGTH + 50));
			assertThat(browser.driver.findElement(By.id("text")).getAttribute("value"))
				.hasSize(SearchText.MAX_LENGTH);

			browser.open("/admin/organisations?text=" + "a".repeat(SearchText.MAX_LENGTH + 1));
			assertThat(browser.driver.findElement(By.id("filters-error")).getText())
				.contains(tr ? "En fazla 200 karakter girin." : "Enter at most 200 characters.");
			assertThat(browser.driver.findElement(By.id("text")).getAttribute("value"))
				.hasSize(SearchText.MAX_LENGTH + 1);
			browser.screenshot("45-search-too-long-" + language);

			browser.open("/admin/organisations?text=" + URLEncoder.encode("ş".repeat(1_500), StandardCharsets.UTF_8));
			assertThat(browser.driver.getCurrentUrl()).endsWith("/error/414");
			assertThat(browser.driver.findElement(By.tagName("h1")).getText())
				.isEqualTo(tr ? "Adres çok uzun" : "Address too long");
			assertThat(browser.driver.findElement(By.cssSelector("nav.mainnav")).getText())
				.contains(tr ? "Kurumlar" : "Organisations");
			assertThat(browser.driver.findElement(By.cssSelector("main")).getText())
				.doesNotContain(tr ? "Adres okunamadı" : "could not be read");
			browser.screenshot("45-address-too-long-" + language);

			browser.open("/admin/users");
			assertThat(browser.driver.getCurrentUrl()).as("still signed in").endsWith("/admin/users");
			browser.driver.manage().deleteAllCookies();
		}
	}

}
