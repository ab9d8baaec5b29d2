package org.opennrm.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A request Tomcat cannot parse, sent as raw bytes (the JDK's HTTP client would encode what curl sends as typed): the
 * answer is the application's, problem details for the API and the actuator, a page otherwise, in the caller's language,
 * with nothing of the request in it, where Tomcat answered its own English page to everyone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class UnparsedRequestAnswerTests {

	@LocalServerPort
	int port;

	@Test
	void anApiCallWithALetterBeyondAsciiInItsAddressIsAProblemInTheCallersLanguage(CapturedOutput output)
			throws IOException {
		String turkish = send("GET /api/v1/organisations?text=Kadın HTTP/1.1\r\nHost: localhost\r\n"
				+ "Accept-Language: tr\r\nConnection: close\r\n\r\n");
		assertThat(turkish).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/problem+json")
			.contains("\"title\":\"Geçersiz istek\"").contains("Adres okunamadı").doesNotContain("Kad")
			.doesNotContain("Tomcat").doesNotContain("<html");
		String english = send("GET /api/v1/organisations?text=Kadın HTTP/1.1\r\nHost: localhost\r\n"
				+ "Accept-Language: en-GB,en;q=0.8\r\nConnection: close\r\n\r\n");
		assertThat(english).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Language: en")
			.contains("\"title\":\"Invalid request\"").contains("\"status\":400").doesNotContain("Kad");
		assertThat(output.getAll()).doesNotContain("Kad").doesNotContain("text=");
	}

	@Test
	void aScreensAddressWithASpaceIsTheErrorPageInTheCallersLanguage() throws IOException {
		String page = send("GET /admin/organisations?text=Ayşe Yılmaz HTTP/1.1\r\nHost: localhost\r\n"
				+ "Accept: text/html\r\nAccept-Language: en\r\nConnection: close\r\n\r\n");
		assertThat(page).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: text/html")
			.contains("<html lang=\"en\"").contains("<h1>Invalid request</h1>").contains("The address could not be read")
			.contains("href=\"/css/opennrm-").doesNotContain("Ayşe").doesNotContain("Yılmaz").doesNotContain("HTTP Status");
		String turkish = send("GET /admin/organisations?text=Ayşe Yılmaz HTTP/1.1\r\nHost: localhost\r\n"
				+ "Accept-Language: tr-TR,tr;q=0.9\r\nConnection: close\r\n\r\n");
		assertThat(turkish).contains("<html lang=\"tr\"").contains("<h1>Geçersiz istek</h1>").doesNotContain("Ayşe");
	}

	@Test
	void theActuatorAndAddressesWhosePercentSignsEncodeNothingAreAnsweredAlike() throws IOException {
		assertThat(send("GET /actuator/health?probe=a b HTTP/1.1\r\nHost: localhost\r\nAccept-Language: tr\r\n"
				+ "Connection: close\r\n\r\n")).startsWith("HTTP/1.1 400")
			.containsIgnoringCase("Content-Type: application/problem+json").contains("Geçersiz istek")
			.doesNotContain("probe");
		assertThat(send("GET /%zz HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\nConnection: close\r\n\r\n"))
			.startsWith("HTTP/1.1 400").contains("<h1>Invalid request</h1>").doesNotContain("%zz");
		assertThat(send("GET /api/v1/%zz HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\nConnection: close\r\n\r\n"))
			.startsWith("HTTP/1.1 400").contains("\"title\":\"Invalid request\"").doesNotContain("%zz");
	}

	/**
	 * A path parameter whose percent signs encode nothing passes Tomcat but not Spring's reading of the path: a 400 in
	 * the caller's language, where it was a 500 logged at ERROR with a trace quoting the address.
	 */
	@Test
	void aPathParameterThatCannotBeReadIsAnInvalidRequestNotAnUnexpectedError(CapturedOutput output) throws IOException {
		assertThat(send("GET /login;jsessionid=%zz HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
				+ "Accept-Language: en\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 400")
			.contains("Invalid request").doesNotContain("Something went wrong");
		assertThat(send("GET /api/v1/organisations;x=%zz HTTP/1.1\r\nHost: localhost\r\nAccept-Language: tr\r\n"
				+ "Connection: close\r\n\r\n")).startsWith("HTTP/1.1 400")
			.containsIgnoringCase("Content-Type: application/problem+json").contains("Geçersiz istek");
		assertThat(output.getAll()).doesNotContain("%zz").doesNotContain(" ERROR ");
	}

	/**
	 * An address longer than the server reads (a search of 1,500 ş, each %C5%9F; 10,000 letters) is told as such, where
	 * its answer said that a character could not be read: to the API in problem details (414), to a browser by sending
	 * it to the page that says so, which the application answers with its menu, in the person's language (the address
	 * was not read, nor the headers after it).
	 */
	@Test
	void anAddressTooLongForTheServerIsToldSo(CapturedOutput output) throws IOException {
		String search = "%C5%9F".repeat(1_500);
		String problem = send("GET /api/v1/organisations?text=" + search + " HTTP/1.1\r\nHost: localhost\r\n"
				+ "Accept-Language: en\r\nConnection: close\r\n\r\n");
		assertThat(problem).startsWith("HTTP/1.1 414").containsIgnoringCase("Content-Type: application/problem+json")
			.contains("\"status\":414").contains("\"title\":\"Adres çok uzun\"").doesNotContain("Adres okunamadı")
			.doesNotContain("%C5%9F");
		String page = send("GET /admin/organisations?text=" + search + " HTTP/1.1\r\nHost: localhost\r\n"
				+ "Accept: text/html\r\nConnection: close\r\n\r\n");
		assertThat(page).startsWith("HTTP/1.1 303").containsIgnoringCase("Location: /error/414\r\n")
			.doesNotContain("%C5%9F");
		assertThat(send("GET /audit?actor=" + "A".repeat(10_000) + " HTTP/1.1\r\nHost: localhost\r\n"
				+ "Connection: close\r\n\r\n")).startsWith("HTTP/1.1 303")
			.containsIgnoringCase("Location: /error/414\r\n");
		assertThat(output.getAll()).doesNotContain("%C5%9F").doesNotContain("AAAAAAAAAA");
	}

	/** Headers longer than the server reads (a cookie grown too large) are told as such, not as an address unread. */
	@Test
	void headersTooLongForTheServerAreToldSo() throws IOException {
		String page = send("GET /admin/organisations HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
				+ "Accept-Language: en\r\nCookie: crumbs=" + "a".repeat(10_000) + "\r\nConnection: close\r\n\r\n");
		assertThat(page).startsWith("HTTP/1.1 431").contains("<h1>Request too large</h1>")
			.contains("cookies").doesNotContain("The address could not be read").doesNotContain("aaaaaaaaaa");
	}

	/** Sends the request's bytes as they are (UTF-8), and reads the whole answer. */
	private String send(String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.UTF_8));
			out.flush();
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
