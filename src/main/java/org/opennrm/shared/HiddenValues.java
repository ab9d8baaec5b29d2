package org.opennrm.shared;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.ResolvableType;
import org.springframework.validation.DataBinder;

/** A form's values in hidden fields of a page ({@code base.name}…), and read back from the form sent. */
final class HiddenValues {

	private HiddenValues() {
	}

	/** The record's values as hidden fields named with this prefix; none for no record. */
	static Map<String, String> of(Record record, String prefix) {
		Map<String, String> values = new LinkedHashMap<>();
		if (record != null) {
			for (RecordComponent component : record.getClass().getRecordComponents()) {
				values.put(prefix + component.getName(), sent(valueOf(component, record)));
			}
		}
		return values;
	}

	/** The record the hidden fields of this prefix hold; null when the form sent none, or not as they were sent out. */
	static <R extends Record> R read(HttpServletRequest request, String prefix, Class<R> type) {
		Set<String> names = request.getParameterMap().keySet().stream().filter(name -> name.startsWith(prefix))
			.map(name -> name.substring(prefix.length())).collect(Collectors.toUnmodifiableSet());
		if (names.isEmpty()) {
			return null;
		}
		DataBinder binder = new DataBinder(null, prefix);
		binder.setTargetType(ResolvableType.forClass(type));
		binder.construct(new DataBinder.ValueResolver() {

			@Override
			public Object resolveValue(String name, Class<?> parameterType) {
				String value = request.getParameter(prefix + name);
				return value == null || value.isEmpty() ? null : value;
			}

			@Override
			public Set<String> getNames() {
				return names;
			}

		});
		return binder.getBindingResult().hasErrors() ? null : type.cast(binder.getTarget());
	}

	/** A value as a form field sends it. */
	static String sent(Object value) {
		return value == null ? "" : value instanceof Enum<?> constant ? constant.name() : value.toString();
	}

	private static Object valueOf(RecordComponent component, Record record) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("cannot read " + component, ex);
		}
	}

}
