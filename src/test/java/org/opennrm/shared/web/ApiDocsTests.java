package org.opennrm.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opennrm.SignIn.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.opennrm.IntegrationTest;

/**
 * Swagger UI's "Try it out" for a signed-in person: the page gets the session's CSRF token in a cookie its script
 * sends back as {@code X-CSRF-TOKEN}; and every operation documents the API's refusals.
 */
@IntegrationTest
class ApiDocsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Test
	void swaggerUiSendsTheSessionsCsrfTokenWithItsCalls() throws Exception {
		RequestPostProcessor auditor = as(mvc, "denetci");
		String initializer = mvc.perform(get("/api/v1/swagger-ui/swagger-initializer.js").with(auditor))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(initializer).contains("requestInterceptor").contains("XSRF-TOKEN").contains("X-CSRF-TOKEN");

		Cookie cookie = mvc.perform(get("/api/v1/swagger-ui/index.html").with(auditor))
			.andExpect(status().isOk()).andReturn().getResponse().getCookie("XSRF-TOKEN");
		assertThat(cookie).isNotNull();
		assertThat(cookie.getPath()).isEqualTo("/api/v1");
		assertThat(cookie.isHttpOnly()).isFalse();
		assertThat(cookie.getAttribute("SameSite")).isEqualTo("Strict");

		// what the page's script sends is taken; without it, the session's call is refused
		mvc.perform(post("/api/v1/audit/verification/checks").with(auditor).header("X-CSRF-TOKEN", cookie.getValue()))
			.andExpect(status().isAccepted());
		mvc.perform(post("/api/v1/audit/verification/checks").with(auditor)).andExpect(status().isForbidden());
	}

	@Test
	void noCsrfCookieForAnyoneNotSignedIn() throws Exception {
		var answer = mvc.perform(get("/api/v1/swagger-ui/index.html")).andReturn().getResponse();
		assertThat(answer.getCookie("XSRF-TOKEN")).isNull();
		assertThat(answer.getStatus()).isNotEqualTo(200);
	}

	@Test
	void everyOperationDocumentsTheRefusals() throws Exception {
		JsonNode api = JSON.readTree(mvc.perform(get("/api/v1/openapi").with(as(mvc, "admin"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(api.path("components").path("schemas").has("Problem")).isTrue();
		int operations = 0;
		for (JsonNode path : api.path("paths")) {
			for (JsonNode operation : path) {
				operations++;
				for (String code : new String[] { "401", "403" }) {
					assertThat(operation.path("responses").path(code).path("content").has("application/problem+json"))
						.as(operation.path("operationId").asString() + " " + code).isTrue();
				}
			}
		}
		assertThat(operations).isGreaterThan(10);
	}

}
