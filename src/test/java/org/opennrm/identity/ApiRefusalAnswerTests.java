package org.opennrm.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.opennrm.SignIn;
import org.opennrm.TestTokens;
import org.opennrm.organisation.OrganisationManagement;

/**
 * How the API refuses, on the real server (sessions in the database, errors forwarded to the error page): "not signed
 * in" is a 401 before any CSRF check, a signed-in session without its CSRF token is told so, refused and Bearer calls
 * store no session, and every refusal is RFC 9457 problem details naming the address asked for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiRefusalAnswerTests {

	private static final String CANDIDATES = "/api/v1/matching/candidates";

	private static final String QUERY = "{\"givenNames\":\"Fatma\",\"familyNames\":\"Hüseyni\"}";

	private static final String TOKEN_REFUSED_EN = "The API token sent was refused: it is unknown, expired or revoked, "
			+ "or no longer works (its organisation, or the person who issued it, is no longer active). Send a valid token "
			+ "as \"Authorization: Bearer …\"; a system administrator issues one under \"API clients\".";

	private static final String TOKEN_REFUSED_TR = "Gönderilen API erişim belirteci reddedildi: bilinmiyor, süresi dolmuş "
			+ "ya da iptal edilmiş veya artık çalışmıyor (kurumu ya da onu oluşturan kişi artık etkin değil). Geçerli bir "
			+ "belirteci \"Authorization: Bearer …\" olarak gönderin; belirteçleri bir sistem yöneticisi \"API "
			+ "istemcileri\" bölümünde oluşturur.";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApiClientManagement clients;

	@Autowired
	OrganisationManagement organisations;

	private final HttpClient anonymous = HttpClient.newHttpClient();

	@Test
	void aCallWithoutCredentialsIsAskedToAuthenticateWhateverItsMethod() throws Exception {
		for (HttpRequest.Builder call : List.of(post(CANDIDATES, QUERY), request(CANDIDATES).GET())) {
			HttpResponse<String> tr = send(anonymous, call.copy().header("Accept-Language", "tr"));
			assertThat(tr.statusCode()).as(tr.request().method()).isEqualTo(401);
			assertThat(problem(tr).path("title").asString()).isEqualTo("Oturum açılmamış");
			assertThat(problem(tr).path("detail").asString()).startsWith("Kimlik doğrulaması gerekiyor");

			HttpResponse<String> en = send(anonymous, call.copy().header("Accept-Language", "en"));
			assertThat(en.statusCode()).as(en.request().method()).isEqualTo(401);
			assertThat(en.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
			assertThat(problem(en).path("title").asString()).isEqualTo("Not signed in");
			assertThat(problem(en).path("detail").asString()).startsWith("Authentication is required");
		}
	}

	/**
	 * The actuator's addresses that need credentials are called by programs (a Prometheus scraper): without any they are
	 * asked for a token as the API's are, in problem details, whatever they accept; not sent to the sign-in page, and no
	 * session is stored for them.
	 */
	@Test
	void theActuatorWithoutCredentialsIsAskedForAToken() throws Exception {
		long before = sessions();
		List<HttpResponse<String>> answers = new ArrayList<>();
		for (String path : List.of("/actuator/prometheus", "/actuator/env")) {
			for (String accept : List.of("*/*", "application/json", "text/html")) {
				answers.add(send(anonymous, request(path).header("Accept", accept).header("Accept-Language", "en").GET()));
			}
		}
		for (HttpResponse<String> answer : answers) {
			String what = answer.request().uri() + " " + answer.request().headers().firstValue("Accept").orElse("");
			assertThat(answer.statusCode()).as(what).isEqualTo(401);
			assertThat(answer.headers().firstValue("WWW-Authenticate")).as(what).hasValue("Bearer");
			assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(what)
				.startsWith("application/problem+json");
			assertThat(problem(answer).path("title").asString()).as(what).isEqualTo("Not signed in");
			assertThat(problem(answer).path("instance").asString()).as(what).isEqualTo(answer.request().uri().getPath());
			assertThat(answer.headers().allValues("Set-Cookie")).as(what).isEmpty();
		}
		assertThat(sessions()).isEqualTo(before);
	}

	/**
	 * RFC 6750: a token presented but unknown, expired or revoked is an {@code invalid_token}, all three alike; a call
	 * that presents none is only asked for one.
	 */
	@Test
	void aTokenThatIsNotValidIsToldSoAndACallWithoutOneIsOnlyAskedForOne() throws Exception {
		IssuedApiClient revoked = TestTokens.issue(clients, organisations, Role.FOCAL_POINT, null);
		SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> clients.revoke(revoked.client().id()));
		// no client is issued already expired: one that was valid for an hour, an hour ago
		IssuedApiClient lapsed = TestTokens.issue(clients, organisations, Role.FOCAL_POINT,
				Instant.now().plus(Duration.ofHours(1)));
		jdbc.sql("update api_client set expires_at = now() - interval '1 hour' where id = :id")
			.param("id", lapsed.client().id())
			.update();
		String expired = lapsed.token();
		String invalid = "Bearer error=\"invalid_token\", error_description=\"The access token is unknown, expired or revoked\"";
		for (String token : List.of("onrm_not-a-token", "not-one-of-ours", revoked.token(), expired)) {
			HttpResponse<String> answer = send(anonymous,
					post(CANDIDATES, QUERY).header("Authorization", "Bearer " + token).header("Accept-Language", "en"));
			assertThat(answer.statusCode()).as(token).isEqualTo(401);
			assertThat(answer.headers().allValues("WWW-Authenticate")).as(token).containsExactly(invalid);
			// the detail says the token was refused, as the header does, where it asked the caller to sign in; the
			// same words whichever it is, as the header's: which would tell the holder the token was once real
			assertThat(problem(answer).path("detail").asString()).as(token).isEqualTo(TOKEN_REFUSED_EN);
			HttpResponse<String> tr = send(anonymous,
					post(CANDIDATES, QUERY).header("Authorization", "Bearer " + token).header("Accept-Language", "tr"));
			assertThat(problem(tr).path("detail").asString()).as(token).isEqualTo(TOKEN_REFUSED_TR);
		}

		assertThat(send(anonymous, post(CANDIDATES, QUERY)).headers().allValues("WWW-Authenticate"))
			.containsExactly("Bearer");
		HttpClient visitor = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		send(visitor, request("/login").GET());
		assertThat(send(visitor, post(CANDIDATES, QUERY)).headers().allValues("WWW-Authenticate")).containsExactly("Bearer");
		// a valid token issued the same way is answered
		assertThat(send(anonymous, post(CANDIDATES, QUERY).header("Authorization",
				"Bearer " + TestTokens.issue(clients, organisations, Role.FOCAL_POINT)))
			.statusCode()).isEqualTo(200);
	}

	@Test
	void aSignedInSessionWithoutItsCsrfTokenIsToldItLacksIt() throws Exception {
		HttpClient browser = signedIn("uzman.gaziantep");

		HttpResponse<String> tr = send(browser, post(CANDIDATES, QUERY).header("Accept-Language", "tr"));
		assertThat(tr.statusCode()).isEqualTo(403);
		assertThat(problem(tr).path("detail").asString())
			.startsWith("İstek, oturumunuz için geçerli bir güvenlik belirteci (CSRF) taşımıyor");
		HttpResponse<String> en = send(browser, post(CANDIDATES, QUERY).header("Accept-Language", "en"));
		assertThat(en.statusCode()).isEqualTo(403);
		assertThat(problem(en).path("detail").asString()).startsWith("The request does not carry a valid security token");

		// the account may query: with the token from its page, the same call is answered
		assertThat(send(browser, post(CANDIDATES, QUERY).header("X-CSRF-TOKEN", csrfTokenOfAPage(browser))).statusCode())
			.isEqualTo(200);
	}

	@Test
	void aSessionNotSignedInIsAskedToAuthenticateNotForItsCsrfToken() throws Exception {
		HttpClient visitor = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		send(visitor, request("/login").GET());

		HttpResponse<String> refused = send(visitor, post(CANDIDATES, QUERY).header("Accept-Language", "en"));
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(problem(refused).path("detail").asString()).startsWith("Authentication is required");
	}

	@Test
	void aBearerClientNeedsNoCsrfToken() throws Exception {
		String token = TestTokens.issue(clients, organisations, Role.FOCAL_POINT);
		assertThat(send(anonymous, post(CANDIDATES, QUERY).header("Authorization", "Bearer " + token)).statusCode())
			.isEqualTo(200);
	}

	@Test
	void refusedAndBearerCallsStoreNoSession() throws Exception {
		String token = "Bearer " + TestTokens.issue(clients, organisations, Role.FOCAL_POINT);
		String analyst = "Bearer " + TestTokens.issue(clients, organisations, Role.ANALYST);
		long before = sessions();
		List<HttpResponse<String>> answers = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			answers.add(send(anonymous, post(CANDIDATES, QUERY)));
			answers.add(send(anonymous, request(CANDIDATES).GET()));
			answers.add(send(anonymous, request("/api/v1/organisations").GET()));
			answers.add(send(anonymous, post(CANDIDATES, QUERY).header("Authorization", "Bearer onrm_not-a-token")));
			answers.add(send(anonymous, post(CANDIDATES, QUERY).header("Authorization", analyst)));
			answers.add(send(anonymous, request(CANDIDATES).header("Authorization", token).GET()));
			answers.add(send(anonymous, post(CANDIDATES, QUERY).header("Authorization", token)));
			answers.add(send(anonymous, request("/api/v1/organisations").header("Authorization", token).GET()));
		}
		assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(401, 403, 405, 200);
		assertThat(sessions()).isEqualTo(before);
		assertThat(answers).allSatisfy(answer -> assertThat(answer.headers().allValues("Set-Cookie")).isEmpty());
	}

	@Test
	void refusalsAreProblemDetailsWithoutNullMembersNamingTheAddressAsked() throws Exception {
		String token = "Bearer " + TestTokens.issue(clients, organisations, Role.FOCAL_POINT);
		String analyst = "Bearer " + TestTokens.issue(clients, organisations, Role.ANALYST);
		HttpClient browser = signedIn("uzman.gaziantep");
		record Refusal(HttpClient client, HttpRequest.Builder call, int status, String path) {
		}
		List<Refusal> refusals = List.of(
				new Refusal(anonymous, post(CANDIDATES, QUERY), 401, CANDIDATES),
				new Refusal(anonymous, post(CANDIDATES, QUERY).header("Authorization", "Bearer onrm_not-a-token"), 401,
						CANDIDATES),
				new Refusal(browser, post(CANDIDATES, QUERY), 403, CANDIDATES),
				new Refusal(anonymous, post(CANDIDATES, QUERY).header("Authorization", analyst), 403, CANDIDATES),
				new Refusal(anonymous, post("/api/v1/matching/candidate", QUERY).header("Authorization", token), 404,
						"/api/v1/matching/candidate"),
				new Refusal(anonymous, request(CANDIDATES).header("Authorization", token).GET(), 405, CANDIDATES));
		for (Refusal refusal : refusals) {
			HttpResponse<String> answer = send(refusal.client(), refusal.call().header("Accept-Language", "en"));
			String what = refusal.status() + " " + answer.body();
			assertThat(answer.statusCode()).as(what).isEqualTo(refusal.status());
			assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(what)
				.startsWith("application/problem+json");
			JsonNode problem = problem(answer);
			assertThat(problem.propertyNames()).as(what).containsExactlyInAnyOrder("title", "status", "detail", "instance");
			problem.properties().forEach(member -> assertThat(member.getValue().isNull()).as(what).isFalse());
			assertThat(problem.path("status").asInt()).as(what).isEqualTo(refusal.status());
			assertThat(problem.path("instance").asString()).as(what).isEqualTo(refusal.path());
		}
	}

	/**
	 * A token authenticates the API and the actuator only: on a screen its header is ignored (the caller is sent to
	 * sign in, as one without it is; a form is not taken without its CSRF token), and no call with a token, answered
	 * or refused, stores a session; a refusal of a token's call is problem details, the actuator's too.
	 */
	@Test
	void aTokenCallsTheApiAndTheActuatorOnlyAndNeverGetsASession() throws Exception {
		String administrator = "Bearer " + TestTokens.issue(clients, organisations, Role.SYSTEM_ADMINISTRATOR);
		String focalPoint = "Bearer " + TestTokens.issue(clients, organisations, Role.FOCAL_POINT);
		long organisationsBefore = jdbc.sql("select count(*) from organisation").query(Long.class).single();
		long before = sessions();

		HttpResponse<String> page = send(anonymous,
				request("/admin/organisations").header("Authorization", administrator).header("Accept", "text/html").GET());
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/login");

		HttpResponse<String> form = send(anonymous, request("/admin/organisations").header("Authorization", administrator)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("name=Bearer+ile+kurum&type=NGO&provinceCode=34")));
		assertThat(form.statusCode()).as(form.body()).isIn(302, 401, 403);
		assertThat(jdbc.sql("select count(*) from organisation").query(Long.class).single()).isEqualTo(organisationsBefore);

		HttpResponse<String> metrics = send(anonymous,
				request("/actuator/prometheus").header("Authorization", administrator).GET());
		assertThat(metrics.statusCode()).isEqualTo(200);
		HttpResponse<String> refusedMetrics = send(anonymous, request("/actuator/prometheus")
			.header("Authorization", focalPoint).header("Accept-Language", "en").GET());
		assertThat(refusedMetrics.statusCode()).isEqualTo(403);
		assertThat(refusedMetrics.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(problem(refusedMetrics).path("instance").asString()).isEqualTo("/actuator/prometheus");
		HttpResponse<String> wrongToken = send(anonymous,
				request("/actuator/prometheus").header("Authorization", "Bearer onrm_not-a-token").GET());
		assertThat(wrongToken.statusCode()).isEqualTo(401);
		assertThat(wrongToken.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

		for (HttpResponse<String> answer : List.of(page, form, metrics, refusedMetrics, wrongToken)) {
			assertThat(answer.headers().allValues("Set-Cookie"))
				.as(answer.request().method() + " " + answer.request().uri() + " " + answer.statusCode()).isEmpty();
		}
		assertThat(sessions()).isEqualTo(before);
	}

	/** A body that is not JSON, sent to an address that takes JSON, is a 415 in problem details on the real server too. */
	@Test
	void aBodyNotInJsonIsUnsupported() throws Exception {
		String token = "Bearer " + TestTokens.issue(clients, organisations, Role.FOCAL_POINT);
		for (String type : List.of("text/plain", "text/plain; charset=UTF-8")) {
			HttpResponse<String> answer = send(anonymous, request(CANDIDATES).header("Authorization", token)
				.header("Content-Type", type).header("Accept-Language", "en").POST(HttpRequest.BodyPublishers.ofString(QUERY)));
			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(415);
			assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
			assertThat(problem(answer).path("detail").asString()).startsWith("Send the request body as JSON");
		}
	}

	/** A signed-in browser that also sends a token to a screen is its session: the form still needs its CSRF token. */
	@Test
	void aTokenDoesNotStandInForAFormsCsrfToken() throws Exception {
		String administrator = "Bearer " + TestTokens.issue(clients, organisations, Role.SYSTEM_ADMINISTRATOR);
		HttpClient browser = signedIn("admin");
		long organisationsBefore = jdbc.sql("select count(*) from organisation").query(Long.class).single();
		HttpResponse<String> form = send(browser, request("/admin/organisations").header("Authorization", administrator)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("name=Bearer+ile+kurum&type=NGO&provinceCode=34")));
		assertThat(form.statusCode()).isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from organisation").query(Long.class).single()).isEqualTo(organisationsBefore);
	}

	/** A browser signed in through the real sign-in form, keeping its session cookie. */
	private HttpClient signedIn(String username) throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String login = send(browser, request("/login").GET()).body();
		Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
		assertThat(token.find()).as("the sign-in form's CSRF token").isTrue();
		String form = "username=" + username + "&password=" + URLEncoder.encode(SignIn.DEMO_PASSWORD, StandardCharsets.UTF_8)
				+ "&_csrf=" + token.group(1);
		HttpResponse<String> signIn = send(browser, request("/login")
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
		assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
		return browser;
	}

	/**
	 * Two {@code Authorization} headers are refused, whichever is valid: a proxy checking one of them and the server
	 * taking the other would disagree on who calls (a security tester's finding).
	 */
	@Test
	void aCallWithTwoAuthorizationHeadersIsRefused() throws Exception {
		String gaziantep = "Bearer " + TestTokens.issue(clients, organisations, Role.FOCAL_POINT);
		String other = "Bearer " + TestTokens.issue(clients, organisations, Role.FOCAL_POINT);
		for (List<String> headers : List.of(List.of(gaziantep, other), List.of(gaziantep, "Bearer onrm_not-a-token"),
				List.of(gaziantep, gaziantep))) {
			HttpRequest.Builder call = post(CANDIDATES, QUERY);
			headers.forEach(header -> call.header("Authorization", header));
			HttpResponse<String> answer = send(anonymous, call);
			assertThat(answer.statusCode()).as(headers.toString()).isEqualTo(401);
			assertThat(answer.headers().firstValue("WWW-Authenticate").orElse("")).contains("invalid_token");
		}
		assertThat(send(anonymous, post(CANDIDATES, QUERY).header("Authorization", gaziantep)).statusCode())
			.isEqualTo(200);
	}

	/** The CSRF token a page gives its scripts. */
	private String csrfTokenOfAPage(HttpClient browser) throws Exception {
		Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"")
			.matcher(send(browser, request("/").header("Accept", "text/html").GET()).body());
		assertThat(token.find()).as("the page's CSRF token").isTrue();
		return token.group(1);
	}

	private long sessions() {
		return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
	}

	private static JsonNode problem(HttpResponse<String> answer) {
		return JSON.readTree(answer.body());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}

	private HttpRequest.Builder post(String path, String json) {
		return request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
	}

	private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder call) throws Exception {
		return client.send(call.build(), HttpResponse.BodyHandlers.ofString());
	}

}
