package org.opennrm.shared;

import java.util.function.Function;

import org.springframework.validation.BindingResult;

/**
 * A list filter's choice as its address sends it, read as text: none when not given, and refused at its field when it is
 * none of its list's values (an address edited by hand, {@code ?role=xyz}), so that the list says so and shows no one
 * rather than everyone as if the filter were not there.
 */
public final class FilterChoice {

	/** The message of a choice that is none of its list's values. */
	public static final String UNKNOWN = "filter.unknown";

	private FilterChoice() {
	}

	/** {@code value} read by {@code reading}, which gives null for a value that is none of its list's. */
	public static <T> T read(BindingResult errors, String field, String value, Function<String, T> reading) {
		if (value == null || value.isBlank()) {
			return null;
		}
		T read = reading.apply(value);
		if (read == null) {
			errors.rejectValue(field, UNKNOWN);
		}
		return read;
	}

	/** {@code true} or {@code false}, in any case, spaces around it aside; null for anything else. */
	public static Boolean trueOrFalse(String value) {
		String text = value == null ? "" : value.strip();
		return text.equalsIgnoreCase("true") ? Boolean.TRUE : text.equalsIgnoreCase("false") ? Boolean.FALSE : null;
	}

}
