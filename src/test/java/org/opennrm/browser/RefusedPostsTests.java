package org.opennrm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
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

import org.opennrm.SignIn;

/**
 * A refused form post, on the real server: Spring Security forwards it to the 403 page as a POST, which MockMvc does
 * not follow. The person sees "not allowed" in their language, not "method not allowed".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RefusedPostsTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSignedInPersonsPostWithoutItsCsrfTokenIsRefusedWithTheForbiddenPage() throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String login = client.send(request("/login").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
		assertThat(token.find()).as("the sign-in form's CSRF token").isTrue();
		HttpResponse<String> signedIn = client.send(request("/login").POST(form("username=analist&password="
				+ URLEncoder.encode(SignIn.DEMO_PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token.group(1))).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");

		HttpResponse<String> refused = client.send(request("/admin/users").POST(form("username=x")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("İzin yok").doesNotContain("İstek yöntemine izin verilmiyor");
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

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.header("Accept-Language", "tr");
	}

	private static HttpRequest.BodyPublisher form(String body) {
		return HttpRequest.BodyPublishers.ofString(body);
	}

}
