package org.opennrm.shared.web;

import com.fasterxml.jackson.annotation.JsonFormat;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.module.SimpleModule;
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
 * are given as text: dates, times and moments in their ISO 8601 form alone ({@link DatesAsText} refuses the arrays and
 * numbers that Jackson's readers of them take whatever the coercion settings; strict, a day is no date-time cut to its
 * day); empty text is no date and no id, where it was read as none ({@code "expiresAt": ""} issued a token that never
 * expires), while empty text for a text stays as it is ({@code "sex": ""} is documented as not known). A fraction for a
 * whole number is refused by {@code spring.jackson.deserialization.accept-float-as-int=false}. {@link ApiErrorHandling}
 * names the field at fault. The mapper is Spring's one, which also reads back the events it wrote for Spring Modulith's
 * publication registry: it writes dates as ISO 8601 text, which it reads.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

	@Bean
	JsonMapperBuilderCustomizer readJsonAsWritten() {
		return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.addModule(new SimpleModule(DatesAsText.class.getSimpleName()).setDeserializerModifier(new DatesAsText()))
			// strict: no date-time cut to its day ("1990-01-30T21:00:00Z", JavaScript's local midnight of the 31st)
			.withAllConfigOverrides(overrides -> DatesAsText.TEXTUAL
				.forEach(type -> overrides.findOrCreateOverride(type).setFormat(JsonFormat.Value.forLeniency(false))))
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
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
			// an id (UUID): "" is no id, where it was read as none
			.withCoercionConfig(LogicalType.OtherScalar,
					scalar -> scalar.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
	}

}
