package org.opennrm.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import org.opennrm.TestTokens;
import org.opennrm.identity.ApiClientManagement;
import org.opennrm.identity.Role;
import org.opennrm.organisation.OrganisationManagement;

/**
 * An address whose parameters cannot be read, percent-encoded bytes that are no UTF-8 ("Ay%C5e", the ş of "Ayşe" cut
 * in half), sent to the real server (Tomcat reads the parameters, not MockMvc): a 400 in the reader's language, on a
 * page and in the API, as any other request in error, instead of the 500 of an unexpected error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class UnreadableParametersTests {

	@LocalServerPort
	int port;

	@Autowired
	ApiClientManagement clients;

	@Autowired
	OrganisationManagement organisations;

	HttpClient http = HttpClient.newHttpClient();

	@Test
	void aPageIsA400InTheReadersLanguage(CapturedOutput output) throws Exception {
		HttpResponse<String> page = get("/login?who=Ay%C5e", null);
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("lang=\"tr\"").contains("Geçersiz istek");
		assertThat(output.getAll()).doesNotContain("Unexpected error");
	}

	@Test
	void anApiCallIsA400Problem(CapturedOutput output) throws Exception {
		String token = TestTokens.issue(clients, organisations, Role.AUDITOR);
		HttpResponse<String> answer = get("/api/v1/audit/entries?actor=Ay%C5e", token);
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
			.startsWith("application/problem+json"));
		assertThat(output.getAll()).doesNotContain("Unexpected error");
	}

	private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Accept-Language", "tr");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
