package org.opennrm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * A refused form post, on the real server: Spring Security forwards it to the 403 page as a POST, which MockMvc does
 * not follow. The person is told what happened in their language, not "method not allowed".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RefusedPostsTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	/**
	 * A signed-in person's form sent without its CSRF token is not "not allowed" (İzin yok): the person has the right,
	 * the form arrived incomplete. The page says what happened and what to do, once each (the page of a form opened
	 * before the session changed said its sentence twice, once for each of the script's two endings), and links back to
	 * the form's page, for the script to put back what was typed; a sign-out sent so says the person is still signed
	 * in, and how to sign out.
	 */
	@Test
	void aSignedInPersonsFormWithoutItsCsrfTokenSaysItWasNotSavedAndWhatToDo() throws Exception {
		for (String language : List.of("tr", "en")) {
			boolean tr = language.equals("tr");
			WebClient client = new WebClient(port, language);
			client.signIn("admin");

			for (String form : List.of("/admin/organisations", "/account/language")) {
				String page = form.equals("/account/language") ? "/account" : "/admin/organisations/new";
				HttpResponse<String> refused = client.post(form, WebClient.fields("name", "Yeni Dernek"), page);
				assertThat(refused.statusCode()).as(form).isEqualTo(403);
				assertThat(refused.body()).as(form).contains(tr ? "<h1>Kaydedilmedi</h1>" : "<h1>Not saved</h1>")
					.doesNotContain(tr ? "İzin yok" : "Not allowed")
					.doesNotContain(tr ? "yetkiniz yok" : "You are not allowed")
					.contains("href=\"" + page + "\"")
					.contains("data-form-unsaved");
				String happened = tr ? "Form, güvenlik belirteci olmadan geldi" : "The form arrived without its security token";
				assertThat(occurrences(refused.body(), happened)).as(form).isOne();
				assertThat(refused.body()).contains(tr ? "Sayfayı yeniden açıp bilgileri yeniden girin ve gönderin."
						: "Open the page again, enter it again and send it.");
			}

			HttpResponse<String> signOut = client.post("/logout", WebClient.fields(), "/admin/users");
			assertThat(signOut.statusCode()).isEqualTo(403);
			assertThat(signOut.body()).contains(tr ? "<h1>Oturum kapatılmadı</h1>" : "<h1>Not signed out</h1>")
				.doesNotContain(tr ? "İzin yok" : "Not allowed").doesNotContain("data-form-unsaved")
				.contains(tr ? "Oturumunuz hâlâ açık" : "You are still signed in");
			assertThat(client.get("/admin/users").statusCode()).as("still signed in").isEqualTo(200);
		}
	}

	/**
	 * A form opened before the session changed (signed out and in again in another tab) says so once: its page held
	 * the sentence twice, in the line that asks to enter it again and in the one the script shows instead when it kept
	 * what was typed.
	 */
	@Test
	void aFormOfAnEarlierSessionSaysWhatHappenedOnce() throws Exception {
		for (String language : List.of("tr", "en")) {
			boolean tr = language.equals("tr");
			WebClient client = new WebClient(port, language);
			client.signIn("admin");
			String token = WebClient.csrf(client.get("/admin/organisations/new").body());
			client.post("/logout", WebClient.fields("_csrf", WebClient.csrf(client.get("/").body())), "/");
			client.signIn("admin");

			HttpResponse<String> refused = client.post("/admin/organisations",
					WebClient.fields("_csrf", token, "name", "Yeni Dernek"), "/admin/organisations/new");
			assertThat(refused.statusCode()).isEqualTo(403);
			String happened = tr ? "Bu sayfa oturumunuz değişmeden önce açılmıştı"
					: "This page was opened before your session changed";
			assertThat(occurrences(refused.body(), happened)).isOne();
			assertThat(refused.body()).contains(tr ? "<h1>Kaydedilmedi</h1>" : "<h1>Not saved</h1>")
				.contains(tr ? "Sayfayı yeniden açıp bilgileri yeniden girin ve gönderin."
						: "Open the page again, enter it again and send it.")
				.contains(tr ? "yazdıklarınız geri gelir" : "what you typed comes back with it");
		}
	}

	private static int occurrences(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

	/**
	 * Every error page links the style sheet and the script as the other pages do, by addresses with a hash of their
	 * content: the 403 page Spring Security forwards to linked the bare {@code /css/opennrm.css}, which a browser may
	 * keep from an older version for a week.
	 */
	@Test
	void errorPagesLinkTheStyleSheetAndScriptAsEveryPageDoes() throws Exception {
		WebClient client = new WebClient(port, "en");
		client.signIn("admin");
		String page = client.get("/admin/organisations/new").body();
		String styles = linked(page, "/css/opennrm");
		String script = linked(page, "/js/opennrm");
		assertThat(styles).matches("/css/opennrm-[0-9a-f]{32}\\.css");
		assertThat(script).matches("/js/opennrm-[0-9a-f]{32}\\.js");
		HttpResponse<String> noToken = client.post("/admin/organisations", WebClient.fields("name", "Yeni Dernek"),
				"/admin/organisations/new");
		HttpResponse<String> malformed = client.get("/admin/users/not-an-id");
		HttpResponse<String> notFound = client.get("/admin/nothing-here");
		for (HttpResponse<String> refused : List.of(noToken, malformed, notFound)) {
			assertThat(linked(refused.body(), "/css/opennrm")).as("%s", refused.statusCode()).isEqualTo(styles);
			assertThat(linked(refused.body(), "/js/opennrm")).as("%s", refused.statusCode()).isEqualTo(script);
		}
	}

	/** The address of the page's link to {@code prefix}. */
	static String linked(String page, String prefix) {
		Matcher link = Pattern.compile("(?:href|src)=\"(" + Pattern.quote(prefix) + "[^\"]*)\"").matcher(page);
		assertThat(link.find()).as("a link to " + prefix).isTrue();
		return link.group(1);
	}

	/**
	 * An error page holds nothing to save: one that answers a form (403, 400, 404) shows neither the note to save
	 * before changing the language (it did) nor the language links, which would ask for another page; one asked for
	 * by its address shows the links.
	 */
	@Test
	void errorPagesShowNoNoteToSaveFirst() throws Exception {
		for (String language : List.of("tr", "en")) {
			String note = language.equals("tr") ? "Dili değiştirmeden önce" : "To change the language, first save";
			WebClient client = new WebClient(port, language);
			client.signIn("admin");
			String token = WebClient.csrf(client.get("/admin/organisations/new").body());
			String unknown = "/admin/organisations/" + UUID.randomUUID();

			HttpResponse<String> noToken = client.post("/admin/organisations", WebClient.fields("name", "Yeni Dernek"),
					"/admin/organisations/new");
			HttpResponse<String> malformed = client.post("/admin/organisations/not-an-id/deactivate",
					WebClient.fields("_csrf", token), "/admin/organisations");
			HttpResponse<String> notFound = client.post(unknown + "/deactivate", WebClient.fields("_csrf", token),
					"/admin/organisations");
			assertThat(List.of(noToken.statusCode(), malformed.statusCode(), notFound.statusCode()))
				.containsExactly(403, 400, 404);
			for (HttpResponse<String> page : List.of(noToken, malformed, notFound)) {
				assertThat(page.body()).as(language + " " + page.statusCode()).doesNotContain(note)
					.doesNotContain("languages held").doesNotContain("class=\"languages\"");
			}

			for (HttpResponse<String> page : List.of(client.get("/admin/nothing-here"), client.get("/admin/users/not-an-id"))) {
				assertThat(page.statusCode()).isIn(404, 400);
				assertThat(page.body()).as(language + " " + page.statusCode()).doesNotContain(note)
					.contains("<nav class=\"languages\"");
			}
		}
	}

	/**
	 * A CSRF token in the address (a link's query string, which access logs, the history and a {@code Referer} keep) is
	 * no token: the form is refused, as one without it. The same token in the form's body is taken.
	 */
	@Test
	void aCsrfTokenInTheAddressIsNotTaken() throws Exception {
		WebClient client = new WebClient(port, "en");
		client.signIn("admin");
		String token = WebClient.csrf(client.get("/admin/organisations/new").body());

		for (String parameter : List.of("_csrf", "%5Fcsrf", "%5fcsrf")) {
			HttpResponse<String> refused = client.post("/logout?" + parameter + "=" + URLEncoder.encode(token,
					StandardCharsets.UTF_8), WebClient.fields(), "/admin/users");
			assertThat(refused.statusCode()).as(parameter).isEqualTo(403);
			assertThat(client.get("/admin/users").statusCode()).as("still signed in after " + parameter).isEqualTo(200);
		}

		HttpResponse<String> signedOut = client.post("/logout", WebClient.fields("_csrf", token), "/admin/users");
		assertThat(WebClient.location(signedOut)).endsWith("/login?logout");
		assertThat(WebClient.location(client.get("/admin/users"))).contains("/login");
	}

	/**
	 * A form longer than the server reads (2 MB: a document pasted into a field) says so in the page's language, that
	 * nothing was saved and that the browser kept what was typed, where it said "Invalid request" without why.
	 */
	@Test
	void aFormTooLongToBeReadSaysSoAndThatNothingWasSaved() throws Exception {
		for (String language : List.of("tr", "en")) {
			WebClient client = new WebClient(port, language);
			client.signIn("admin");
			String token = WebClient.csrf(client.get("/admin/organisations/new").body());
			String name = "Uzun Belgeli Dernek " + UUID.randomUUID();
			HttpResponse<String> refused = client.post("/admin/organisations", WebClient.fields("_csrf", token, "name",
					name, "type", "NGO", "address", "Cumhuriyet Cd. ".repeat(200_000)), "/admin/organisations/new");
			assertThat(refused.statusCode()).isEqualTo(413);
			assertThat(refused.body()).contains(language.equals("tr")
					? "<h1>Kaydedilemeyecek kadar uzun</h1>" : "<h1>Too long to be saved</h1>")
				.contains(language.equals("tr") ? "hiçbir şey kaydedilmedi" : "nothing was saved")
				.contains(language.equals("tr") ? "yazdıklarınızı saklar" : "it kept what you typed")
				.doesNotContain("Geçersiz istek").doesNotContain("Invalid request").doesNotContain("Cumhuriyet");
			assertThat(jdbc.sql("select count(*) from organisation where name = :name").param("name", name)
				.query(Long.class).single()).isZero();
		}
	}

}
