package org.opennrm;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs a demo account in through the real login form and lets later requests use its session. */
public final class SignIn {

	public static final String DEMO_PASSWORD = "demo-parola-2026";

	private SignIn() {
	}

	/** The session of a freshly signed-in demo account, to add to requests with {@code .with(as(...))}. */
	public static RequestPostProcessor as(MockMvc mvc, String username) throws Exception {
		return as(mvc, username, DEMO_PASSWORD);
	}

	public static RequestPostProcessor as(MockMvc mvc, String username, String password) throws Exception {
		MvcResult result = mvc.perform(formLogin().user(username).password(password)).andReturn();
		if (result.getResponse().getStatus() != 302 || result.getResponse().getRedirectedUrl().contains("error")) {
			throw new IllegalStateException("sign-in of " + username + " failed: " + result.getResponse().getRedirectedUrl());
		}
		MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
		Cookie[] cookies = result.getResponse().getCookies();
		return request -> {
			if (session != null) {
				request.setSession(session);
			}
			if (cookies.length > 0) {
				request.setCookies(cookies);
			}
			return request;
		};
	}

}
