package org.opennrm.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.opennrm.IntegrationTest;

/**
 * For every role, what it can and cannot reach, screens and API alike: each demo account against each
 * protected address. The expectation comes from the policy table ({@link Role}); the answer from the real
 * application. A 403 where the policy grants, or anything but 403 where it does not, fails.
 */
@IntegrationTest
class RoleAccessMatrixTests {

	static final Map<String, Role> ACCOUNTS = Map.of("admin", Role.SYSTEM_ADMINISTRATOR, "koordinator",
			Role.NRM_COORDINATOR, "uzman.gaziantep", Role.FOCAL_POINT, "polis.istanbul", Role.FRONTLINE_REPORTER, "iom",
			Role.SERVICE_PROVIDER, "savcilik", Role.PROSECUTION_LIAISON, "onleme", Role.PREVENTION_OFFICER, "analist",
			Role.ANALYST, "denetci", Role.AUDITOR);

	/** @param needs the permission the address needs; null for one every signed-in person reaches */
	record Address(String label, Permission needs, MockHttpServletRequestBuilder request) {
	}

	/** No such account: where the policy grants, the answer is 404 (or 400 for a body), never 403. */
	static final String SOMEONE = "00000000-0000-4000-8000-000000000001";

	static List<Address> addresses() {
		return List.of(
				new Address("organisation admin screen", Permission.ORGANISATION_MANAGE, get("/admin/organisations")),
				new Address("user admin screen", Permission.USER_MANAGE, get("/admin/users")),
				new Address("API client admin screen", Permission.API_CLIENT_MANAGE, get("/admin/api-clients")),
				new Address("user API", Permission.USER_MANAGE, get("/api/v1/users")),
				new Address("user edit screen", Permission.USER_MANAGE, get("/admin/users/" + SOMEONE + "/edit")),
				new Address("user edit form", Permission.USER_MANAGE, post("/admin/users/" + SOMEONE).param("version", "0")),
				new Address("user change API", Permission.USER_MANAGE, put("/api/v1/users/" + SOMEONE)
					.header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content("{}")),
				new Address("sign-in locks screen", Permission.USER_MANAGE, get("/admin/sign-in-locks")),
				new Address("sign-in lock lift", Permission.USER_MANAGE,
						post("/admin/sign-in-locks/addresses/release").param("address", "192.0.2.1")),
				new Address("sign-in locks API", Permission.USER_MANAGE, get("/api/v1/sign-in-locks")),
				new Address("sign-in lock lift API", Permission.USER_MANAGE, post("/api/v1/sign-in-locks/addresses/release")
					.contentType(MediaType.APPLICATION_JSON).content("{\"address\": \"192.0.2.1\"}")),
				new Address("own account page", null, get("/account")),
				new Address("stay signed in", null, get("/session").accept(MediaType.APPLICATION_JSON)),
				new Address("own language", null, post("/account/language").param("preferredLanguage", "")),
				new Address("own password", null, post("/account/password")),
				new Address("API client API", Permission.API_CLIENT_MANAGE, get("/api/v1/api-clients")),
				new Address("organisation write API", Permission.ORGANISATION_MANAGE,
						post("/api/v1/organisations").contentType(MediaType.APPLICATION_JSON).content("{}")),
				new Address("audit screen", Permission.AUDIT_READ, get("/audit")),
				new Address("audit API", Permission.AUDIT_READ, get("/api/v1/audit/entries")),
				new Address("matching candidates (victim data)", Permission.MATCH_QUERY,
						post("/api/v1/matching/candidates").contentType(MediaType.APPLICATION_JSON)
							.content("{\"givenNames\":\"Fatma\",\"familyNames\":\"Hüseyni\"}")),
				new Address("metrics", Permission.METRICS_READ, get("/actuator/prometheus")));
	}

	@Autowired
	MockMvc mvc;

	@Test
	void everyRoleReachesExactlyWhatThePolicyGrants() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (var account : ACCOUNTS.entrySet()) {
			Cookie session = signIn(account.getKey());
			for (Address address : addresses()) {
				int status = mvc.perform(address.request().cookie(session).with(csrf())).andReturn().getResponse().getStatus();
				boolean granted = address.needs() == null || account.getValue().can(address.needs());
				if (granted ? status == 403 || status == 401 || status >= 500 : status != 403) {
					wrong.add(account.getKey() + " → " + address.label() + ": " + status + (granted ? " (granted)" : " (not granted)"));
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void everyRoleHasItsHomePage() throws Exception {
		for (String account : ACCOUNTS.keySet()) {
			assertThat(mvc.perform(get("/").cookie(signIn(account))).andReturn().getResponse().getStatus())
				.as(account).isEqualTo(200);
		}
	}

	@Test
	void nobodyReachesAnythingWithoutSigningIn() throws Exception {
		for (Address address : addresses()) {
			int status = mvc.perform(address.request().with(csrf())).andReturn().getResponse().getStatus();
			assertThat(status).as(address.label()).isIn(302, 401);
		}
	}

	private Cookie signIn(String user) throws Exception {
		Cookie cookie = mvc.perform(formLogin().user(user).password("demo-parola-2026")).andReturn().getResponse()
			.getCookie("SESSION");
		assertThat(cookie).as(user).isNotNull();
		return cookie;
	}

}
