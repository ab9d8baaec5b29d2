package org.opennrm.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * An address whose path Spring cannot read, though Tomcat could (a path parameter whose percent signs encode nothing,
 * {@code /login;jsessionid=%zz}), is answered 400 as any invalid request, in the caller's language, before anything
 * reads it: Spring Security's first filter failed on it, which Tomcat answered 500 and logged at ERROR with a trace that
 * quoted the address.
 */
final class UnreadablePaths extends OncePerRequestFilter {

	/** Before the session and Spring Security, whose filters read the path. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication
	static class Registration {

		@Bean
		FilterRegistrationBean<UnreadablePaths> unreadablePaths() {
			FilterRegistrationBean<UnreadablePaths> registration = new FilterRegistrationBean<>(new UnreadablePaths());
			registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 3);
			return registration;
		}

	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			ServletRequestPathUtils.parseAndCache(request);
		}
		catch (IllegalArgumentException unreadable) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		finally {
			ServletRequestPathUtils.clearParsedRequestPath(request); // parsed again, and kept, by whoever needs it
		}
		chain.doFilter(request, response);
	}

}
