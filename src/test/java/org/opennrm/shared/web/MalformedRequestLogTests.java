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
 * A request the server cannot parse, sent as raw bytes to the real server: Tomcat answers it with 400 and would log
 * what it received (the request target with its query string, a cookie header) at INFO, a person's name with it. Logs
 * hold no personal data and no query strings: its notes are not logged, and its warnings still are.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class MalformedRequestLogTests {

	@LocalServerPort
	int port;

	@Test
	void aRequestTargetWithCharactersNotAllowedIsRefusedWithoutBeingLogged(CapturedOutput output) throws IOException {
		String answer = send("GET /api/v1/audit/entries?actor=Ayşe Yılmaz HTTP/1.1\r\nHost: localhost\r\n"
				+ "Connection: close\r\n\r\n");
		assertThat(answer).startsWith("HTTP/1.1 400");
		assertThat(output.getAll()).doesNotContain("actor=").doesNotContain("0xc5").doesNotContain("Yılmaz")
			.doesNotContain("/api/v1/audit/entries");
	}

	@Test
	void aCookieHeaderWithCharactersNotAllowedIsPassedOverWithoutBeingLogged(CapturedOutput output) throws IOException {
		String answer = send("GET /login HTTP/1.1\r\nHost: localhost\r\nCookie: who=Ayşe Yılmaz\r\n"
				+ "Connection: close\r\n\r\n");
		assertThat(answer).startsWith("HTTP/1.1 200");
		assertThat(output.getAll()).doesNotContain("Ayşe").doesNotContain("who=");
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
