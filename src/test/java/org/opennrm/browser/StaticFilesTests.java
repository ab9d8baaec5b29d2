package org.opennrm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application's own files (style sheets, scripts, images) are served without the session, found or not, on the
 * real server, where a missing one is answered by the error page the servlet container forwards to (MockMvc does not
 * follow it): that page, asked for as a page (an address typed, a stale link), stored a new session and sent its
 * cookie, which signed the person out and left their session behind.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StaticFilesTests {

	private static final List<String> MISSING = List.of("/css/nothing-here.css", "/js/nothing-here.js",
			"/img/nothing-here.png", "/webjars/nothing-here.js", "/favicon.ico");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aMissingFileAskedForAsAPageLeavesThePersonSignedInAndStoresNoSession() throws Exception {
		WebClient browser = new WebClient(port, "tr");
		browser.signIn("admin");
		// the language chosen in the menu, which the browser's own (Turkish) does not decide
		assertThat(browser.get("/?lang=en").statusCode()).isEqualTo(200);
		long sessions = sessions();

		for (String path : MISSING) {
			HttpResponse<String> missing = browser.get(path);
			assertThat(missing.statusCode()).as(path).isEqualTo(404);
			assertThat(missing.headers().allValues("Set-Cookie")).as(path).isEmpty();
			assertThat(missing.body()).as(path).contains("<h1>Not found</h1>").doesNotContain("Bulunamadı");
			assertThat(browser.get("/admin/users").statusCode()).as("still signed in after " + path).isEqualTo(200);
		}
		// a form sent there (no page sends one) is no sign-in page's "your session ended"
		HttpResponse<String> posted = browser.post("/css/nothing-here.css", WebClient.fields("name", "x"), "/");
		assertThat(posted.statusCode()).isGreaterThanOrEqualTo(400);
		assertThat(posted.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(browser.get("/admin/users").statusCode()).isEqualTo(200);
		assertThat(sessions()).isEqualTo(sessions);
	}

	@Test
	void aMissingFileAskedForWithoutASessionStoresNone() throws Exception {
		long sessions = sessions();
		for (String path : MISSING) {
			HttpResponse<String> missing = new WebClient(port, "en").get(path);
			assertThat(missing.statusCode()).as(path).isEqualTo(404);
			assertThat(missing.headers().allValues("Set-Cookie")).as(path).isEmpty();
			assertThat(missing.body()).as(path).contains("<h1>Not found</h1>");
		}
		HttpResponse<String> found = new WebClient(port, "en").get("/css/opennrm.css", "text/css,*/*;q=0.1");
		assertThat(found.statusCode()).isEqualTo(200);
		assertThat(found.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(sessions()).isEqualTo(sessions);
	}

	private long sessions() {
		return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
	}

}
