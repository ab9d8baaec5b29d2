package org.opennrm.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Valid;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Conventions;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;
import org.springframework.validation.annotation.Validated;

/**
 * Every field of a JSON body at fault, where Jackson stops at the first: a caller who sends
 * {@code {"birthYear": "abc", "sex": 5, "givenNames": {}}} learns of the three in one answer, as of a body's
 * validation errors, and of those too. Once a body has failed on a field ({@link JsonFieldError}), each of its
 * top-level fields is read again alone, into the same type with the same mapper (its settings, annotations and
 * handlers), and each that fails is named with its message; the others are then read together and validated as the
 * endpoint would, their fields' errors told with the rest ({@link ApiErrorHandling} answers it as any invalid body).
 * For every API body alike; a field that is an object is told by its first error.
 */
@Component
class BodyFieldErrors {

	/** The most fields a body is read again for, one by one. */
	static final int MOST_FIELDS_READ_AGAIN = 100;

	private final JsonMapper json;

	private final Validator validator;

	BodyFieldErrors(JsonMapper json, Validator validator) {
		this.json = json;
		this.validator = validator;
	}

	/** The errors of {@code body}, which failed first on {@code first}: that one, with any other. */
	BindingResult of(JsonBody body, JsonFieldError first) {
		String name = Conventions.getVariableNameForParameter(body.parameter());
		ObjectReader reader = json.readerFor(json.constructType(body.targetType()));
		Map<String, MessageSourceResolvable> wrong = new LinkedHashMap<>();
		wrong.put(first.field(), first.message());
		Object rest = null;
		// while the fields are read again, an unknown value of an enum fails as any value of the wrong type
		UnknownEnumValues.takeNoted();
		JsonNode root = tree(body);
		// no body of the API has this many fields: one that does is told its first error alone, rather than read
		// again for each (thousands of unknown fields would cost seconds)
		if (root instanceof ObjectNode object && object.size() <= MOST_FIELDS_READ_AGAIN) {
			ObjectNode right = json.createObjectNode();
			object.properties().forEach(field -> {
				ObjectNode alone = json.createObjectNode().set(field.getKey(), field.getValue());
				JsonFieldError error = fieldError(reader, alone, field.getKey());
				if (error != null) {
					wrong.putIfAbsent(error.field(), error.message());
				}
				else if (!isOrUnder(first.field(), field.getKey())) {
					right.set(field.getKey(), field.getValue());
				}
			});
			rest = readOrNull(reader, right);
		}
		BindingResult errors = new BeanPropertyBindingResult(rest, name);
		wrong.forEach((field, message) -> errors.addError(new FieldError(name, field, null, true, message.getCodes(),
				message.getArguments(), null)));
		if (rest != null && (body.parameter().hasParameterAnnotation(Valid.class)
				|| body.parameter().hasParameterAnnotation(Validated.class))) {
			BindingResult validated = new BeanPropertyBindingResult(rest, name);
			validator.validate(rest, validated);
			// a rule over the whole body is judged once its fields are right: without them, "give a name" would be
			// told to a caller who gave one, of the wrong type
			validated.getFieldErrors().stream()
				.filter(e -> wrong.keySet().stream().noneMatch(field -> isOrUnder(e.getField(), field)
						|| isOrUnder(field, e.getField())))
				.forEach(errors::addError);
		}
		return errors;
	}

	private JsonNode tree(JsonBody body) {
		try {
			return json.readTree(body.bytes());
		}
		catch (JacksonException notATree) {
			return null;
		}
	}

	/** The error of a body of this one field, if it is this field's: any other is no type error of it. */
	private static JsonFieldError fieldError(ObjectReader reader, ObjectNode alone, String field) {
		try {
			reader.readValue(alone);
			return null;
		}
		catch (JacksonException failure) {
			return JsonFieldError.in(failure).filter(error -> isOrUnder(error.field(), field)).orElse(null);
		}
	}

	private static Object readOrNull(ObjectReader reader, ObjectNode fields) {
		try {
			return reader.readValue(fields);
		}
		catch (JacksonException stillWrong) {
			return null; // told once the fields above are right
		}
	}

	/** Whether {@code path} is {@code field} or a field within it ({@code address.city} of {@code address}). */
	private static boolean isOrUnder(String path, String field) {
		return path.equals(field) || path.startsWith(field + ".") || path.startsWith(field + "[");
	}

}
