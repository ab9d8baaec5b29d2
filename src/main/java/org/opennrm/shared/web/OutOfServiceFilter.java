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

import org.opennrm.shared.OutOfService;
import org.opennrm.shared.StaticFiles;

/**
 * Refuses every request to a node {@link OutOfService out of service} but for its health (which says so) and its
 * static files (which the page saying so uses), before anything reads a session; the refusal is answered 503 by
 * {@link TemporarilyUnavailableFilter}, which stands before it.
 */
final class OutOfServiceFilter extends OncePerRequestFilter {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication
	static class Registration {

		@Bean
		FilterRegistrationBean<OutOfServiceFilter> outOfServiceFilter(OutOfService state) {
			FilterRegistrationBean<OutOfServiceFilter> registration = new FilterRegistrationBean<>(
					new OutOfServiceFilter(state));
			registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
			return registration;
		}

	}

	private final OutOfService state;

	OutOfServiceFilter(OutOfService state) {
		this.state = state;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !state.declared() || path.startsWith("/actuator/") || StaticFiles.asked(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		throw new OutOfService.Refused();
	}

}
