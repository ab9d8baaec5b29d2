package org.opennrm.shared.web;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Every page links the style sheet and the script by addresses that carry a hash of their content
 * ({@code /css/opennrm-<hash>.css}, cached for a week and asked for anew when they change), error pages too. Spring
 * Boot's filter that writes them so wraps a request and its error page, not a page forwarded to: the 403 page Spring
 * Security forwards to linked the bare {@code /css/opennrm.css}, which a browser may keep from an older version for a
 * week (Spring Security's own wrapper, before it, writes addresses as they are). This one, in its place (Spring Boot's
 * stands aside), wraps forwards too. The 503 page, written before both, wraps itself
 * ({@link TemporarilyUnavailableFilter}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class VersionedResourceUrls {

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD);
		return registration;
	}

}
