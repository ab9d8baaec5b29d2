package org.opennrm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.opennrm.identity.NewUser;
import org.opennrm.identity.Role;
import org.opennrm.identity.Scope;
import org.opennrm.identity.SystemActor;
import org.opennrm.identity.UserAccount;
import org.opennrm.identity.UserEdit;
import org.opennrm.identity.UserManagement;
import org.opennrm.organisation.Organisation;
import org.opennrm.organisation.OrganisationFilter;
import org.opennrm.organisation.OrganisationForm;
import org.opennrm.organisation.OrganisationManagement;
import org.opennrm.organisation.OrganisationType;

/**
 * Two administrators editing one organisation or account at once: the second save shows both changes merged, a field
 * both changed as a choice, and saves only once chosen. One's own role and scope shown, not offered; the account form's
 * fields side by side keep their height beside an error.
 */
class EditMergeBrowserTests extends BrowserTest {

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	void signIn() {
		browser.signIn("admin", "demo-parola-2026");
	}

	private void type(String id, String value) {
		WebElement field = browser.driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(value);
	}

	private void save() {
		browser.submit(By.cssSelector("form.form button[type=submit]"));
	}

	private List<String> notice() {
		return browser.driver.findElements(By.cssSelector(".alert.merge p")).stream().map(WebElement::getText).toList();
	}

	/** A screenshot of the whole page, on a computer's screen and on a phone's. */
	private void screenshots(String name) {
		browser.resize(1280);
		browser.screenshot(name);
		browser.resize(390);
		browser.screenshot(name + "-phone");
		browser.resizeBack();
	}

	@Test
	void anOrganisationSavedBySomeoneElseMeanwhileIsMergedAndAFieldBothChangedIsChosen() {
		Organisation organisation = SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR,
				() -> organisations.create(new OrganisationForm("Birleşen Kadın Derneği " + System.nanoTime() % 100000,
						OrganisationType.SHELTER, "06", "Çankaya, Ankara", "+903121112233", null, null, true)));
		browser.open("/admin/organisations/" + organisation.id() + "/edit?lang=tr");
		// another administrator saves first: a new name and phone
		String theirName = organisation.name().replace("Derneği", "Vakfı");
		SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> organisations.update(organisation.id(), 0,
				new OrganisationForm(theirName, OrganisationType.SHELTER, "06", "Çankaya, Ankara", "+903124445566", null,
						null, true)));

		type("phone", "+903127778899");
		type("address", "Kızılay Mahallesi, Atatürk Bulvarı No: 12\nÇankaya, Ankara");
		save();

		assertThat(notice()).containsExactly(
				"Henüz kaydedilmedi. Siz düzenlerken bu kurumu başka biri kaydetti. Diğer kişinin değişiklikleriyle sizinkiler "
						+ "aşağıdaki formda birleştirildi: denetleyin, ardından yeniden kaydedin.",
				"Diğer kişinin forma alınan değişiklikleri: Ad",
				"Korunan değişiklikleriniz: Adres",
				"İkinizin de farklı değerlere değiştirdiği alanlar (aşağıda her birinde bir değer seçin): Telefon");
		assertThat(browser.driver.findElement(By.id("name")).getAttribute("value")).isEqualTo(theirName);
		assertThat(browser.driver.findElements(By.cssSelector("fieldset.merge-choice .merge-option")).stream()
			.map(WebElement::getText).toList())
			.containsExactly("Sizinki:\n+903127778899", "Başkasının kaydettiği:\n+903124445566");
		screenshots("30-organisation-merged-tr");

		save();
		assertThat(browser.driver.findElement(By.cssSelector("fieldset.merge-choice .field-error")).getText())
			.isEqualTo("İki değerden birini seçin.");
		assertThat(organisations.find(organisation.id()).orElseThrow().address()).isEqualTo("Çankaya, Ankara");
		browser.screenshot("30-organisation-unchosen-tr");

		browser.driver.findElement(By.cssSelector("input[name='choice.phone'][value=theirs]")).click();
		save();
		assertThat(browser.driver.getCurrentUrl()).endsWith("/admin/organisations");
		Organisation saved = organisations.find(organisation.id()).orElseThrow();
		assertThat(saved.name()).isEqualTo(theirName);
		assertThat(saved.phone()).isEqualTo("+903124445566");
		// the browser sends the text area's line break as CR LF: stored as a line feed
		assertThat(saved.address()).isEqualTo("Kızılay Mahallesi, Atatürk Bulvarı No: 12\nÇankaya, Ankara");
	}

	@Test
	void anAccountSavedBySomeoneElseMeanwhileIsMergedAndMyChoiceSaved() {
		String username = "birlesen." + System.nanoTime();
		UUID organisation = organisations.list(new OrganisationFilter("Gaziantep İl Göç", null, null, null)).get(0).id();
		UserAccount account = SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> users.create(new NewUser(
				username, "Leyla Karaca", username + "@goc.gov.tr", "+905321112233", Role.FOCAL_POINT, Scope.PROVINCE,
				organisation, "kırmızı bisiklet sabah yedide", "tr")));
		browser.open("/admin/users/" + account.id() + "/edit?lang=en");
		SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> users.update(account.id(), 0, new UserEdit(
				"Leyla Karaca", "l.karaca@goc.gov.tr", "+905321112233", Role.FOCAL_POINT, Scope.PROVINCE, "en")));

		type("fullName", "Leyla Karaca Demir");
		type("email", "leyla.demir@goc.gov.tr");
		save();

		assertThat(notice()).containsExactly(
				"Not saved yet. Someone else saved this account while you were editing it. Their changes and yours are "
						+ "put together in the form below: check it, then save again.",
				"Their changes, taken into the form: Preferred language",
				"Your changes, kept: Full name",
				"Changed by both of you, to different values (choose one value at each, below): E-mail");
		screenshots("31-account-merged-en");

		browser.driver.findElement(By.cssSelector("input[name='choice.email'][value=mine]")).click();
		save();
		assertThat(browser.driver.getCurrentUrl()).endsWith("/admin/users/" + account.id());
		assertThat(jdbc.sql("select full_name || ' ' || preferred_language from app_user where id = :id")
			.param("id", account.id()).query(String.class).single()).isEqualTo("Leyla Karaca Demir en");
		assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("leyla.demir@goc.gov.tr");
	}

	@Test
	void anAdministratorsOwnRoleAndScopeAreShownWithWhy() {
		UUID self = jdbc.sql("select id from app_user where username = 'admin'").query(UUID.class).single();
		for (String language : List.of("tr", "en")) {
			browser.open("/admin/users/" + self + "/edit?lang=" + language);
			assertThat(browser.driver.findElements(By.cssSelector("select#role, select#scope"))).isEmpty();
			screenshots("32-own-role-and-scope-" + language);
		}
		assertThat(browser.driver.findElement(By.tagName("main")).getText())
			.contains("System administrator", "National", "You cannot change your own role or scope. Another "
					+ "administrator can.");
	}

	@Test
	void thePhoneKeepsItsHeightBesideAnEmailError() {
		UUID someone = jdbc.sql("select id from app_user where username = 'uzman.istanbul'").query(UUID.class).single();
		for (String language : List.of("en", "tr")) {
			browser.open("/admin/users/" + someone + "/edit?lang=" + language);
			type("email", "not-an-address");
			save();
			WebElement email = browser.driver.findElement(By.id("email"));
			WebElement phone = browser.driver.findElement(By.id("phone"));
			assertThat(browser.driver.findElements(By.cssSelector(".grid2 .field-error"))).hasSize(1);
			assertThat(phone.getSize().getHeight()).isEqualTo(email.getSize().getHeight());
			assertThat(phone.getLocation().getY()).isEqualTo(email.getLocation().getY());
			browser.screenshot("33-account-email-error-" + language);
		}
	}

}
