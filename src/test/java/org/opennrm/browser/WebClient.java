package org.opennrm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.opennrm.SignIn;

/**
 * A browser's requests without the browser: the real server, its real (database) sessions and their cookies, no
 * redirect followed, so that each answer can be looked at.
 */
final class WebClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final String base;
	private final CookieManager cookies = new CookieManager();
	private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
	private final String language;

	WebClient(int port, String language) {
		this.base = "http://localhost:" + port;
		this.language = language;
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return get(path, "text/html");
	}

	HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		return client.send(request(path).header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A part of the page at {@code page} asked for by its script, as htmx asks for it (no {@code Accept}). */
	HttpResponse<String> htmx(String path, String page) throws IOException, InterruptedException {
		return client.send(request(path).header("HX-Request", "true").header("HX-Current-URL", base + page)
			.header("Referer", base + page).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * A part of the page at {@code page} asked for by its script, from a page that carries this CSRF token: htmx sends
	 * it with every request (opennrm.js).
	 */
	HttpResponse<String> htmx(String path, String page, String csrfToken) throws IOException, InterruptedException {
		return client.send(request(path).header("HX-Request", "true").header("HX-Current-URL", base + page)
			.header("Referer", base + page).header("X-CSRF-TOKEN", csrfToken).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** Sends a form as the page at {@code from} would: its address as the {@code Referer}. */
	HttpResponse<String> post(String path, Map<String, String> fields, String from)
			throws IOException, InterruptedException {
		String body = fields.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = request(path).header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded");
		if (from != null) {
			request.header("Referer", base + from);
		}
		return client.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** Signs in through the sign-in page; the answer is the redirect after it. */
	HttpResponse<String> signIn(String username) throws IOException, InterruptedException {
		String token = csrf(get("/login").body());
		return signIn(username, SignIn.DEMO_PASSWORD, token);
	}

	HttpResponse<String> signIn(String username, String password, String token)
			throws IOException, InterruptedException {
		return post("/login", fields("username", username, "password", password, "_csrf", token), "/login");
	}

	/** The id of this browser's session, as its cookie names it (base64, as Spring Session writes it, of id.hash). */
	String sessionId() {
		HttpCookie session = cookies.getCookieStore().getCookies().stream()
			.filter(c -> c.getName().equals("SESSION")).findFirst().orElseThrow();
		String signed = new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);
		return signed.substring(0, signed.lastIndexOf('.'));
	}

	/** Replaces the session cookie by one that names no session (another tab signed out, a cookie cleared). */
	void replaceSessionCookie() {
		HttpCookie session = cookies.getCookieStore().getCookies().stream()
			.filter(c -> c.getName().equals("SESSION")).findFirst().orElseThrow();
		cookies.getCookieStore().remove(URI.create(base), session);
		HttpCookie other = new HttpCookie("SESSION",
				Base64.getEncoder().encodeToString("no-such-session".getBytes(StandardCharsets.UTF_8)));
		other.setPath("/");
		other.setVersion(0);
		cookies.getCookieStore().add(URI.create(base), other);
	}

	static String csrf(String page) {
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).as("a form's CSRF token").isTrue();
		return token.group(1);
	}

	static Map<String, String> fields(String... namesAndValues) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			fields.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return fields;
	}

	static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElse("");
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", language);
	}

}
