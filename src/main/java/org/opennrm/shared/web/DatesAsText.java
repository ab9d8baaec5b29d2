package org.opennrm.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * Dates, times and moments read from text alone, as the API describes them (ISO 8601: {@code "1994-03-12"},
 * {@code "2027-12-31T23:59:59+03:00"}), where Jackson's readers of {@code java.time} also read forms that no coercion
 * setting reaches: a day from an array of numbers ({@code [1990,1,31]}, or {@code []} as no day), a moment from a
 * number ({@code 1893456000}, seconds since 1970, or milliseconds, which it also read as seconds) or from text of
 * digits ({@code "1893456000"}). Each is refused as a value not of the field's type, which the API answers at its
 * field ({@link JsonFieldError}). Registered by {@link StrictJson}.
 */
final class DatesAsText extends ValueDeserializerModifier {

	private static final long serialVersionUID = 1L;

	/** The types the API describes as text of an ISO 8601 form. */
	static final List<Class<?>> TEXTUAL = List.of(LocalDate.class, LocalDateTime.class, LocalTime.class,
			OffsetDateTime.class, OffsetTime.class, ZonedDateTime.class, Instant.class);

	/** Text that Jackson reads as seconds (or milliseconds) since 1970 for a moment: no ISO 8601 form. */
	private static final Pattern NUMBER = Pattern.compile("\\s*[+-]?\\d+(\\.\\d*)?\\s*");

	@Override
	public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier description,
			ValueDeserializer<?> deserializer) {
		return TEXTUAL.contains(description.getBeanClass()) ? new TextOnly(deserializer) : deserializer;
	}

	/** A reader of one of those types that passes it text alone, and no text of digits. */
	private static final class TextOnly extends DelegatingDeserializer {

		TextOnly(ValueDeserializer<?> reader) {
			super(reader);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> reader) {
			return new TextOnly(reader);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			if (parser.hasToken(JsonToken.VALUE_STRING)) {
				String text = parser.getString();
				if (NUMBER.matcher(text).matches()) {
					return context.handleWeirdStringValue(handledType(), text, "a number is no date or time");
				}
			}
			else if (!parser.hasToken(JsonToken.VALUE_NULL)) {
				return context.handleUnexpectedToken(handledType(), parser);
			}
			return super.deserialize(parser, context);
		}

	}

}
