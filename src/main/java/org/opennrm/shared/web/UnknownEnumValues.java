package org.opennrm.shared.web;

import java.io.IOException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.DeserializationProblemHandler;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Conventions;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.util.ClassUtils;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import org.opennrm.shared.EnumNames;

/**
 * A request body's top-level field with a value its enum does not have ({@code "type": "NOPE"}) is reported together
 * with the body's other errors ({@code "name": ""}), as one 400 with an error per field, instead of alone: a caller
 * fixes everything at once. While an API body is read, such a value is noted and read as null; once read, if any was
 * noted, the body is validated and refused with both kinds of error ({@link ApiErrorHandling} answers it as any
 * invalid body). Values deeper in the body, and any other JSON read, fail at once as before. The message names the
 * values the field takes. A value that names one of them in another case is no unknown value: it is read as that one,
 * in any JSON, as query parameters are ({@link Noting}).
 */
@ControllerAdvice(annotations = RestController.class)
class UnknownEnumValues extends RequestBodyAdviceAdapter {

	private static final String NOTED = UnknownEnumValues.class.getName() + ".noted";

	private final Validator validator;

	UnknownEnumValues(Validator validator) {
		this.validator = validator;
	}

	/** A value an enum field does not have. */
	record Noted(String field, String value, Class<?> type) {
	}

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(NOTED, new ArrayList<Noted>(), RequestAttributes.SCOPE_REQUEST);
		}
		return input;
	}

	@Override
	public Object afterBodyRead(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		List<Noted> noted = takeNoted();
		if (noted.isEmpty()) {
			return body;
		}
		String name = Conventions.getVariableNameForParameter(parameter);
		BindingResult validated = new BeanPropertyBindingResult(body, name);
		if (parameter.hasParameterAnnotation(Valid.class) || parameter.hasParameterAnnotation(Validated.class)) {
			validator.validate(body, validated);
		}
		Set<String> fields = noted.stream().map(Noted::field).collect(Collectors.toSet());
		BindingResult errors = new BeanPropertyBindingResult(body, name);
		validated.getGlobalErrors().forEach(errors::addError);
		for (Noted n : noted) {
			errors.addError(new FieldError(name, n.field(), n.value(), true, codes(body, n),
					new Object[] { n.field(), EnumNames.listed(n.type()) }, null));
		}
		validated.getFieldErrors().stream().filter(e -> !fields.contains(e.getField())).forEach(errors::addError);
		// answered as Spring's MethodArgumentNotValidException is (ApiErrorHandling), which this method of Spring's
		// interface, declaring no checked exception, cannot throw
		throw new InvalidBody(errors);
	}

	/** A request body refused field by field, as a body that fails its validation is. */
	static final class InvalidBody extends RuntimeException {

		private final transient BindingResult errors;

		InvalidBody(BindingResult errors) {
			super(null, null, false, false);
			this.errors = errors;
		}

		BindingResult errors() {
			return errors;
		}

	}

	/** The same message codes as {@link JsonFieldError}'s for a value not of the field's type. */
	private static String[] codes(Object body, Noted noted) {
		return new String[] {
				"typeMismatch." + ClassUtils.getShortNameAsProperty(body.getClass()) + "." + noted.field(),
				"error.type." + noted.type().getName(), "error.type.enum", "error.type" };
	}

	/** The values noted while this request's body was read, no longer noted: later readings fail on them. */
	@SuppressWarnings("unchecked")
	static List<Noted> takeNoted() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return List.of();
		}
		Object noted = request.getAttribute(NOTED, RequestAttributes.SCOPE_REQUEST);
		request.removeAttribute(NOTED, RequestAttributes.SCOPE_REQUEST);
		return noted instanceof List<?> list ? (List<Noted>) list : List.of();
	}

	@Bean
	static JsonMapperBuilderCustomizer noteUnknownEnumValuesOfApiBodies() {
		return builder -> builder.addHandler(new Noting());
	}

	/**
	 * Reads a value that names a constant in another case, or with spaces around it, as that constant ({@link EnumNames},
	 * as query parameters are read: {@code "focal_point"} is {@code FOCAL_POINT}), in any JSON the mapper reads; and an
	 * unknown value of a top-level enum field as null, noting it, only while an API body is read.
	 */
	static final class Noting extends DeserializationProblemHandler {

		@Override
		@SuppressWarnings({ "unchecked", "rawtypes" })
		public Object handleWeirdStringValue(DeserializationContext context, Class<?> targetType, String value,
				String failure) {
			if (targetType.isEnum()) {
				Optional<? extends Enum> named = EnumNames.find((Class) targetType, value);
				if (named.isPresent()) {
					return named.get();
				}
			}
			RequestAttributes request = RequestContextHolder.getRequestAttributes();
			Object noted = request == null ? null : request.getAttribute(NOTED, RequestAttributes.SCOPE_REQUEST);
			TokenStreamContext at = context.getParser().streamReadContext();
			if (!targetType.isEnum() || !(noted instanceof List<?>) || at == null || !at.inObject()
					|| at.getParent() == null || !at.getParent().inRoot() || at.currentName() == null) {
				return NOT_HANDLED;
			}
			((List<Noted>) noted).add(new Noted(at.currentName(), value, targetType));
			return null;
		}

	}

}
