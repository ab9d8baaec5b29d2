package org.opennrm.shared.web;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.util.ClassUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import org.opennrm.shared.AccessRefused;
import org.opennrm.shared.Causes;
import org.opennrm.shared.EnumNames;
import org.opennrm.shared.InvalidParameter;
import org.opennrm.shared.NotFoundException;
import org.opennrm.shared.ReadOnlyFields;
import org.opennrm.shared.SafeErrors;
import org.opennrm.shared.TemporarilyUnavailable;
import org.opennrm.shared.UnreadableData;
import org.opennrm.shared.UserInputException;

/**
 * Every API error as RFC 9457 problem details, in the caller's language (Accept-Language or the
 * language cookie), never with a stack trace. Ordered first: Boot's own problem-details handler would
 * otherwise answer the same exceptions without the {@code errors} map and in English. For the API's controllers only
 * (the selectors of an advice are alternatives: a package as well would take in the screens' controllers, whose errors
 * are pages, {@link PageErrorHandling}).
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiErrorHandling {

	private static final Logger log = LoggerFactory.getLogger(ApiErrorHandling.class);

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final BodyFieldErrors bodyFieldErrors;

	ApiErrorHandling(MessageSource messages, ApplicationEventPublisher events, BodyFieldErrors bodyFieldErrors) {
		this.messages = messages;
		this.events = events;
		this.bodyFieldErrors = bodyFieldErrors;
	}

	/**
	 * One message per field, keyed by the field's name in the request ({@code citizenship} for any of its values), the
	 * fields in the order the request declares them (a record's; a class's by name); {@code ""}, first, for a rule over
	 * the whole request.
	 */
	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException ex, Locale locale) {
		return invalid(ex.getBindingResult(), locale);
	}

	/** A body with a value its enum does not have, told with the body's other errors ({@link UnknownEnumValues}). */
	@ExceptionHandler(UnknownEnumValues.InvalidBody.class)
	ProblemDetail invalid(UnknownEnumValues.InvalidBody ex, Locale locale) {
		return invalid(ex.errors(), locale);
	}

	private ProblemDetail invalid(BindingResult result, Locale locale) {
		return invalid(result, result.getTarget() == null ? null : result.getTarget().getClass(), locale);
	}

	private ProblemDetail invalid(BindingResult result, Class<?> body, Locale locale) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.400.title", "error.validation", locale);
		List<String> declared = declaredFields(body);
		Map<String, String> errors = new LinkedHashMap<>();
		result.getGlobalErrors().stream()
			.sorted(Comparator.comparing(e -> String.valueOf(e.getCode())))
			.forEach(e -> errors.putIfAbsent("", messages.getMessage(e, locale)));
		result.getFieldErrors().stream()
			.sorted(Comparator.comparingInt((FieldError e) -> position(declared, requestField(e.getField())))
				.thenComparing(FieldError::getField)
				.thenComparing(e -> String.valueOf(e.getCode())))
			.forEach(e -> errors.putIfAbsent(requestField(e.getField()), messages.getMessage(e, locale)));
		problem.setProperty("errors", errors);
		return problem;
	}

	/** The field as the request names it: {@code citizenship} for {@code citizenship[2]}. */
	private static String requestField(String path) {
		return path.replaceAll("\\[\\d*\\]", "");
	}

	private static List<String> declaredFields(Class<?> type) {
		if (type == null) {
			return List.of();
		}
		return type.isRecord() ? Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList()
				: Arrays.stream(type.getDeclaredFields()).map(Field::getName).sorted().toList();
	}

	/** Where the field's top-level name stands among the declared ones; those not declared come after, by name. */
	private static int position(List<String> declared, String field) {
		int dot = field.indexOf('.');
		int at = declared.indexOf(dot < 0 ? field : field.substring(0, dot));
		return at < 0 ? declared.size() : at;
	}

	/** Read-only fields of a change sent with values the resource does not have, each with how it is changed. */
	@ExceptionHandler(ReadOnlyFields.Changed.class)
	ProblemDetail readOnly(ReadOnlyFields.Changed ex, Locale locale) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.400.title", "error.validation", locale);
		Map<String, String> errors = new LinkedHashMap<>();
		ex.fields().forEach((field, message) -> errors.put(field, messages.getMessage(message, locale)));
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler(UserInputException.class)
	ProblemDetail userInput(UserInputException ex, Locale locale) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.400.title", "error.validation", locale);
		String text = messages.getMessage(ex.messageKey(), ex.arguments(), locale);
		problem.setProperty("errors", Map.of(ex.field() == null ? "" : ex.field(), text));
		problem.setDetail(text);
		return problem;
	}

	/**
	 * A query or path parameter whose value is not of its type ({@code /organisations/abc}, {@code ?active=maybe}): the
	 * parameter named, with what it takes, rather than words about a JSON body the request may not even have.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail parameter(MethodArgumentTypeMismatchException ex, Locale locale) {
		Class<?> type = ex.getRequiredType() == null ? Object.class
				: ClassUtils.resolvePrimitiveIfNecessary(ex.getRequiredType());
		String expected = type.isEnum()
				? messages.getMessage("error.parameter.enum", new Object[] { EnumNames.listed(type) }, locale)
				: messages.getMessage(new DefaultMessageSourceResolvable(
						new String[] { "error.parameter.type." + type.getName(), "error.parameter.type" }, (Object[]) null),
						locale);
		return parameterProblem(ex.getName(), expected, locale);
	}

	/** A parameter whose value the application found is not of its kind ({@link InvalidParameter}), answered alike. */
	@ExceptionHandler(InvalidParameter.class)
	ProblemDetail invalidParameter(InvalidParameter ex, Locale locale) {
		return parameterProblem(ex.field(), messages.getMessage(ex.messageKey(), ex.arguments(), locale), locale);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail missingParameter(MissingServletRequestParameterException ex, Locale locale) {
		return parameterProblem(ex.getParameterName(), messages.getMessage("error.parameter.missing", null, locale),
				locale);
	}

	private ProblemDetail parameterProblem(String name, String expected, Locale locale) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.400.title", "error.validation", locale);
		problem.setDetail(messages.getMessage("error.parameter", new Object[] { name, expected }, locale));
		problem.setProperty("errors", Map.of(name, expected));
		return problem;
	}

	/**
	 * A body that cannot be read: every field at fault named ({@link BodyFieldErrors}), with the body's other errors;
	 * JSON that is not well-formed, by the line and column where it goes wrong ({@link JsonSyntaxError}), also given
	 * as the problem's {@code line} and {@code column}; well-formed JSON that is no object where one is read, as what it
	 * is ({@link #notAnObject}). Never with Jackson's words, which quote the body.
	 */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex, Locale locale) {
		if (Causes.any(ex, RequestBodyLimit.BodyTooLarge.class)) {
			return problem(HttpStatus.CONTENT_TOO_LARGE, "error.413.title", "error.413.detail", locale);
		}
		Optional<JsonFieldError> atField = JsonFieldError.in(ex);
		if (atField.isPresent()) {
			if (ex.getHttpInputMessage() instanceof JsonBody body) {
				return invalid(bodyFieldErrors.of(body, atField.get()), rawClass(body), locale);
			}
			ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.400.title", "error.validation", locale);
			problem.setProperty("errors",
					Map.of(atField.get().field(), messages.getMessage(atField.get().message(), locale)));
			return problem;
		}
		Optional<JsonSyntaxError> syntax = JsonSyntaxError.in(ex);
		if (syntax.isPresent()) {
			JsonSyntaxError at = syntax.get();
			ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.400.title", "error.400.detail", locale);
			problem.setDetail(messages.getMessage(at.endsEarly() ? "error.json.endsEarly" : "error.json.syntax",
					new Object[] { String.valueOf(at.line()), String.valueOf(at.column()) }, locale));
			problem.setProperty("line", at.line());
			problem.setProperty("column", at.column());
			return problem;
		}
		if (ex.getHttpInputMessage() instanceof JsonBody body) {
			Optional<String> notAnObject = notAnObject(body);
			if (notAnObject.isPresent()) {
				ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.400.title", "error.400.detail", locale);
				problem.setDetail(messages.getMessage(new DefaultMessageSourceResolvable(new String[] {
						notAnObject.get() + "." + ClassUtils.getShortNameAsProperty(rawClass(body)), notAnObject.get() },
						(Object[]) null), locale));
				return problem;
			}
		}
		return problem(HttpStatus.BAD_REQUEST, "error.400.title", "error.unreadable", locale);
	}

	/**
	 * The message of a body that is no JSON object where an object is read, by what it begins with: none (empty, or
	 * spaces alone; {@link RequiredBodies}), {@code null}, an array, or a single value (text, a number, true or false);
	 * the request's own message first ({@code error.body.missing.candidateQuery}). JSON that goes wrong further on was
	 * told by its line and column before.
	 */
	private static Optional<String> notAnObject(JsonBody body) {
		Class<?> type = rawClass(body);
		if (type == null || type.isArray() || Iterable.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) {
			return Optional.empty();
		}
		String json = new String(body.bytes(), StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "").strip();
		if (json.isEmpty()) {
			return Optional.of("error.body.missing");
		}
		return switch (json.charAt(0)) {
			case '{' -> Optional.empty();
			case '[' -> Optional.of("error.body.array");
			case 'n' -> Optional.of("error.body.null");
			default -> Optional.of("error.body.value");
		};
	}

	private static Class<?> rawClass(JsonBody body) {
		return ResolvableType.forType(body.targetType()).resolve();
	}

	/** A body declared in another character set than UTF-8 (415), or whose bytes are none (400), told to send UTF-8. */
	@ExceptionHandler(Utf8Bodies.NotUtf8.class)
	ProblemDetail notUtf8(Utf8Bodies.NotUtf8 ex, Locale locale) {
		return ex.declared() ? problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.415.title", "error.utf8.charset", locale)
				: problem(HttpStatus.BAD_REQUEST, "error.400.title", "error.utf8.bytes", locale);
	}

	/** A body that is not JSON; JSON in a character set Spring does not know ({@code charset=latin-99}), not UTF-8. */
	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ProblemDetail mediaType(Exception ex, Locale locale, HttpServletRequest request) {
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.415.title",
				Utf8Bodies.isJsonInAnotherCharset(request.getContentType()) ? "error.utf8.charset" : "error.415.detail",
				locale);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ProblemDetail method(Exception ex, Locale locale) {
		return problem(HttpStatus.METHOD_NOT_ALLOWED, "error.405.title", "error.405.detail", locale);
	}

	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class })
	ProblemDetail notFound(Exception ex, Locale locale) {
		return problem(HttpStatus.NOT_FOUND, "error.404.title", "error.404.detail", locale);
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthorizationDeniedException.class })
	ProblemDetail denied(Exception ex, Locale locale) {
		// a method's check refused a caller the API's addresses let in: signed in, so written down
		events.publishEvent(new AccessRefused());
		// an API call has no page: "not allowed to see this page" told an integrator nothing
		return problem(HttpStatus.FORBIDDEN, "error.403.title", "error.403.api", locale);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail conflict(Exception ex, Locale locale) {
		return problem(HttpStatus.CONFLICT, "error.409.title", "error.409.detail", locale);
	}

	/** An address whose parameters Tomcat cannot read: percent-encoded bytes that are no UTF-8 ("?actor=Ay%C5e"). */
	@ExceptionHandler(InvalidParameterException.class)
	ProblemDetail unreadableParameters(Exception ex, Locale locale) {
		return problem(HttpStatus.BAD_REQUEST, "error.400.title", "error.400.detail", locale);
	}

	/**
	 * Spring MVC's own client errors that no handler above names (a representation the API cannot give, a missing
	 * header) keep their 4xx status; a request the service is too busy for, or whose database is out of reach, gets 503.
	 * Anything else is unexpected.
	 */
	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, Locale locale) {
		if (ex instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
			HttpStatus status = HttpStatus.valueOf(known.getStatusCode().value());
			String family = ErrorPages.textFamily(messages, status.value(), "400", locale);
			ProblemDetail problem = problem(status, "error." + family + ".title", "error." + family + ".detail", locale);
			// no body the caller cannot accept: a 406 is an answer in no representation at all
			// with the headers it names (Retry-After of a 429, Allow of a 405)
			return status == HttpStatus.NOT_ACCEPTABLE ? ResponseEntity.status(status).headers(known.getHeaders()).build()
					: ResponseEntity.status(status).headers(known.getHeaders()).body(problem);
		}
		var unavailable = TemporarilyUnavailable.why(ex);
		if (unavailable.isPresent()) {
			CancelledStatements.warnIf(unavailable.get(), "An API call", ex);
			String texts = "error." + unavailable.get().texts();
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", unavailable.get().retryAfter())
				.body(problem(HttpStatus.SERVICE_UNAVAILABLE, texts + ".title", texts + ".detail", locale));
		}
		if (UnreadableData.in(ex)) {
			log.error("An API call asked for data that cannot be read on this server: {}", SafeErrors.describe(ex));
			return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR,
					"error.500.unreadable.title", "error.500.unreadable.detail", locale));
		}
		// The exception class only: messages of database errors can carry values the user sent.
		log.error("Unexpected error in the API: {}", SafeErrors.describe(ex));
		return ResponseEntity.internalServerError()
			.body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "error.500.title", "error.500.detail", locale));
	}

	private ProblemDetail problem(HttpStatus status, String titleKey, String detailKey, Locale locale) {
		return ErrorPages.problem(messages, status, titleKey, detailKey, locale);
	}

}
