package org.opennrm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
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
		assertThat(refused.body()).contains("İzin yok").doesNotContain("Yönteme izin verilmiyor");
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
