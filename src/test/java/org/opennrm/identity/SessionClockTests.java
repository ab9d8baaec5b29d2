package org.opennrm.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.opennrm.IntegrationTest;
import org.opennrm.SignIn;

/**
 * What a page's script asks of its session: what is left of it, without extending it ({@code /session/remaining}),
 * and to stay signed in ({@code /session}); and signing out clears what the pages kept in the browser.
 */
@IntegrationTest
class SessionClockTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void askingWhatIsLeftExtendsNothingAndStayingSignedInDoes() throws Exception {
		endSessionsOf("onleme");
		RequestPostProcessor onleme = SignIn.as(mvc, "onleme");
		mvc.perform(get("/").with(onleme)).andExpect(status().isOk());
		// ten minutes without a request
		jdbc.sql("update spring_session set last_access_time = last_access_time - 600000 where principal_name = 'onleme'")
			.update();
		long idleSince = lastAccessOf("onleme");

		mvc.perform(get("/session/remaining").with(onleme).accept("application/json"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", Matchers.containsString("no-store")))
			.andExpect(jsonPath("$.signedIn").value(true))
			.andExpect(jsonPath("$.idleSeconds").value(Matchers.both(Matchers.greaterThan(1180)).and(Matchers.lessThanOrEqualTo(1200))))
			.andExpect(jsonPath("$.lifetimeSeconds").value(Matchers.greaterThan(12 * 3600 - 60)));
		assertThat(lastAccessOf("onleme")).as("asking extended nothing").isEqualTo(idleSince);

		mvc.perform(get("/session").with(onleme).accept("application/json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.idleSeconds").value(1800))
			.andExpect(jsonPath("$.csrfToken").value(Matchers.not(Matchers.emptyOrNullString())))
			.andExpect(jsonPath("$.draftKey").value(Matchers.not(Matchers.emptyOrNullString())));
		assertThat(lastAccessOf("onleme")).as("staying signed in extended the session").isGreaterThan(idleSince + 590000);
	}

	@Test
	void aSessionThatHasEndedIsToldSoWithoutTheSignInPage() throws Exception {
		mvc.perform(get("/session/remaining").accept("application/json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.signedIn").value(false));
		mvc.perform(get("/session").accept("application/json"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().doesNotExist("Location"));

		endSessionsOf("jandarma.gaziantep");
		RequestPostProcessor idle = SignIn.as(mvc, "jandarma.gaziantep");
		jdbc.sql("update spring_session set last_access_time = last_access_time - 31 * 60000 where principal_name = 'jandarma.gaziantep'")
			.update();
		mvc.perform(get("/session/remaining").with(idle).accept("application/json"))
			.andExpect(jsonPath("$.signedIn").value(false));
		mvc.perform(get("/session").with(idle).accept("application/json"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().doesNotExist("Location"));

		RequestPostProcessor old = SignIn.as(mvc, "jandarma.gaziantep");
		jdbc.sql("update spring_session set creation_time = creation_time - 12 * 3600000 where principal_name = 'jandarma.gaziantep'")
			.update();
		mvc.perform(get("/session/remaining").with(old).accept("application/json"))
			.andExpect(jsonPath("$.signedIn").value(false));
		mvc.perform(get("/session").with(old).accept("application/json"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().doesNotExist("Location"));
	}

	/**
	 * Answered before Spring Security's filters, what is left of a session has the headers of every other answer all the
	 * same (nosniff, no caching, the content security policy, …), from the same configuration: those of the health check's
	 * JSON answer, signed in or not. (It had none but a Cache-Control of its own.)
	 */
	@Test
	void whatIsLeftIsAnsweredWithTheSecurityHeadersOfEveryOtherAnswer() throws Exception {
		RequestPostProcessor signedIn = SignIn.as(mvc, "onleme");
		for (RequestPostProcessor session : List.of(signedIn, request -> request)) {
			MockHttpServletResponse peek = mvc.perform(get("/session/remaining").with(session).secure(true)
				.accept("application/json")).andReturn().getResponse();
			assertHeadersOfEveryOtherAnswer(peek, session, "what is left of a session");
			assertThat(peek.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(peek.getHeader("Cache-Control")).contains("no-store");
			assertThat(peek.getContentType()).isEqualTo("application/json;charset=UTF-8");
		}
	}

	/**
	 * Staying signed in is answered with the headers of every other answer, no caching among them, from the one place
	 * that sets them for all (Spring Security's headers, SecurityConfiguration): its own Cache-Control (no-store) left
	 * out the others' Pragma and Expires.
	 */
	@Test
	void stayingSignedInIsAnsweredWithTheSecurityHeadersOfEveryOtherAnswer() throws Exception {
		RequestPostProcessor signedIn = SignIn.as(mvc, "onleme");
		MockHttpServletResponse stay = mvc.perform(get("/session").with(signedIn).secure(true)
			.accept("application/json")).andExpect(status().isOk()).andReturn().getResponse();
		assertHeadersOfEveryOtherAnswer(stay, signedIn, "staying signed in");
		assertThat(stay.getHeaders("Cache-Control")).containsExactly("no-cache, no-store, max-age=0, must-revalidate");
		assertThat(stay.getHeader("Pragma")).isEqualTo("no-cache");
	}

	/** The answer has the security headers of the health check's JSON answer in the same session, and all of them. */
	private void assertHeadersOfEveryOtherAnswer(MockHttpServletResponse answer, RequestPostProcessor session,
			String what) throws Exception {
		MockHttpServletResponse other = mvc.perform(get("/actuator/health").with(session).secure(true)
			.accept("application/json")).andReturn().getResponse();
		assertThat(securityHeaders(answer)).as(what)
			.containsKeys("X-Content-Type-Options", "Cache-Control", "Pragma", "Expires", "X-Frame-Options",
					"Content-Security-Policy", "Referrer-Policy", "Permissions-Policy", "Strict-Transport-Security")
			.isEqualTo(securityHeaders(other));
	}

	/** The headers of an answer but for those that describe its own body or session. */
	private static Map<String, List<String>> securityHeaders(MockHttpServletResponse response) {
		Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		for (String name : response.getHeaderNames()) {
			if (!List.of("Content-Type", "Content-Length", "Set-Cookie", "Vary", "WWW-Authenticate").stream()
				.anyMatch(name::equalsIgnoreCase)) {
				headers.put(name, response.getHeaders(name));
			}
		}
		return headers;
	}

	@Test
	void theKeyOfAFormsValuesIsTheAccountsInEachOfItsSessionsAndNoOnesElse() throws Exception {
		String first = draftKey(SignIn.as(mvc, "savcilik"));
		String second = draftKey(SignIn.as(mvc, "savcilik"));
		String another = draftKey(SignIn.as(mvc, "koordinator"));
		assertThat(first).isEqualTo(second).isNotEqualTo(another);
	}

	@Test
	void signingOutClearsTheCookiesAndWhatThePagesKeptInTheBrowser() throws Exception {
		RequestPostProcessor someone = SignIn.as(mvc, "iom");
		mvc.perform(post("/logout").with(someone).with(csrf()).secure(true))
			.andExpect(header().string("Clear-Site-Data", "\"cookies\", \"storage\""));
	}

	private String draftKey(RequestPostProcessor session) throws Exception {
		String body = mvc.perform(get("/session").with(session).accept("application/json")).andReturn().getResponse()
			.getContentAsString();
		return body.replaceAll(".*\"draftKey\":\"([^\"]+)\".*", "$1");
	}

	private long lastAccessOf(String username) {
		return jdbc.sql("select last_access_time from spring_session where principal_name = :u").param("u", username)
			.query(Long.class).single();
	}

	private void endSessionsOf(String username) {
		jdbc.sql("delete from spring_session where principal_name = :u").param("u", username).update();
	}

}
