package org.opennrm.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import org.opennrm.SignIn;

/**
 * Sign-ins sent at the same moment, on the real server: each takes its attempt before its password is checked, so
 * that a crowd of them gets no more guesses than one after another would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ConcurrentSignInTests {

	private static final String AUDITED = """
			select action, count(*) from audit_entry where seq > :since and action like 'LOGIN%' group by action""";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private long since;

	@BeforeEach
	void startClean() {
		forget();
		since = jdbc.sql("select coalesce(max(seq), 0) from audit_entry").query(Long.class).single();
	}

	@AfterEach
	void forget() {
		jdbc.sql("delete from login_address_failure").update();
		jdbc.sql("update app_user set failed_logins = 0, locked_until = null").update();
	}

	@Test
	void twentyWrongPasswordsAtOnceOnOneAccountGetFiveChecksAndTheRestFindItLocked() throws Exception {
		List<String> outcomes = atOnce(20, i -> signInAttempt("onleme", "wrong-" + i));

		// every one gets the same answer; the audit trail tells the five checked from the fifteen refused as locked
		assertThat(outcomes).allSatisfy(o -> assertThat(o).endsWith("error=credentials"));
		Map<String, Long> audited = audited();
		assertThat(audited.getOrDefault("LOGIN_FAILED", 0L) + audited.getOrDefault("LOGIN_FAILED_ACCOUNT_LOCKED", 0L))
			.as("passwords checked").isEqualTo(5);
		assertThat(audited.get("LOGIN_FAILED_ACCOUNT_LOCKED")).isEqualTo(1);
		assertThat(audited.get("LOGIN_REFUSED_ACCOUNT_LOCKED")).isEqualTo(15);
		assertThat(jdbc.sql("select locked_until > now() from app_user where username = 'onleme'").query(Boolean.class).single())
			.isTrue();
		// the right password, now, is not looked at either
		assertThat(signIn("onleme", SignIn.DEMO_PASSWORD)).endsWith("error=credentials");
		assertThat(audited().get("LOGIN_REFUSED_ACCOUNT_LOCKED")).isEqualTo(16);
	}

	@Test
	void fortyWrongPasswordsAtOnceFromOneAddressGetThirtyChecksAndTheRestAreRefused() throws Exception {
		// unknown user names, so that no account lock stops them first
		List<String> outcomes = atOnce(40, i -> signInAttempt("nobody.at.all." + i, "Ankara2026!"));

		assertThat(outcomes).filteredOn(o -> o.endsWith("error=credentials")).hasSize(30);
		assertThat(outcomes).filteredOn(o -> o.endsWith("error=address")).hasSize(10);
		Map<String, Long> audited = audited();
		assertThat(audited.get("LOGIN_FAILED")).as("passwords checked").isEqualTo(30);
		assertThat(audited.get("LOGIN_REFUSED_ADDRESS_THROTTLED")).isEqualTo(10);
	}

	@Test
	void signInsThatSucceedUseUpNeitherTheAddressNorTheAccount() throws Exception {
		String[] accounts = { "analist", "denetci", "onleme", "iom", "koordinator" };
		for (int round = 0; round < 2; round++) {
			// fifty sign-ins from one address, more than its thirty; five at once on each account, as many as it allows
			List<String> outcomes = atOnce(25, i -> signInAttempt(accounts[i % accounts.length], SignIn.DEMO_PASSWORD));
			assertThat(outcomes).allSatisfy(location -> assertThat(location).doesNotContain("error"));
		}
		// an attempt is given back once its answer is on its way: the last may come a moment after the last answer
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
				jdbc.sql("select coalesce(sum(failures), 0) from login_address_failure").query(Long.class).single()).isZero());
		assertThat(jdbc.sql("select sum(failed_logins) from app_user").query(Long.class).single()).isZero();
	}

	@Test
	void aSixthSignInWhileFiveAreBeingCheckedIsRefusedAsLockedAndAnAttemptNotCheckedIsGivenBack() {
		java.util.UUID id = jdbc.sql("select id from app_user where username = 'analist'").query(java.util.UUID.class).single();
		assertThat(jdbc.sql("update app_user set failed_logins = 5 where id = :id").param("id", id).update()).isOne();
		assertThat(signIn("analist", SignIn.DEMO_PASSWORD)).endsWith("error=credentials");
		assertThat(audited().get("LOGIN_REFUSED_ACCOUNT_LOCKED")).isEqualTo(1);
		jdbc.sql("update app_user set failed_logins = 4 where id = :id").param("id", id).update();
		assertThat(signIn("analist", SignIn.DEMO_PASSWORD)).doesNotContain("error");
	}

	/** Runs {@code count} sign-ins, each in its own session, sent together once every one has its form. */
	private static List<String> atOnce(int count, Function<Integer, Attempt> attempts) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(count);
		try {
			CountDownLatch ready = new CountDownLatch(count);
			List<CompletableFuture<String>> results = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				Attempt attempt = attempts.apply(i);
				results.add(CompletableFuture.supplyAsync(() -> attempt.send(ready), threads));
			}
			List<String> outcomes = new ArrayList<>();
			for (var result : results) {
				outcomes.add(result.get(60, TimeUnit.SECONDS));
			}
			return outcomes;
		}
		finally {
			threads.shutdownNow();
		}
	}

	private String signIn(String username, String password) {
		return signInAttempt(username, password).send(new CountDownLatch(0));
	}

	private Attempt signInAttempt(String username, String password) {
		return new Attempt(port, username, password);
	}

	private Map<String, Long> audited() {
		return jdbc.sql(AUDITED).param("since", since)
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** One sign-in: fetches the form, waits for the others, posts it; answers where it was sent next. */
	private record Attempt(int port, String username, String password) {

		String send(CountDownLatch ready) {
			try {
				HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
				String form = client.send(request("/login").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
				Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form);
				if (!token.find()) {
					throw new IllegalStateException("no CSRF token in the sign-in form");
				}
				ready.countDown();
				ready.await(30, TimeUnit.SECONDS);
				String body = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + token.group(1);
				return client.send(request("/login").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
						HttpResponse.BodyHandlers.discarding()).headers().firstValue("Location").orElse("");
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}

		private HttpRequest.Builder request(String path) {
			return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "text/html");
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
