package org.opennrm.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import org.opennrm.TestTokens;
import org.opennrm.identity.ApiClientManagement;
import org.opennrm.identity.Role;
import org.opennrm.organisation.OrganisationManagement;

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

	private JsonNode description(String host, String token) throws Exception {
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://" + host + ":" + port
				+ "/api/v1/openapi")).header("Authorization", "Bearer " + token).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		return JSON.readTree(answer.body());
	}

}
