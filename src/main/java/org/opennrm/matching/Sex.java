package org.opennrm.matching;

import java.util.Locale;
import java.util.Set;

/** Sex as recorded: M or F; unknown is null. */
public enum Sex {

	M, F;

	/** What {@link #read} reads, upper-cased: a sex, or that it is not known. */
	private static final Set<String> WRITTEN = Set.of("M", "E", "F", "K", "", "X", "U");

	/**
	 * Sex as forms write it, in either case and with spaces around: M or F; E (erkek) or K (kadın), as Turkish forms
	 * write it; nothing, X (unspecified, as in ICAO travel documents) or U when it is not known. The bulk command reads
	 * its files and the API its requests by this one rule.
	 *
	 * @return the sex, or null when the value says it is not known
	 * @throws IllegalArgumentException for any other value (see {@link #readable})
	 */
	public static Sex read(String value) {
		if (!readable(value)) {
			throw new IllegalArgumentException("not a sex as forms write it");
		}
		return switch (normal(value)) {
			case "M", "E" -> M;
			case "F", "K" -> F;
			default -> null;
		};
	}

	/** Whether {@link #read} reads the value, as a sex or as not known. */
	public static boolean readable(String value) {
		return WRITTEN.contains(normal(value));
	}

	private static String normal(String value) {
		return value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
	}

}
