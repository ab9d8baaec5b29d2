package org.opennrm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The language menu offers the staff screens' languages, Türkçe and English, and no other: on a desktop and at a
 * phone's 390 px, where it fits the width. Arabic asked for by address changes nothing: the page stays in its
 * language, left to right.
 */
class LanguageMenuBrowserTests extends BrowserTest {

	@Test
	void theMenuOffersTurkishAndEnglishOnADesktopAndOnAPhone() {
		try {
			for (boolean phone : new boolean[] { false, true }) {
				browser.phone(phone);
				switchesBetweenTurkishAndEnglish("/login", "sign-in-" + (phone ? "phone" : "desktop"),
						"OpenNRM'de oturum açın", "Sign in to OpenNRM");
			}
			browser.phone(false);
			browser.open("/login?lang=tr");
			browser.signIn("uzman.gaziantep", "demo-parola-2026");
			for (boolean phone : new boolean[] { false, true }) {
				browser.phone(phone);
				switchesBetweenTurkishAndEnglish("/", "home-" + (phone ? "phone" : "desktop"),
						"Hoş geldiniz, Mehmet Yılmaz", "Welcome, Mehmet Yılmaz");
			}
			browser.open("/?lang=tr");
			browser.submit(By.cssSelector("form.logout button"));
		}
		finally {
			browser.phone(false);
			browser.open("/login?lang=tr");
		}
	}

	/**
	 * The page in Turkish, then in English by the menu's link, as a person chooses it; then Arabic asked for by
	 * address, which the menu offered until the staff screens became Turkish and English only: ignored.
	 */
	private void switchesBetweenTurkishAndEnglish(String path, String screenshot, String turkish, String english) {
		browser.open(path + "?lang=tr");
		assertMenu("tr", turkish);
		browser.screenshot("34-language-menu-" + screenshot + "-tr");

		browser.driver.findElement(By.cssSelector(".languages a[hreflang=en]")).click();
		new WebDriverWait(browser.driver, Duration.ofSeconds(30))
			.until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
		assertMenu("en", english);
		browser.screenshot("34-language-menu-" + screenshot + "-en");

		browser.open(path + "?lang=ar");
		assertMenu("en", english);
	}

	/** The page in {@code language}, left to right, with the menu of Türkçe and English whole within the window. */
	private void assertMenu(String language, String heading) {
		WebElement html = browser.driver.findElement(By.tagName("html"));
		assertThat(html.getAttribute("lang")).isEqualTo(language);
		assertThat(html.getAttribute("dir")).isEqualTo("ltr");
		assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo(heading);
		var links = browser.driver.findElements(By.cssSelector(".languages a"));
		assertThat(links).extracting(WebElement::getText).containsExactly("Türkçe", "English");
		assertThat(links).extracting(a -> a.getAttribute("hreflang")).containsExactly("tr", "en");
		assertThat(browser.driver.findElement(By.cssSelector(".languages a.current")).getAttribute("hreflang"))
			.isEqualTo(language);
		JavascriptExecutor js = (JavascriptExecutor) browser.driver;
		long windowWidth = (Long) js.executeScript("return document.documentElement.clientWidth");
		for (WebElement link : links) {
			assertThat(link.isDisplayed()).isTrue();
			Number right = (Number) js.executeScript("return arguments[0].getBoundingClientRect().right", link);
			assertThat(right.doubleValue()).as(link.getText()).isLessThanOrEqualTo(windowWidth);
		}
		assertThat((Long) js.executeScript("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(windowWidth);
	}

}
