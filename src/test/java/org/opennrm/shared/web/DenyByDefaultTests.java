package org.opennrm.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.opennrm.IntegrationTest;

/** Every endpoint of OpenNRM says who may call it; the runtime guard refuses the ones that don't. */
@IntegrationTest
class DenyByDefaultTests {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	static class Forgetful {
		public String page() {
			return "page";
		}

		@org.springframework.security.access.prepost.PreAuthorize("isAuthenticated()")
		public String declared() {
			return "page";
		}
	}

	@Test
	void anEndpointWithoutARuleIsRefusedWhoeverAsks() throws Exception {
		var guard = new DenyUnannotatedHandlers();
		org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
				new org.springframework.security.authentication.TestingAuthenticationToken("someone", null, "ROLE_X"));
		var refused = new org.springframework.mock.web.MockHttpServletResponse();
		boolean proceed = guard.preHandle(new org.springframework.mock.web.MockHttpServletRequest("GET", "/x"), refused,
				new org.springframework.web.method.HandlerMethod(new Forgetful(), Forgetful.class.getMethod("page")));
		assertThat(proceed).isFalse();
		assertThat(refused.getStatus()).isEqualTo(403);
		assertThat(guard.preHandle(new org.springframework.mock.web.MockHttpServletRequest("GET", "/y"),
				new org.springframework.mock.web.MockHttpServletResponse(),
				new org.springframework.web.method.HandlerMethod(new Forgetful(), Forgetful.class.getMethod("declared"))))
			.isTrue();
		org.springframework.security.core.context.SecurityContextHolder.clearContext();
	}

	@Test
	void everyEndpointDeclaresItsAccessRule() {
		List<String> undeclared = mappings.getHandlerMethods().entrySet().stream()
			.filter(e -> DenyUnannotatedHandlers.isOurs(e.getValue()))
			.filter(e -> !DenyUnannotatedHandlers.declaresAccess(e.getValue()))
			.map(e -> e.getKey() + " → " + e.getValue())
			.toList();
		assertThat(mappings.getHandlerMethods().values().stream().filter(DenyUnannotatedHandlers::isOurs)).isNotEmpty();
		assertThat(undeclared).isEmpty();
	}

}
