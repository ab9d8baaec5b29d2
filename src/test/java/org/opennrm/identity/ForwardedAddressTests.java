package org.opennrm.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.catalina.util.NetMaskSet;
import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Behind a reverse proxy ({@code server.forward-headers-strategy=native}), the client address a sign-in is counted and
 * audited under comes from {@code X-Forwarded-For} only when the connection comes from an address
 * {@code server.tomcat.remoteip.internal-proxies} names: by default this machine's 127.0.0.1 and ::1, not every private
 * address as Tomcat's own default, which lets any computer of an intranet choose its address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "server.forward-headers-strategy=native")
@ActiveProfiles("test")
class ForwardedAddressTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WebServerApplicationContext context;

	@AfterEach
	void forget() {
		jdbc.sql("delete from login_address_failure").update();
	}

	@Test
	void theDefaultTrustsThisMachineAloneNotThePrivateNetworks() throws UnknownHostException {
		// as the server has it: a list of networks
		RemoteIpValve valve = java.util.Arrays.stream(((TomcatWebServer) context.getWebServer()).getTomcat().getEngine()
			.getPipeline().getValves()).filter(RemoteIpValve.class::isInstance).map(RemoteIpValve.class::cast)
			.findFirst().orElseThrow();
		NetMaskSet trusted = NetMaskSet.parse(valve.getInternalProxies());
		assertThat(trusted.contains(address("127.0.0.1"))).isTrue();
		assertThat(trusted.contains(address("::1"))).isTrue();
		for (String intranet : new String[] { "10.20.30.40", "192.168.1.5", "172.16.0.9", "100.64.0.1", "169.254.1.1",
				"127.0.0.2", "fd00::2", "fe80::1" }) {
			assertThat(trusted.contains(address(intranet))).as(intranet).isFalse();
		}
	}

	@Test
	void theForwardedAddressIsBelievedFromTheProxyOnly() throws IOException {
		// a proxy on this machine: the address it forwards is the one counted
		assertThat(wrongPasswordFrom("127.0.0.1", "203.0.113.50")).contains("error=credentials");
		assertThat(counted()).containsExactly("203.0.113.50");
		forget();

		// another computer (here another loopback address, which Tomcat's own default trusts with every private one)
		// forges the header: its own address is counted, not the one it claims
		assertThat(wrongPasswordFrom("127.0.0.2", "203.0.113.51")).contains("error=credentials");
		assertThat(counted()).containsExactly("127.0.0.2");
	}

	private static InetAddress address(String literal) throws UnknownHostException {
		return InetAddress.getByName(literal);
	}

	private java.util.List<String> counted() {
		return jdbc.sql("select address from login_address_failure").query(String.class).list();
	}

	/** A wrong password posted over a connection from {@code local}, claiming to be forwarded for {@code claimed}. */
	private String wrongPasswordFrom(String local, String claimed) throws IOException {
		String form = exchange("127.0.0.1", "GET /login HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
				+ "Connection: close\r\n\r\n");
		Matcher session = Pattern.compile("(?im)^Set-Cookie: (SESSION=[^;]+)").matcher(form);
		Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form);
		assertThat(session.find() && token.find()).as("a session and the sign-in form's CSRF token").isTrue();
		String body = "username=nobody.at.all&password=wrong&_csrf=" + token.group(1);
		return exchange(local, "POST /login HTTP/1.1\r\nHost: localhost\r\nCookie: " + session.group(1) + "\r\n"
				+ "X-Forwarded-For: " + claimed + "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
				+ "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body);
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
