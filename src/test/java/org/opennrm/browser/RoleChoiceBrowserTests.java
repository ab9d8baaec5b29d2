package org.opennrm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
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
import org.opennrm.identity.UserManagement;
import org.opennrm.organisation.OrganisationFilter;
import org.opennrm.organisation.OrganisationManagement;

/**
 * The roles a form offers are those the chosen organisation's type may hold, and follow a change of organisation; an
 * account given a role before that was checked is marked. Screenshots in target/screenshots (43-…): Turkish on a
 * desktop, English on a phone.
 */
class RoleChoiceBrowserTests extends BrowserTest {

	private static final Duration ANSWERED_WITHIN = Duration.ofSeconds(10);

	@Autowired
	UserManagement users;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		browser.driver.manage().deleteAllCookies();
		browser.resizeBack();
	}

	@Test
	void theRolesOfferedFollowTheOrganisationChosen() {
		browser.signIn("admin", SignIn.DEMO_PASSWORD);
		for (String form : new String[] { "/admin/users/new", "/admin/api-clients/new" }) {
			browser.open(form + "?lang=tr");
			// no organisation yet: every role
			assertThat(roles()).contains("NRM_COORDINATOR", "FOCAL_POINT", "SERVICE_PROVIDER");

			choose("organisationId", "Gaziantep İl Göç İdaresi Müdürlüğü");
			waitForRoles(List.of("", "FRONTLINE_REPORTER", "FOCAL_POINT", "PREVENTION_OFFICER", "ANALYST", "AUDITOR", "SYSTEM_ADMINISTRATOR"));
			new Select(element("role")).selectByValue("FOCAL_POINT");
			answered().until(d -> "PROVINCE".equals(selected("scope")));
			assertThat(element("role-hint").getText()).isEqualTo("Yalnızca kurumun türüne uyan roller listelenir.");
			browser.resize(1280);
			browser.screenshot("43-role-follows-organisation-" + (form.contains("users") ? "user" : "api-client") + "-tr");
			browser.resizeBack();

			// an NGO holds no focal point: the role is to be chosen again, among the NGO's
			choose("organisationId", "Kadın Dayanışma Derneği");
			waitForRoles(List.of("", "FRONTLINE_REPORTER", "SERVICE_PROVIDER", "PREVENTION_OFFICER", "ANALYST", "AUDITOR",
					"SYSTEM_ADMINISTRATOR"));
			assertThat(selected("role")).isEmpty();
			// the page still works after the swap: the scopes follow the role
			new Select(element("role")).selectByValue("SERVICE_PROVIDER");
			answered().until(d -> "ORGANISATION".equals(selected("scope")));
		}
	}

	/**
	 * On a slow network, the role chosen while the organisation's roles are on their way is the one the form keeps when
	 * they come, if the organisation's type holds it; else the role is to be chosen again, not the one chosen before.
	 */
	@Test
	void aRoleChosenWhileTheOrganisationsRolesAreOnTheirWayStaysChosenIfItFits() {
		browser.signIn("admin", SignIn.DEMO_PASSWORD);
		browser.open("/admin/users/new?lang=tr");
		List<String> directorate = List.of("", "FRONTLINE_REPORTER", "FOCAL_POINT", "PREVENTION_OFFICER", "ANALYST",
				"AUDITOR", "SYSTEM_ADMINISTRATOR");
		List<String> ngo = List.of("", "FRONTLINE_REPORTER", "SERVICE_PROVIDER", "PREVENTION_OFFICER", "ANALYST",
				"AUDITOR", "SYSTEM_ADMINISTRATOR");
		browser.latency(Duration.ofMillis(1500));
		try {
			// the directorate's roles are asked for; before they come, a focal point, which a directorate holds
			choose("organisationId", "Gaziantep İl Göç İdaresi Müdürlüğü");
			new Select(element("role")).selectByValue("FOCAL_POINT");
			waitForRoles(directorate);
			assertThat(selected("role")).isEqualTo("FOCAL_POINT");
			answered().until(d -> "PROVINCE".equals(selected("scope")));
			browser.settled();
			assertThat(selected("role")).isEqualTo("FOCAL_POINT");
			browser.resize(1280);
			browser.screenshot("43-role-chosen-meanwhile-kept-tr");
			browser.resizeBack();

			// a frontline reporter, then an NGO's roles asked for with it; before they come, a focal point, which an NGO
			// does not hold: to be chosen again, not the frontline reporter the answer selects
			new Select(element("role")).selectByValue("FRONTLINE_REPORTER");
			answered().until(d -> "OWN".equals(selected("scope")));
			browser.settled();
			choose("organisationId", "Kadın Dayanışma Derneği");
			new Select(element("role")).selectByValue("FOCAL_POINT");
			waitForRoles(ngo);
			assertThat(selected("role")).isEmpty();
			browser.settled();
			assertThat(selected("role")).isEmpty();
			// the scopes follow: none chosen, the role's default to come with it
			answered().until(d -> new Select(element("scope")).getOptions().size() == 5);
			assertThat(selected("scope")).isEmpty();
		}
		finally {
			browser.latency(null);
		}
	}

	/**
	 * On a slow network, a scope chosen while the organisation's roles, or the role's scopes, are on their way is the
	 * one the form keeps when they come, if the role the form ends on allows it; else the role's default.
	 */
	@Test
	void aScopeChosenWhileTheRolesAreOnTheirWayStaysChosenIfTheRoleAllowsIt() {
		browser.signIn("admin", SignIn.DEMO_PASSWORD);
		browser.open("/admin/users/new?lang=tr");
		browser.latency(Duration.ofMillis(1500));
		try {
			// the directorate's roles are asked for; before they come, an analyst (national by default) of a province
			choose("organisationId", "Gaziantep İl Göç İdaresi Müdürlüğü");
			new Select(element("role")).selectByValue("ANALYST");
			new Select(element("scope")).selectByValue("PROVINCE");
			waitForRoles(List.of("", "FRONTLINE_REPORTER", "FOCAL_POINT", "PREVENTION_OFFICER", "ANALYST", "AUDITOR",
					"SYSTEM_ADMINISTRATOR"));
			answered().until(d -> scopes().equals(List.of("NATIONAL", "PROVINCE")));
			browser.settled();
			assertThat(selected("role")).isEqualTo("ANALYST");
			assertThat(selected("scope")).isEqualTo("PROVINCE");
			browser.resize(1280);
			browser.screenshot("43-scope-chosen-meanwhile-kept-tr");
			browser.resizeBack();

			// an NGO's roles asked for; before they come, a frontline reporter, and a national scope, which a frontline
			// reporter may not have: the role's own, its records
			choose("organisationId", "Kadın Dayanışma Derneği");
			new Select(element("role")).selectByValue("FRONTLINE_REPORTER");
			new Select(element("scope")).selectByValue("NATIONAL");
			answered().until(d -> scopes().equals(List.of("OWN")));
			browser.settled();
			assertThat(selected("role")).isEqualTo("FRONTLINE_REPORTER");
			assertThat(selected("scope")).isEqualTo("OWN");
		}
		finally {
			browser.latency(null);
		}
	}

	/**
	 * On an account's page, with no organisation to choose: a scope chosen while the new role's scopes are on their way
	 * stays chosen if the role allows it; a role chosen after the scope brings its own default, as it does on a fast
	 * network.
	 */
	@Test
	void aScopeChosenWhileTheRolesScopesAreOnTheirWayStaysChosenOnAnAccountsPage() {
		UUID directorate = organisations.list(new OrganisationFilter("Gaziantep İl Göç", null, null, null)).get(0).id();
		UserAccount account = SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> users.create(new NewUser(
				"onleme." + System.nanoTime() % 100_000, "Ayşe Önleyen", null, null, Role.PREVENTION_OFFICER,
				Scope.NATIONAL, directorate, "kırmızı bisiklet sabah yedide", null)));
		browser.signIn("admin", SignIn.DEMO_PASSWORD);
		browser.open("/admin/users/" + account.id() + "/edit?lang=en");
		browser.latency(Duration.ofMillis(1500));
		try {
			// an analyst's scopes asked for; before they come, a province, among a prevention officer's scopes
			new Select(element("role")).selectByValue("ANALYST");
			new Select(element("scope")).selectByValue("PROVINCE");
			answered().until(d -> scopes().equals(List.of("NATIONAL", "PROVINCE")));
			browser.settled();
			assertThat(selected("scope")).isEqualTo("PROVINCE");
			browser.resize(1280);
			browser.screenshot("43-scope-chosen-meanwhile-kept-edit-en");
			browser.resizeBack();

			// a role chosen after the scope brings its default, as on a fast network: the scope was the earlier role's
			new Select(element("role")).selectByValue("PREVENTION_OFFICER");
			answered().until(d -> scopes().equals(List.of("NATIONAL", "PROVINCE", "ORGANISATION")));
			browser.settled();
			assertThat(selected("scope")).isEqualTo("NATIONAL");
			new Select(element("scope")).selectByValue("PROVINCE");
			new Select(element("role")).selectByValue("ANALYST");
			answered().until(d -> scopes().equals(List.of("NATIONAL", "PROVINCE")));
			browser.settled();
			assertThat(selected("scope")).isEqualTo("NATIONAL");
		}
		finally {
			browser.latency(null);
		}
	}

	@Test
	void anAccountWhoseRoleItsOrganisationDoesNotHoldIsMarkedOnAPhone() {
		UUID ngo = organisations.list(new OrganisationFilter("Sınır Ötesi Destek", null, null, null)).get(0).id();
		String username = "eski.uzman." + System.nanoTime() % 100_000;
		UserAccount account = SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> users.create(new NewUser(
				username, "Derya Eskiçağ", null, null, Role.SERVICE_PROVIDER, Scope.ORGANISATION, ngo,
				"kırmızı bisiklet sabah yedide", null)));
		// given before roles were checked against their organisation's type
		jdbc.sql("update app_user set role = 'FOCAL_POINT', scope = 'PROVINCE' where id = :id").param("id", account.id())
			.update();

		browser.signIn("admin", SignIn.DEMO_PASSWORD);
		browser.phone(true);
		browser.open("/admin/users?fit=false&lang=en");
		WebElement row = browser.driver.findElements(By.cssSelector("tbody tr")).stream()
			.filter(r -> r.getText().contains(username)).findFirst().orElseThrow();
		assertThat(row.findElement(By.cssSelector(".badge.warn")).getText()).isEqualTo("Role does not fit the organisation");
		browser.resize(390);
		browser.screenshot("43-role-misfit-list-en-phone");

		browser.open("/admin/users/" + account.id() + "/edit?lang=en");
		assertThat(browser.driver.findElement(By.cssSelector(".alert.warn")).getText())
			.contains("The account keeps working until its role is changed");
		assertThat(roles()).containsExactly("", "FRONTLINE_REPORTER", "FOCAL_POINT", "SERVICE_PROVIDER",
				"PREVENTION_OFFICER", "ANALYST", "AUDITOR", "SYSTEM_ADMINISTRATOR");
		browser.resize(390);
		browser.screenshot("43-role-misfit-edit-en-phone");

		// its NGO cannot become a shelter's organisation under it: a shelter holds no focal point
		browser.phone(false);
		browser.open("/admin/organisations/" + ngo + "/edit?lang=tr");
		new Select(element("type")).selectByValue("SHELTER");
		browser.submit(By.cssSelector("form.form button[type=submit]"));
		assertThat(element("type-error").getText()).startsWith("Bu kurumda, Barınma evi türündeki bir kurumda "
				+ "verilemeyen bir role sahip").contains(" hesap ve ");
		browser.resize(1280);
		browser.screenshot("43-organisation-type-refused-tr");
	}

	private WebElement element(String id) {
		return browser.driver.findElement(By.id(id));
	}

	private List<String> roles() {
		return new Select(element("role")).getOptions().stream().map(o -> o.getDomProperty("value")).toList();
	}

	private List<String> scopes() {
		return new Select(element("scope")).getOptions().stream().map(o -> o.getDomProperty("value")).toList();
	}

	private void choose(String select, String text) {
		new Select(element(select)).getOptions().stream().filter(o -> o.getText().startsWith(text)).findFirst()
			.orElseThrow().click();
	}

	private String selected(String select) {
		return new Select(element(select)).getFirstSelectedOption().getDomProperty("value");
	}

	private void waitForRoles(List<String> roles) {
		answered().until(d -> roles().equals(roles));
	}

	/** A wait for htmx's answer, which replaces the elements read meanwhile. */
	private WebDriverWait answered() {
		WebDriverWait wait = new WebDriverWait(browser.driver, ANSWERED_WITHIN);
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

}
