package org.opennrm.shared.web;

import java.lang.reflect.Method;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpEntity;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every API operation that answers a body answers JSON, and its mapping says so ({@code produces}, unless it names its
 * own): a call that accepts no JSON ({@code Accept: text/csv}) is answered 406, with no body, when its operation is
 * looked up, before anything runs: no body read, nothing changed, searched or audited. Spring decided it only once the
 * operation had run and its answer was to be written, so that an organisation was created, or a token issued that no
 * one saw, each with its audit entry, and the caller told 406. An operation that answers no body (204) takes any
 * {@code Accept}. The description's answers say {@code application/json}, where they said any form ({@code *}{@code /*}).
 */
@Configuration(proxyBeanMethods = false)
class JsonOperations {

	@Bean
	WebMvcRegistrations operationsAnswerJson() {
		return new WebMvcRegistrations() {

			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new Mappings();
			}

		};
	}

	/** The application's mappings, each API operation's with the JSON it answers. */
	static final class Mappings extends RequestMappingHandlerMapping {

		@Override
		protected RequestMappingInfo getMappingForMethod(Method method, Class<?> handlerType) {
			RequestMappingInfo mapping = super.getMappingForMethod(method, handlerType);
			if (mapping == null || !mapping.getProducesCondition().isEmpty() || !isApi(handlerType)
					|| answersNoBody(method)) {
				return mapping;
			}
			return mapping.mutate().produces(MediaType.APPLICATION_JSON_VALUE).build();
		}

		/** The API's controllers, as {@link ApiErrorHandling} selects them: OpenNRM's, not springdoc's. */
		private static boolean isApi(Class<?> handlerType) {
			return handlerType.getName().startsWith("org.opennrm.")
					&& AnnotatedElementUtils.hasAnnotation(handlerType, RestController.class);
		}

		private static boolean answersNoBody(Method method) {
			ResolvableType answer = ResolvableType.forMethodReturnType(method);
			if (HttpEntity.class.isAssignableFrom(answer.toClass())) {
				answer = answer.as(HttpEntity.class).getGeneric(0);
			}
			return answer.toClass() == void.class || answer.toClass() == Void.class;
		}

	}

}
