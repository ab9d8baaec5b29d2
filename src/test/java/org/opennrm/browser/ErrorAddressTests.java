package org.opennrm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The error page's own address, asked for directly on the real server (where the servlet container forwards errors
 * to it): no error is being shown, so it is an address with nothing there, a 404, not a 500; a real error forwarded
 * to it keeps its own status.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ErrorAddressTests {

	@LocalServerPort
	int port;

	@Test
	void theErrorAddressAskedForDirectlyIsNotFound() throws Exception {
		HttpResponse<String> page = new WebClient(port, "tr").get("/error");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Bulunamadı").doesNotContain("Bir sorun oluştu");
		HttpResponse<String> english = new WebClient(port, "en").get("/error?lang=en");
		assertThat(english.statusCode()).isEqualTo(404);
		assertThat(english.body()).contains("Not found");
		HttpResponse<String> problem = new WebClient(port, "en").get("/error", "application/json");
		assertThat(problem.statusCode()).isEqualTo(404);
		assertThat(problem.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(problem.body()).contains("\"status\":404").contains("\"title\":\"Not found\"");
	}

	/**
	 * A button's address opened as a page (typed, bookmarked, followed from a link): the page says so in a case worker's
	 * words and what to do, where it said "Method not allowed"; the API keeps the technical words, for programmers.
	 */
	@Test
	void aButtonsAddressOpenedAsAPageSaysSoInWordsForPeople() throws Exception {
		for (String language : new String[] { "tr", "en" }) {
			WebClient browser = new WebClient(port, language);
			browser.signIn("admin");
			HttpResponse<String> page = browser.get("/admin/organisations/" + java.util.UUID.randomUUID() + "/deactivate");
			assertThat(page.statusCode()).isEqualTo(405);
			assertThat(page.body()).contains(language.equals("tr")
					? "<h1>Bu adres bu şekilde açılamaz</h1>" : "<h1>This address cannot be opened so</h1>")
				.contains(language.equals("tr") ? "Geri düğmesiyle" : "Back button")
				.doesNotContain("İstek yöntemine izin verilmiyor").doesNotContain("Method not allowed");
		}
		WebClient program = new WebClient(port, "en");
		program.signIn("admin");
		HttpResponse<String> problem = program.get("/api/v1/users/" + java.util.UUID.randomUUID() + "/deactivate",
				"application/json");
		assertThat(problem.statusCode()).isEqualTo(405);
		assertThat(problem.body()).contains("\"title\":\"Method not allowed\"");
	}

	@Test
	void anErrorForwardedToItKeepsItsStatus() throws Exception {
		// a path the firewall refuses (an encoded "..") is sent to the error page by the container, as a 400
		HttpResponse<String> page = new WebClient(port, "en").get("/admin/%2e%2e/users");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("Invalid request");
	}

}
