package org.opennrm.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.Globals;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import org.opennrm.TestTokens;
import org.opennrm.identity.ApiClientManagement;
import org.opennrm.identity.Role;
import org.opennrm.organisation.OrganisationManagement;

/**
 * Behind a reverse proxy that serves OpenNRM under a path and says so ({@code X-Forwarded-Prefix: /nrm}), the API
 * description's server is that path, once the deployment trusts the proxy's headers
 * ({@code server.forward-headers-strategy=native}, the proxy's address in {@code server.tomcat.remoteip.internal-proxies},
 * by default this machine's alone): from any other address the header is ignored, so that no client chooses the server
 * its description names. Without the setting it is ignored from anywhere ({@link ApiDescriptionTests}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "server.forward-headers-strategy=native")
@ActiveProfiles("test")
class ForwardedPrefixTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	ApiClientManagement clients;

	@Autowired
	OrganisationManagement organisations;

	@Test
	void theServerIsThePathTheTrustedProxyServesUnder() throws IOException {
		String token = TestTokens.issue(clients, organisations, Role.ANALYST);
		// the proxy, on this machine
		assertThat(server("127.0.0.1", token, "X-Forwarded-Prefix: /nrm\r\n")).isEqualTo("/nrm");
		assertThat(server("127.0.0.1", token, "X-Forwarded-Prefix: /nrm/\r\n")).isEqualTo("/nrm");
		assertThat(server("127.0.0.1", token, "X-Forwarded-Prefix: /kurum/nrm\r\n")).isEqualTo("/kurum/nrm");
		// no prefix said, or one that is no path: where the application is
		assertThat(server("127.0.0.1", token, "")).isEqualTo("/");
		assertThat(server("127.0.0.1", token, "X-Forwarded-Prefix: https://elsewhere.example\r\n")).isEqualTo("/");
		// another computer (another loopback address, which the proxies' list does not name) forges the header
		assertThat(server("127.0.0.2", token, "X-Forwarded-Prefix: /nrm\r\n")).isEqualTo("/");
		// one description for every request: the one asked for through the proxy stays its own
		assertThat(server("127.0.0.1", token, "X-Forwarded-Prefix: /nrm\r\n")).isEqualTo("/nrm");
	}

	/**
	 * A context path is the server's path, unless a trusted proxy names its own, which replaces it as Spring reads it;
	 * several proxies' prefixes are joined in order; one that is no path is ignored.
	 */
	@Test
	void aContextPathIsTheServersPathUnlessATrustedProxyNamesAnother() {
		assertThat(serverOf(request("/nrm", false))).isEqualTo("/nrm");
		assertThat(serverOf(request("/nrm", false, "/elsewhere"))).isEqualTo("/nrm");
		assertThat(serverOf(request("/app", true, "/nrm"))).isEqualTo("/nrm");
		assertThat(serverOf(request("", true, "/kurum/, /nrm", "/v1/"))).isEqualTo("/kurum/nrm/v1");
		for (String notAPath : new String[] { "/../x", "/nrm/..", "//host.example", "nrm", "/nrm?x=1", "/n rm" }) {
			assertThat(serverOf(request("/app", true, notAPath))).as(notAPath).isEqualTo("/app");
		}
		assertThat(serverOf(request("", true, "/"))).isEqualTo("/");
	}

	private static MockHttpServletRequest request(String contextPath, boolean forwardedByTrustedProxy,
			String... prefixes) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", contextPath + "/api/v1/openapi");
		request.setContextPath(contextPath);
		if (forwardedByTrustedProxy) {
			request.setAttribute(Globals.REQUEST_FORWARDED_ATTRIBUTE, Boolean.TRUE);
		}
		for (String prefix : prefixes) {
			request.addHeader("X-Forwarded-Prefix", prefix);
		}
		return request;
	}

	private static String serverOf(MockHttpServletRequest request) {
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		try {
			return new OpenApiConfiguration.ThisOpenNrm().getUrl();
		}
		finally {
			RequestContextHolder.resetRequestAttributes();
		}
	}

	/** The description's one server, asked for over a connection from {@code from} with the headers given. */
	private String server(String from, String token, String headers) throws IOException {
		String answer = exchange(from, "GET /api/v1/openapi HTTP/1.0\r\nHost: localhost\r\nAccept: application/json\r\n"
				+ "Authorization: Bearer " + token + "\r\n" + headers + "\r\n");
		assertThat(answer).startsWith("HTTP/1.1 200");
		JsonNode servers = JSON.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4)).path("servers");
		assertThat(servers).hasSize(1);
		assertThat(servers.get(0).path("description").asString()).startsWith("This OpenNRM");
		return servers.get(0).path("url").asString();
	}

	/** Sends a request over a connection made from the local address {@code from}, and reads the whole answer. */
	private String exchange(String from, String request) throws IOException {
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
			socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
