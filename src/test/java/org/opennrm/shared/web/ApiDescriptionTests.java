package org.opennrm.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import org.opennrm.TestTokens;
import org.opennrm.identity.ApiClientManagement;
import org.opennrm.identity.Role;
import org.opennrm.organisation.OrganisationManagement;
import org.opennrm.shared.TemporarilyUnavailable;

/**
 * The API's description says what the server does, checked against the running server's answers: a client generated
 * from it calls this OpenNRM wherever it is reached.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiDescriptionTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	ApiClientManagement clients;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	MessageSource messages;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	/**
	 * The server is this OpenNRM, {@code /}, whatever host the description was read through: springdoc's default named
	 * the host of each request ("Generated server url"), so that a client generated from one read as localhost called
	 * localhost.
	 */
	@Test
	void theServerIsThisOpenNrmWhateverHostTheDescriptionIsReadThrough() throws Exception {
		String token = TestTokens.issue(clients, organisations, Role.ANALYST);
		JsonNode asLocalhost = description("localhost", token);
		JsonNode asAddress = description("127.0.0.1", token);
		assertThat(asLocalhost.path("servers")).isEqualTo(asAddress.path("servers"));
		assertThat(asLocalhost.path("servers")).hasSize(1);
		JsonNode server = asLocalhost.path("servers").get(0);
		assertThat(server.path("url").asString()).isEqualTo("/");
		assertThat(server.path("description").asString()).startsWith("This OpenNRM");
	}

	/**
	 * Every operation declares its 401's {@code WWW-Authenticate}, and the server sends it on each: {@code Bearer} to a
	 * call without a token, RFC 6750's {@code invalid_token} to one whose token is refused.
	 */
	@Test
	void everyOperationsRefusalAsNotSignedInCarriesTheDeclaredChallenge() throws Exception {
		JsonNode api = description("localhost", TestTokens.issue(clients, organisations, Role.ANALYST));
		int operations = 0;
		for (var path : api.path("paths").properties()) {
			for (var operation : path.getValue().properties()) {
				operations++;
				String what = operation.getKey() + " " + path.getKey();
				JsonNode refusal = operation.getValue().at("/responses/401");
				assertThat(refusal.at("/headers/WWW-Authenticate/schema/type").asString()).as(what).isEqualTo("string");
				assertThat(refusal.at("/headers/WWW-Authenticate/description").asString()).as(what)
					.contains("`Bearer`").contains(INVALID_TOKEN);
				// a path's variables as any value: the call is refused before they are read
				URI address = URI.create("http://localhost:" + port
						+ path.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString()));
				for (String token : new String[] { null, "onrm_not-a-token" }) {
					HttpRequest.Builder call = HttpRequest.newBuilder(address).method(operation.getKey().toUpperCase(),
							HttpRequest.BodyPublishers.noBody());
					if (token != null) {
						call.header("Authorization", "Bearer " + token);
					}
					HttpResponse<String> answer = http.send(call.build(), HttpResponse.BodyHandlers.ofString());
					assertThat(answer.statusCode()).as(what).isEqualTo(401);
					assertThat(answer.headers().allValues("WWW-Authenticate")).as(what)
						.containsExactly(token == null ? "Bearer" : INVALID_TOKEN);
				}
			}
		}
		assertThat(operations).isGreaterThan(10);
	}

	private static final String INVALID_TOKEN = "Bearer error=\"invalid_token\", "
			+ "error_description=\"The access token is unknown, expired or revoked\"";

	/**
	 * Every operation declares the 503 of a service that cannot answer just now, with its {@code Retry-After} in whole
	 * seconds; the server's answer for each reason it has carries such a header, in problem details.
	 */
	@Test
	void everyOperationDeclaresThe503AndItsRetryAfterAsTheServerSendsIt() throws Exception {
		JsonNode api = description("localhost", TestTokens.issue(clients, organisations, Role.ANALYST));
		for (var path : api.path("paths").properties()) {
			for (var operation : path.getValue().properties()) {
				String what = operation.getKey() + " " + path.getKey();
				JsonNode unavailable = operation.getValue().at("/responses/503");
				assertThat(names(unavailable.path("content"))).as(what).containsExactly("application/problem+json");
				assertThat(unavailable.at("/headers/Retry-After/schema/type").asString()).as(what).isEqualTo("integer");
				assertThat(unavailable.at("/headers/Retry-After/schema/minimum").asInt()).as(what).isEqualTo(1);
			}
		}
		var filter = new TemporarilyUnavailableFilter(null, new AcceptHeaderLocaleResolver(), messages, json, null);
		for (TemporarilyUnavailable.Why why : TemporarilyUnavailable.Why.values()) {
			var answer = new MockHttpServletResponse();
			filter.doFilter(new MockHttpServletRequest("GET", "/api/v1/organisations"), answer, (request, response) -> {
				throw new Unavailable(why);
			});
			assertThat(answer.getStatus()).as(why.name()).isEqualTo(503);
			assertThat(answer.getContentType()).as(why.name()).startsWith("application/problem+json");
			assertThat(answer.getHeader("Retry-After")).as(why.name()).matches("[1-9][0-9]*");
		}
	}

	/** What a request that cannot be served just now throws, for each reason. */
	private static final class Unavailable extends RuntimeException implements TemporarilyUnavailable {

		private static final long serialVersionUID = 1L;

		private final transient Why why;

		Unavailable(Why why) {
			this.why = why;
		}

		@Override
		public Why reason() {
			return why;
		}

	}

	/**
	 * The candidate search declares its 406, with no body, and gives it so to a call that accepts no JSON, before it
	 * searches (nothing audited, nothing taken from the caller's allowance).
	 */
	@Test
	void theCandidateSearchAnswersACallThatAcceptsNoJson406WithNothingSearched() throws Exception {
		String token = TestTokens.issue(clients, organisations, Role.NRM_COORDINATOR);
		JsonNode declared = description("localhost", token).at("/paths/~1api~1v1~1matching~1candidates/post/responses/406");
		assertThat(declared.path("description").asString()).contains("no body");
		assertThat(declared.has("content")).isFalse();
		long searches = searches();
		for (String accept : new String[] { "application/xml", "text/html" }) {
			HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
					+ "/api/v1/matching/candidates")).header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json").header("Accept", accept)
				.POST(HttpRequest.BodyPublishers.ofString("{\"givenNames\":\"Fatma\",\"purpose\":\"406\"}")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).as(accept).isEqualTo(406);
			assertThat(answer.body()).as(accept).isEmpty();
		}
		assertThat(searches()).isEqualTo(searches);
	}

	private long searches() {
		return jdbc.sql("select count(*) from audit_entry where action = 'MATCH_SEARCH'").query(Long.class).single();
	}

	private static List<String> names(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

	private JsonNode description(String host, String token) throws Exception {
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://" + host + ":" + port
				+ "/api/v1/openapi")).header("Authorization", "Bearer " + token).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		return JSON.readTree(answer.body());
	}

}
