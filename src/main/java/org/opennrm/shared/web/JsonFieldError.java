package org.opennrm.shared.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.util.ClassUtils;

import org.opennrm.shared.Causes;
import org.opennrm.shared.EnumNames;

/**
 * A JSON body that is well-formed but cannot be read into its request type, and the field to blame: a value not of the
 * field's type ({@code "birthYear": "abc"}, a number too large for it, {@code true} for a text), a field the type does
 * not have and refuses ({@link org.opennrm.shared.RefuseUnknownFields}), or a field given twice ({@link StrictJson}).
 *
 * @param field the field as the request names it ({@code citizenship} for one of its values)
 * @param message what the field takes, to resolve in the caller's language
 */
record JsonFieldError(String field, MessageSourceResolvable message) {

	/** The field to blame for the failure, if one is; none for JSON that is not well-formed. */
	static Optional<JsonFieldError> in(Throwable failure) {
		Optional<JsonFieldError> repeated = Causes.chain(failure).stream()
			.filter(StreamReadException.class::isInstance)
			.map(StreamReadException.class::cast)
			.map(JsonFieldError::repeated)
			.flatMap(Optional::stream)
			.findFirst();
		if (repeated.isPresent()) {
			return repeated;
		}
		return Causes.chain(failure).stream()
			.filter(c -> c instanceof MismatchedInputException || c instanceof InputCoercionException)
			.map(JacksonException.class::cast)
			.filter(c -> !field(c).isEmpty())
			.findFirst()
			.map(c -> new JsonFieldError(field(c), message(c)));
	}

	/**
	 * A field given twice in one object, named by its path from the body ({@code address.city}). Jackson says so only in
	 * the words of its message ("Duplicate Object property"), with the field as the name its parser was reading;
	 * {@code StrictJsonTests} fails if a new version says it otherwise.
	 */
	private static Optional<JsonFieldError> repeated(StreamReadException ex) {
		JsonParser parser = ex.processor();
		if (parser == null || ex.getOriginalMessage() == null || !ex.getOriginalMessage().startsWith("Duplicate ")) {
			return Optional.empty();
		}
		List<String> names = new ArrayList<>();
		for (TokenStreamContext at = parser.streamReadContext(); at != null; at = at.getParent()) {
			if (at.inObject() && at.currentName() != null) {
				names.add(0, at.currentName());
			}
		}
		return names.isEmpty() ? Optional.empty()
				: Optional.of(new JsonFieldError(String.join(".", names),
						new DefaultMessageSourceResolvable(new String[] { "error.field.repeated" }, (Object[]) null)));
	}

	private static String field(JacksonException ex) {
		return ex.getPath().stream().map(JacksonException.Reference::getPropertyName).filter(Objects::nonNull)
			.collect(Collectors.joining("."));
	}

	private static MessageSourceResolvable message(JacksonException ex) {
		if (ex instanceof UnrecognizedPropertyException unknown) {
			Collection<Object> known = unknown.getKnownPropertyIds() == null ? List.of() : unknown.getKnownPropertyIds();
			return new DefaultMessageSourceResolvable(new String[] { "error.field.unknown" },
					new Object[] { known.stream().map(String::valueOf).collect(Collectors.joining(", ")) });
		}
		Class<?> target = target(ex);
		return new DefaultMessageSourceResolvable(typeCodes(ex),
				new Object[] { field(ex), target != null && target.isEnum() ? EnumNames.listed(target) : "" });
	}

	private static Class<?> target(JacksonException ex) {
		return ex instanceof MismatchedInputException mismatch ? mismatch.getTargetType()
				: ((InputCoercionException) ex).getTargetType();
	}

	/**
	 * The request's own message for the field ({@code typeMismatch.candidateQuery.limit}, as Spring names it for forms),
	 * else the type's ({@code error.type.java.time.LocalDate}), else a general one.
	 */
	private static String[] typeCodes(JacksonException ex) {
		List<String> codes = new ArrayList<>();
		Object from = ex.getPath().get(0).from();
		if (from != null) {
			Class<?> request = from instanceof Class<?> type ? type : from.getClass();
			codes.add("typeMismatch." + ClassUtils.getShortNameAsProperty(request) + "." + field(ex));
		}
		Class<?> target = target(ex);
		if (target != null) {
			Class<?> type = ClassUtils.resolvePrimitiveIfNecessary(target);
			codes.add("error.type." + (Collection.class.isAssignableFrom(type) ? "java.util.List" : type.getName()));
			if (type.isEnum()) {
				codes.add("error.type.enum");
			}
		}
		codes.add("error.type");
		return codes.toArray(String[]::new);
	}

}
