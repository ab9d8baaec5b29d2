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
import org.opennrm.identity.IssuedApiClient;
import org.opennrm.identity.Role;
import org.opennrm.organisation.OrganisationFilter;
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
		// a path a proxy says it serves OpenNRM under is not believed unless the deployment trusts the proxy's headers
		// (ForwardedPrefixTests): by default any client could choose the server its description names
		HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/api/v1/openapi")).header("Authorization", "Bearer " + token).header("X-Forwarded-Prefix", "/nrm")
			.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(JSON.readTree(forged.body()).at("/servers/0/url").asString()).isEqualTo("/");
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

	/**
	 * Every operation that answers a body declares its 406, with no body, and gives it to a call that accepts none of
	 * its answer's forms ({@code Accept: text/csv}) before it runs: whoever calls, whatever the path's ids and the body.
	 */
	@Test
	void everyOperationThatAnswersABodyRefusesACallThatAcceptsNoneOfItsFormsBeforeItRuns() throws Exception {
		String token = TestTokens.issue(clients, organisations, Role.ANALYST);
		JsonNode api = description("localhost", token);
		int refused = 0;
		for (var path : api.path("paths").properties()) {
			for (var operation : path.getValue().properties()) {
				String what = operation.getKey() + " " + path.getKey();
				JsonNode responses = operation.getValue().path("responses");
				List<String> answered = new ArrayList<>();
				responses.properties().stream().filter(r -> r.getKey().startsWith("2"))
					.forEach(r -> answered.addAll(names(r.getValue().path("content"))));
				if (answered.isEmpty()) {
					assertThat(responses.has("406")).as(what).isFalse();
					continue;
				}
				assertThat(answered).as(what).containsOnly("application/json");
				assertThat(responses.at("/406/description").asString()).as(what).contains("no body");
				assertThat(responses.at("/406").has("content")).as(what).isFalse();
				URI address = URI.create("http://localhost:" + port
						+ path.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString()));
				HttpResponse<String> answer = http.send(HttpRequest.newBuilder(address)
					.method(operation.getKey().toUpperCase(), HttpRequest.BodyPublishers.ofString("{}"))
					.header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
					.header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
				// an analyst may do none of the changes, and no id here is one: 403 or 404 once the operation ran
				assertThat(answer.statusCode()).as(what).isEqualTo(406);
				assertThat(answer.body()).as(what).isEmpty();
				refused++;
			}
		}
		assertThat(refused).isGreaterThan(10);
	}

	/**
	 * A change that cannot be answered as the call accepts is not made: no organisation created, no token issued (one
	 * that no one would ever have seen), no audit entry; the forms a client accepts JSON by are answered.
	 */
	@Test
	void aChangeThatCannotBeAnsweredAsAcceptedIsNotMade() throws Exception {
		IssuedApiClient administrator = TestTokens.issue(clients, organisations, Role.SYSTEM_ADMINISTRATOR, null);
		String token = administrator.token();
		String organisation = organisations.list(OrganisationFilter.all()).get(0).id().toString();
		String name = "Kabul " + System.nanoTime();
		for (String accept : new String[] { "text/csv", "application/xml", "text/html", "text/plain" }) {
			HttpResponse<String> created = send(token, "/api/v1/organisations", accept,
					"{\"name\": \"%s\", \"type\": \"NGO\"}".formatted(name));
			assertThat(created.statusCode()).as(accept).isEqualTo(406);
			assertThat(created.body()).as(accept).isEmpty();
			HttpResponse<String> issued = send(token, "/api/v1/api-clients", accept,
					"{\"name\": \"%s\", \"role\": \"ANALYST\", \"organisationId\": \"%s\"}".formatted(name,
							organisation));
			assertThat(issued.statusCode()).as(accept).isEqualTo(406);
		}
		assertThat(organisations.list(new OrganisationFilter(name, null, null, null))).isEmpty();
		assertThat(jdbc.sql("select count(*) from api_client where name = :name").param("name", name).query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from audit_entry where actor_id = :client")
			.param("client", administrator.client().id()).query(Long.class).single()).isZero();
		String[] accepted = { null, "*/*", "application/*", "application/json", "text/html, application/json;q=0.9" };
		for (int i = 0; i < accepted.length; i++) {
			HttpResponse<String> created = send(token, "/api/v1/organisations", accepted[i],
					"{\"name\": \"%s %d\", \"type\": \"NGO\"}".formatted(name, i));
			assertThat(created.statusCode()).as(String.valueOf(accepted[i])).isEqualTo(201);
			assertThat(created.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
		}
	}

	private HttpResponse<String> send(String token, String path, String accept, String body) throws Exception {
		HttpRequest.Builder call = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (accept != null) {
			call.header("Accept", accept);
		}
		return http.send(call.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
