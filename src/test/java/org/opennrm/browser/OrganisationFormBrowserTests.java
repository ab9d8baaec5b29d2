package org.opennrm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** An administrator types names as people do: found folded, lookalikes and hidden characters refused with the rest. */
class OrganisationFormBrowserTests extends BrowserTest {

	@BeforeAll
	void signIn() {
		browser.signIn("admin", "demo-parola-2026");
	}

	private List<String> fieldErrors() {
		return browser.driver.findElements(By.cssSelector("p.field-error")).stream().map(WebElement::getText).toList();
	}

	@Test
	void aSearchTypedWithoutTurkishLettersFindsTheOrganisations() {
		browser.open("/admin/organisations?lang=tr&text=istanbul");
		assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("İstanbul İl Göç İdaresi Müdürlüğü");
		browser.screenshot("organisations-search-istanbul-tr");
		browser.open("/admin/organisations?lang=tr&text=kadin");
		assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("Kadın Dayanışma Derneği");
	}

	@Test
	void aLookalikeNameIsToldWithTheOtherErrorsAndTheInputIsKept() {
		browser.open("/admin/organisations/new?lang=tr");
		browser.driver.findElement(By.id("name")).sendKeys("KADIN DAYANIŞMA DERNEĞİ");
		browser.driver.findElement(By.cssSelector("select#type option[value=NGO]")).click();
		browser.driver.findElement(By.id("email")).sendKeys("bilgi@dernek");
		browser.driver.findElement(By.id("name")).sendKeys("");
		browser.submit(By.cssSelector("form.form button[type=submit]"));
		assertThat(fieldErrors()).containsExactly("Bu ad zaten kullanılıyor: \u201cKadın Dayanışma Derneği\u201d. Yalnızca büyük-küçük harf, Türkçe harf, aksan (şapka gibi) ya da boşluk farkı olan adlar aynı sayılır.",
				"Geçerli bir e-posta adresi girin, örneğin ad@ornek.org.");
		assertThat(browser.driver.findElement(By.id("name")).getAttribute("value")).isEqualTo("KADIN DAYANIŞMA DERNEĞİ");
		browser.screenshot("organisation-lookalike-and-email-tr");
	}

	/**
	 * Hidden characters are field errors, and the fields show what was typed with each of them as U+FFFD: visible, so
	 * that the person sees what to delete, and a right-to-left override does not reverse the page after it.
	 */
	@Test
	void hiddenCharactersAreAFieldErrorShownAsReplacementsNotAServerError() {
		String[][] languages = { { "en", "New organisation",
				"\u201cName\u201d holds a character that cannot be saved: a control character or a hidden text-direction "
						+ "character (copied text often carries them), which the form shows as \uFFFD. Delete it, or type "
						+ "the text again.",
				"\u201cAddress\u201d holds a character that cannot be saved: a control character or a hidden "
						+ "text-direction character (copied text often carries them), which the form shows as \uFFFD. Delete "
						+ "it, or type the text again." },
				{ "tr", "Yeni kurum",
						"\u201cAd\u201d alanında kaydedilemeyen bir karakter var: bir denetim karakteri ya da gizli bir yazı "
								+ "yönü karakteri (başka yerden kopyalanan metinlerde sık görülür); form bunu \uFFFD olarak "
								+ "gösterir. Bu karakteri silin ya da metni yeniden yazın.",
						"\u201cAdres\u201d alanında kaydedilemeyen bir karakter var: bir denetim karakteri ya da gizli bir "
								+ "yazı yönü karakteri (başka yerden kopyalanan metinlerde sık görülür); form bunu \uFFFD olarak "
								+ "gösterir. Bu karakteri silin ya da metni yeniden yazın." } };
		for (String[] language : languages) {
			browser.open("/admin/organisations/new?lang=" + language[0]);
			((JavascriptExecutor) browser.driver).executeScript(
					"document.getElementById('name').value = 'Ctrl\\u0000char \\u202Efdp.exe';"
							+ "document.getElementById('address').value = 'Line one\\nLine \\u001B two';");
			browser.driver.findElement(By.cssSelector("select#type option[value=NGO]")).click();
			browser.submit(By.cssSelector("form.form button[type=submit]"));
			assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo(language[1]);
			assertThat(fieldErrors()).containsExactly(language[2], language[3]);
			assertThat(browser.driver.findElement(By.id("name")).getAttribute("value"))
				.isEqualTo("Ctrl\uFFFDchar \uFFFDfdp.exe");
			assertThat(browser.driver.findElement(By.id("address")).getAttribute("value"))
				.isEqualTo("Line one\nLine \uFFFD two");
			browser.screenshot("organisation-control-characters-" + language[0]);
		}
	}

}
