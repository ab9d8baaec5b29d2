package org.opennrm.shared.web;

import java.util.Arrays;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.opennrm.shared.ReadOnlyFields;
import org.opennrm.shared.RefuseUnknownFields;

/**
 * Unknown fields of a body marked {@link RefuseUnknownFields} end the reading ({@link ApiErrorHandling} names the
 * field), but for the read-only ones it names, whose values are noted for the endpoint to compare with the resource
 * ({@link ReadOnlyFields}); those of every other body are still passed over, as Spring Boot's JSON mapper does by
 * default.
 */
@Configuration(proxyBeanMethods = false)
class UnknownFields {

	@Bean
	JsonMapperBuilderCustomizer refuseUnknownFieldsWhereMarked() {
		return builder -> builder.addHandler(new Refusal());
	}

	static final class Refusal extends DeserializationProblemHandler {

		@Override
		public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
				ValueDeserializer<?> deserializer, Object beanOrClass, String name) {
			Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
			RefuseUnknownFields refused = type.getAnnotation(RefuseUnknownFields.class);
			if (refused == null) {
				return false; // not handled here: passed over, or refused, as the mapper's settings say
			}
			if (!Arrays.asList(refused.readOnly()).contains(name)) {
				throw UnrecognizedPropertyException.from(parser, beanOrClass, name, deserializer.getKnownPropertyNames());
			}
			// read, for the change's endpoint to compare with the resource as it is
			ReadOnlyFields.sent(type, name, context.readTree(parser));
			return true;
		}

	}

}
