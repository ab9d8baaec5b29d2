package org.opennrm.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opennrm.browser.WebClient.csrf;
import static org.opennrm.browser.WebClient.fields;
import static org.opennrm.browser.WebClient.location;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import org.opennrm.SignIn;

/**
 * The ways between pages, on the real server with its real sessions in the database: what a form sent after its
 * session has ended answers, where signing in leads, the language links, signing out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PageFlowTests {

	private static final String UNSAVED_TR = "Oturumunuzun süresi dolmuştu, bu yüzden gönderdikleriniz kaydedilmedi. "
			+ "Oturum açıp yeniden girin.";

	private static final String UNSAVED_EN = "Your session had ended, so what you sent was not saved. "
			+ "Sign in and enter it again.";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFormSentAfterTheSessionWentIdleSaysItWasNotSavedAndSigningInReturnsToTheForm() throws Exception {
		WebClient browser = new WebClient(port, "tr");
		browser.signIn("admin");
		String token = csrf(browser.get("/admin/organisations/new").body());
		jdbc.sql("delete from spring_session where session_id = :id").param("id", browser.sessionId()).update();

		String name = "Oturumu Biten Dernek " + UUID.randomUUID();
		HttpResponse<String> sent = browser.post("/admin/organisations",
				fields("_csrf", token, "name", name, "type", "NGO", "provinceCode", "34"), "/admin/organisations/new");
		assertThat(location(sent)).endsWith("/login?expired=unsaved");
		assertThat(organisationsNamed(name)).isZero();

		String signInPage = browser.get("/login?expired=unsaved").body();
		assertThat(signInPage).contains(UNSAVED_TR);
		HttpResponse<String> signedIn = browser.signIn("admin", SignIn.DEMO_PASSWORD, csrf(signInPage));
		assertThat(location(signedIn)).endsWith("/admin/organisations/new");
		assertThat(browser.get("/admin/organisations/new").statusCode()).isEqualTo(200);
	}

	@Test
	void aPageAskedForAfterTheSessionEndedIsWhereSigningInReturns() throws Exception {
		WebClient browser = new WebClient(port, "en");
		browser.signIn("admin");
		browser.get("/admin/organisations?text=Ankara");
		jdbc.sql("delete from spring_session where session_id = :id").param("id", browser.sessionId()).update();
		assertThat(location(browser.get("/admin/organisations?text=Ankara"))).endsWith("/login?expired");
		String page = browser.get("/login?expired").body();
		assertThat(page).contains("Your session has ended. Please sign in again.");
		assertThat(location(browser.signIn("admin", SignIn.DEMO_PASSWORD, csrf(page))))
			.endsWith("/admin/organisations?text=Ankara");
	}

	@Test
	void aFormSentWithACookieOfNoSessionOrPastTheSessionsLifetimeIsToldTheSameInEnglish() throws Exception {
		WebClient browser = new WebClient(port, "en");
		browser.signIn("admin");
		String token = csrf(browser.get("/admin/organisations/new").body());
		browser.replaceSessionCookie();
		HttpResponse<String> sent = browser.post("/admin/organisations", fields("_csrf", token, "name", "x"),
				"/admin/organisations/new");
		assertThat(location(sent)).endsWith("/login?expired=unsaved");
		assertThat(browser.get("/login?expired=unsaved").body()).contains(UNSAVED_EN);

		WebClient other = new WebClient(port, "en");
		other.signIn("admin");
		String otherToken = csrf(other.get("/admin/organisations/new").body());
		jdbc.sql("update spring_session set creation_time = creation_time - 13 * 3600 * 1000 where session_id = :id")
			.param("id", other.sessionId()).update();
		HttpResponse<String> late = other.post("/admin/organisations", fields("_csrf", otherToken, "name", "x"),
				"/admin/organisations/new");
		assertThat(location(late)).endsWith("/login?expired=unsaved");
		String page = other.get("/login?expired=unsaved").body();
		assertThat(page).contains(UNSAVED_EN);
		assertThat(location(other.signIn("admin", SignIn.DEMO_PASSWORD, csrf(page))))
			.endsWith("/admin/organisations/new");
	}

	@Test
	void aFormOpenedBeforeSigningOutAndInAgainSaysItWasNotSavedAndLinksBackToIt() throws Exception {
		WebClient browser = new WebClient(port, "tr");
		browser.signIn("admin");
		String token = csrf(browser.get("/admin/organisations/new").body());
		// in another tab: signed out and in again; the form's token is of the session before
		String home = browser.get("/").body();
		browser.post("/logout", fields("_csrf", csrf(home)), "/");
		browser.signIn("admin");

		HttpResponse<String> sent = browser.post("/admin/organisations", fields("_csrf", token, "name", "x"),
				"/admin/organisations/new");
		assertThat(sent.statusCode()).isEqualTo(403);
		assertThat(sent.body()).contains("<h1>Kaydedilmedi</h1>").doesNotContain("İzin yok")
			.contains("bu yüzden gönderdikleriniz kaydedilmedi")
			.contains("href=\"/admin/organisations/new\"");
	}

	/**
	 * Signing out ends the session of this browser, in all its tabs, and no other: the same person's session in another
	 * browser goes on. A form or a part of a page still open in another tab sends the session's CSRF token, and the
	 * sign-in page it leads to says that signing out ended it; a page asked for by a link sends nothing of the session
	 * (the sign-out deleted its cookie), and its sign-in page claims nothing.
	 */
	@Test
	void aFormOrAPartOfAPageOfASessionSignedOutInAnotherTabSaysSo() throws Exception {
		WebClient browser = new WebClient(port, "en");
		browser.signIn("admin");
		WebClient otherBrowser = new WebClient(port, "en");
		otherBrowser.signIn("admin");
		String token = csrf(browser.get("/admin/organisations/new").body());

		// in another tab: signed out, and on to the sign-in page
		assertThat(location(browser.post("/logout", fields("_csrf", csrf(browser.get("/").body())), "/")))
			.endsWith("/login?logout");
		browser.get("/login?logout");
		assertThat(otherBrowser.get("/").statusCode()).isEqualTo(200);

		HttpResponse<String> sent = browser.post("/admin/organisations",
				fields("_csrf", token, "name", "Çıkılmış Dernek " + UUID.randomUUID(), "type", "NGO"),
				"/admin/organisations/new");
		assertThat(location(sent)).endsWith("/login?expired=unsaved&ended=signed_out");
		assertThat(browser.get("/login?expired=unsaved&ended=signed_out").body())
			.contains("Signing out in this browser (in this tab or another one) ended this page")
			.contains("What you sent was not saved: enter it again once you have signed in.");
		HttpResponse<String> part = browser.htmx("/admin/users/scope-options?role=ANALYST", "/admin/users/new", token);
		assertThat(part.headers().firstValue("HX-Redirect")).hasValue("/login?expired&ended=signed_out");
		assertThat(new WebClient(port, "tr").get("/login?expired&ended=signed_out").body())
			.contains("Bu tarayıcıda (bu sekmede ya da başka bir sekmede) oturum kapatıldığı için bu sayfanın oturumu sona erdi.");
		assertThat(location(browser.get("/admin/organisations"))).endsWith("/login");

		// the token of a session that ended otherwise is not taken for a sign-out
		WebClient idle = new WebClient(port, "en");
		idle.signIn("admin");
		String idleToken = csrf(idle.get("/admin/organisations/new").body());
		jdbc.sql("delete from spring_session where session_id = :id").param("id", idle.sessionId()).update();
		assertThat(location(idle.post("/admin/organisations", fields("_csrf", idleToken, "name", "x"),
				"/admin/organisations/new"))).endsWith("/login?expired=unsaved");
	}

	@Test
	void aSignInPageLeftOpenTooLongSaysSoAndKeepsTheUserName() throws Exception {
		WebClient browser = new WebClient(port, "tr");
		String token = csrf(browser.get("/login").body());
		jdbc.sql("delete from spring_session where session_id = :id").param("id", browser.sessionId()).update();

		HttpResponse<String> sent = browser.signIn("uzman.gaziantep", SignIn.DEMO_PASSWORD, token);
		assertThat(location(sent)).endsWith("/login?expired=signin");
		String page = browser.get("/login?expired=signin").body();
		assertThat(page).contains("Sayfa çok uzun süre açık kalmıştı; lütfen yeniden oturum açın.")
			.contains("value=\"uzman.gaziantep\"").doesNotContain(SignIn.DEMO_PASSWORD);
		assertThat(location(browser.signIn("uzman.gaziantep", SignIn.DEMO_PASSWORD, csrf(page)))).endsWith("/");
	}

	@Test
	void aWrongPasswordKeepsTheUserNameButNeverThePassword() throws Exception {
		WebClient browser = new WebClient(port, "en");
		HttpResponse<String> refused = browser.signIn("uzman.gaziantep", "not-the-password-4711", csrf(browser.get("/login").body()));
		assertThat(location(refused)).endsWith("/login?error=credentials");
		String page = browser.get("/login?error=credentials").body();
		assertThat(page).contains("value=\"uzman.gaziantep\"").doesNotContain("not-the-password-4711");
		// once: the page asked for again is empty
		assertThat(browser.get("/login").body()).doesNotContain("value=\"uzman.gaziantep\"");
	}

	@Test
	void aPageLeftOpenByTheLastPersonThatTheNextMayNotOpenGivesWayToTheirStartPage() throws Exception {
		WebClient browser = new WebClient(port, "tr");
		assertThat(location(browser.get("/admin/organisations"))).endsWith("/login");
		HttpResponse<String> signedIn = browser.signIn("koordinator");
		// the address asked for, as it was asked for (no "continue" added)
		assertThat(location(signedIn)).endsWith("/admin/organisations");

		HttpResponse<String> refused = browser.get("/admin/organisations");
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(location(refused)).endsWith("/");
		HttpResponse<String> home = browser.get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Oturum açmadan önce açık olan sayfa, rolünüzün açabileceği bir sayfa değil");
		// only that once: asked for by the person, the page is refused as any other
		assertThat(browser.get("/admin/organisations").statusCode()).isEqualTo(403);

		// whom the page is for returns to it
		WebClient admin = new WebClient(port, "tr");
		admin.get("/admin/organisations?text=Ankara");
		assertThat(location(admin.signIn("admin"))).endsWith("/admin/organisations?text=Ankara");
	}

	@Test
	void signingOutByAddressAsksWithAButtonAndTheSignInPageIsNotForThoseSignedIn() throws Exception {
		WebClient browser = new WebClient(port, "en");
		assertThat(location(browser.get("/logout"))).endsWith("/login");
		browser.signIn("analist");
		HttpResponse<String> ask = browser.get("/logout");
		assertThat(ask.statusCode()).isEqualTo(200);
		assertThat(ask.body()).contains("You are signed in as analist. Sign out now?");
		assertThat(location(browser.get("/login"))).endsWith("/");
		assertThat(browser.get("/").statusCode()).isEqualTo(200);

		HttpResponse<String> out = browser.post("/logout", fields("_csrf", csrf(ask.body())), "/logout");
		assertThat(location(out)).endsWith("/login?logout");
		assertThat(location(browser.get("/"))).contains("/login");
	}

	@Test
	void theApiDocumentationOpenedInABrowserLeadsToSignInWhileTheApiAnswersInJson() throws Exception {
		WebClient browser = new WebClient(port, "en");
		HttpResponse<String> docs = browser.get("/api/v1/docs");
		assertThat(docs.statusCode()).isEqualTo(302);
		assertThat(location(docs)).endsWith("/login");
		HttpResponse<String> ui = browser.get("/api/v1/swagger-ui/index.html");
		assertThat(location(ui)).endsWith("/login");

		assertThat(browser.get("/api/v1/docs", "application/json").statusCode()).isEqualTo(401);
		HttpResponse<String> api = browser.get("/api/v1/organisations", "text/html,application/xhtml+xml,*/*;q=0.8");
		assertThat(api.statusCode()).isEqualTo(401);
		assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

		// signed in, the browser is back at the documentation, at the address asked for: no "continue" added to it
		assertThat(location(browser.signIn("analist"))).endsWith("/api/v1/swagger-ui/index.html");
		WebClient fromTheLink = new WebClient(port, "en");
		fromTheLink.get("/api/v1/docs");
		assertThat(location(fromTheLink.signIn("analist"))).endsWith("/api/v1/docs");
		// nor then an empty "continue=" on the page of the documentation
		assertThat(location(fromTheLink.get("/api/v1/docs"))).endsWith("/api/v1/swagger-ui/index.html");
		assertThat(fromTheLink.get("/api/v1/swagger-ui/index.html").statusCode()).isEqualTo(200);
	}

	@Test
	void aPartOfAPageAskedForByHtmxAfterTheSessionEndedSendsTheWholePageToSignIn() throws Exception {
		WebClient browser = new WebClient(port, "tr");
		browser.signIn("admin");
		HttpResponse<String> options = browser.htmx("/admin/users/scope-options?role=ANALYST", "/admin/users/new");
		assertThat(options.statusCode()).isEqualTo(200);
		assertThat(options.body()).contains("<option").doesNotContain("<html");
		jdbc.sql("delete from spring_session where session_id = :id").param("id", browser.sessionId()).update();

		// not the sign-in page swapped into the list of scopes: htmx is told to take the whole page there
		HttpResponse<String> ended = browser.htmx("/admin/users/scope-options?role=ANALYST", "/admin/users/new");
		assertThat(ended.statusCode()).isEqualTo(401);
		assertThat(ended.headers().firstValue("HX-Redirect")).hasValue("/login?expired");
		assertThat(ended.body()).doesNotContain("password");
		String page = browser.get("/login?expired").body();
		assertThat(page).contains("Oturumunuzun süresi doldu. Lütfen yeniden oturum açın.");
		// signing in returns to the page, not to the part of it
		assertThat(location(browser.signIn("admin", SignIn.DEMO_PASSWORD, csrf(page)))).endsWith("/admin/users/new");

		// a session an administrator ended says why there too; and the answer holds for no cookie at all
		WebClient person = new WebClient(port, "en");
		person.signIn("denetci");
		assertThat(person.htmx("/audit/verification/progress", "/audit/verification").statusCode()).isNotEqualTo(401);
		UUID denetci = jdbc.sql("select id from app_user where username = 'denetci'").query(UUID.class).single();
		admin(browser, "/admin/users/" + denetci + "/deactivate");
		try {
			HttpResponse<String> deactivated = person.htmx("/audit/verification/progress", "/audit/verification");
			assertThat(deactivated.headers().firstValue("HX-Redirect")).hasValue("/login?expired&ended=account");
			assertThat(person.get("/login?expired&ended=account").body())
				.contains("A system administrator changed your account, so this session ended.");
		}
		finally {
			admin(browser, "/admin/users/" + denetci + "/activate");
		}
		WebClient noCookie = new WebClient(port, "en");
		assertThat(noCookie.htmx("/admin/users/scope-options", "/admin/users/new").headers().firstValue("HX-Redirect"))
			.hasValue("/login?expired");
	}

	/**
	 * A part of a page refused to whoever is signed in now (in another tab, someone whose role does not open the page)
	 * sends the whole page there again, which says "not allowed" as a page: htmx swaps no refusal, and the part stayed
	 * as it was without a word.
	 */
	@Test
	void aPartOfAPageRefusedByHtmxSendsTheWholePageToItsRefusal() throws Exception {
		WebClient browser = new WebClient(port, "en");
		browser.signIn("admin");
		assertThat(browser.htmx("/admin/users/scope-options?role=ANALYST", "/admin/users/new").statusCode())
			.isEqualTo(200);
		// in another tab: signed out, and in again as an analyst
		browser.post("/logout", fields("_csrf", csrf(browser.get("/").body())), "/");
		browser.signIn("analist");

		HttpResponse<String> refused = browser.htmx("/admin/users/scope-options?role=ANALYST", "/admin/users/new");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.headers().firstValue("HX-Redirect")).hasValue("/admin/users/new");
		assertThat(refused.body()).doesNotContain("<html");
		HttpResponse<String> page = browser.get("/admin/users/new");
		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("<h1>Not allowed</h1>");
		// a page that is not this application's is not where the answer sends anyone
		HttpResponse<String> elsewhere = browser.htmx("/audit/verification/progress", "//evil.example/audit");
		assertThat(elsewhere.headers().firstValue("HX-Redirect")).hasValue("/");
	}

	/** Sends an administrator's button ({@code path}) from the users' list. */
	private static void admin(WebClient admin, String path) throws Exception {
		String token = csrf(admin.get("/admin/users").body());
		assertThat(admin.post(path, fields("_csrf", token), "/admin/users").statusCode()).isEqualTo(302);
	}

	@Test
	void deactivatingAndActivatingKeepsTheListsFilter() throws Exception {
		WebClient browser = new WebClient(port, "tr");
		browser.signIn("admin");
		String list = browser.get("/admin/organisations?text=G%C3%B6%C3%A7&province=27").body();
		Map<String, String> first = organisationOnList(list);
		String token = csrf(list);

		HttpResponse<String> deactivated = browser.post("/admin/organisations/" + first.get("id") + "/deactivate",
				fields("_csrf", token, "text", "Göç", "province", "27"), null);
		assertThat(location(deactivated)).endsWith("/admin/organisations?text=G%C3%B6%C3%A7&province=27");
		HttpResponse<String> activated = browser.post("/admin/organisations/" + first.get("id") + "/activate",
				fields("_csrf", token, "text", "Göç", "province", "27", "active", "false", "type", "no such type"), null);
		assertThat(location(activated)).endsWith("/admin/organisations?text=G%C3%B6%C3%A7&province=27&active=false");
		// what is no filter of the list is dropped: the answer is always this list
		HttpResponse<String> elsewhere = browser.post("/admin/organisations/" + first.get("id") + "/activate",
				fields("_csrf", token, "province", "//evil.example", "returnTo", "https://evil.example/"), null);
		assertThat(location(elsewhere)).endsWith("/admin/organisations");
	}

	@Test
	void theLanguageLinksKeepTheFilterAndTheMenuMarksTheSection() throws Exception {
		WebClient browser = new WebClient(port, "tr");
		browser.signIn("admin");
		String list = browser.get("/admin/organisations?lang=tr&text=%C4%B0stanbul&province=34").body();
		assertThat(list).contains("href=\"/admin/organisations?text=%C4%B0stanbul&amp;province=34&amp;lang=en\"")
			.contains("href=\"/admin/organisations?text=%C4%B0stanbul&amp;province=34&amp;lang=tr\"")
			.containsPattern("href=\"/admin/organisations\"[^>]*aria-current=\"page\"")
			.doesNotContainPattern("href=\"/\"[^>]*aria-current");
		assertThat(browser.get("/").body()).containsPattern("href=\"/\"[^>]*aria-current=\"page\"");

		// an error page is about the address asked for: its links ask for that address again
		assertThat(browser.get("/no-such-page?x=1&lang=tr").body())
			.contains("href=\"/no-such-page?x=1&amp;lang=en\"");

		// a refused form is the answer to what was sent: no link could show it again, so the person is told
		HttpResponse<String> refused = browser.post("/admin/organisations",
				fields("_csrf", csrf(list), "name", "", "type", "NGO"), "/admin/organisations/new");
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Dili değiştirmeden önce bu sayfadakileri kaydedin ya da kopyalayın")
			.doesNotContain("hreflang=\"en\"");
	}

	/** The id of the first organisation on a list page. */
	private static Map<String, String> organisationOnList(String page) {
		var matcher = java.util.regex.Pattern.compile("/admin/organisations/([0-9a-f-]{36})/(de)?activate").matcher(page);
		assertThat(matcher.find()).as("an organisation on the list").isTrue();
		return Map.of("id", matcher.group(1));
	}

	private long organisationsNamed(String name) {
		return jdbc.sql("select count(*) from organisation where name = :n").param("n", name).query(Long.class).single();
	}

}
