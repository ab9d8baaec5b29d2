package org.opennrm.shared;

import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.annotation.security.PermitAll;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The read-only fields of an API change ({@link RefuseUnknownFields#readOnly}): those the resource's reading answers and
 * the change does not set. Sent as they are, they are accepted, so that what a client read it can send back changed;
 * sent with another value, they are refused, rather than passed over while the client believes it changed them (an
 * account sent with {@code "active": false} is not deactivated by a change). The JSON mapper notes them as it reads
 * the body ({@link #sent}); the change's endpoint compares them with the resource as it is ({@link #refuseChanged}).
 */
@Component
public class ReadOnlyFields {

	private static final String SENT = ReadOnlyFields.class.getName() + ".sent";

	private final JsonMapper json;

	ReadOnlyFields(JsonMapper json) {
		this.json = json;
	}

	/** The fields noted while a body of this type was read, as sent. */
	private record Sent(Class<?> body, Map<String, JsonNode> fields) {
	}

	/** Notes a read-only field of a request body as it is read; outside a request, nothing. */
	public static void sent(Class<?> body, String field, JsonNode value) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return;
		}
		Sent sent = request.getAttribute(SENT, RequestAttributes.SCOPE_REQUEST) instanceof Sent s && s.body() == body ? s
				: new Sent(body, new LinkedHashMap<>());
		sent.fields().put(field, value);
		request.setAttribute(SENT, sent, RequestAttributes.SCOPE_REQUEST);
	}

	/**
	 * Refuses the request when a read-only field its body sent is not what {@code current} (the resource as its reading
	 * answers it, a record) has: each such field named, with how it is changed, in messages keyed
	 * {@code readOnly.<body>.<field>} ({@code readOnly.userEdit.active}), else {@code error.field.readOnly}; their
	 * arguments are the value the resource has (as JSON) and {@code id}. Values are compared as the reading's types read
	 * them: an id in capitals, or a time with another offset, is the same value.
	 *
	 * @throws Changed when a field differs
	 */
	@PermitAll // a tool of the endpoints, which declare who may change what
	public void refuseChanged(Object current, Object id) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null || !(request.getAttribute(SENT, RequestAttributes.SCOPE_REQUEST) instanceof Sent sent)) {
			return;
		}
		request.removeAttribute(SENT, RequestAttributes.SCOPE_REQUEST);
		String body = ClassUtils.getShortNameAsProperty(sent.body());
		Map<String, MessageSourceResolvable> changed = new LinkedHashMap<>();
		sent.fields().forEach((field, value) -> {
			RecordComponent component = component(current, field);
			Object now = component == null ? null : value(component, current);
			if (component == null || !same(value, now, component.getType())) {
				changed.put(field, new DefaultMessageSourceResolvable(
						new String[] { "readOnly." + body + "." + field, "error.field.readOnly" },
						new Object[] { json.writeValueAsString(now), String.valueOf(id) }));
			}
		});
		if (!changed.isEmpty()) {
			throw new Changed(changed);
		}
	}

	private boolean same(JsonNode sent, Object now, Class<?> type) {
		if (sent.isNull() || now == null) {
			return sent.isNull() && now == null;
		}
		try {
			return Objects.equals(json.treeToValue(sent, ClassUtils.resolvePrimitiveIfNecessary(type)), now);
		}
		catch (JacksonException notOfTheType) {
			return false;
		}
	}

	private static RecordComponent component(Object record, String name) {
		if (record == null || !record.getClass().isRecord()) {
			throw new IllegalArgumentException("the resource as read must be a record");
		}
		for (RecordComponent component : record.getClass().getRecordComponents()) {
			if (component.getName().equals(name)) {
				return component;
			}
		}
		return null;
	}

	private static Object value(RecordComponent component, Object record) {
		try {
			component.getAccessor().setAccessible(true);
			return component.getAccessor().invoke(record);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("a record's accessor answers", ex);
		}
	}

	/** Read-only fields sent with a value the resource does not have: a 400 naming each, with how it is changed. */
	public static final class Changed extends RuntimeException {

		private final transient Map<String, MessageSourceResolvable> fields;

		Changed(Map<String, MessageSourceResolvable> fields) {
			super(null, null, false, false);
			this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
		}

		/** Each field at fault, in the order sent, with its message. */
		public Map<String, MessageSourceResolvable> fields() {
			return fields;
		}

	}

}
