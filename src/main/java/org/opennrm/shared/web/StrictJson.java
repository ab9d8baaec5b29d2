package org.opennrm.shared.web;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON read as it is written, for every API body: a field given twice is refused ({@code {"givenNames": "Ali",
 * "givenNames": "Veli"}} kept the last value without a word, so a client that merged two bodies searched for another
 * person than it showed), and so is a value of another JSON type than its field's, which Jackson would convert without
 * a word: {@code true}, {@code false} or a number for a text (read as the text "true" or "12345"); text for a number
 * or for true or false ({@code "1990"}, {@code "true"}, {@code ""}); a number for true or false ({@code "active": 1},
 * read as true, and 0 as false); a number for a value of a list ({@code "type": 3}, read as the list's fourth value) or
 * for a date ({@code "birthDate": 19940312}, read as the 19,940,312th day after 1970-01-01). Values of a list and dates
 * are given as text, as before (Jackson still reads a moment, {@code Instant}, from a number of seconds: no coercion
 * setting reaches its reader); a fraction for a whole number is refused by
 * {@code spring.jackson.deserialization.accept-float-as-int=false}. {@link ApiErrorHandling} names the field at fault.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

	@Bean
	JsonMapperBuilderCustomizer readJsonAsWritten() {
		return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.withCoercionConfig(LogicalType.Textual,
					text -> text.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Boolean,
					bool -> bool.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Integer,
					whole -> whole.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Float,
					number -> number.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Enum,
					value -> value.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.DateTime,
					date -> date.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
	}

}
