package org.opennrm.matching;

import java.util.List;

/**
 * One reason behind a score: a message code of {@code i18n/matching/messages} and its arguments. Numbers are given as
 * numbers, for the message to write them as the reader's language does (0,06 in Turkish).
 */
public record ExplanationItem(String code, List<Object> args) {

	public ExplanationItem {
		args = List.copyOf(args);
	}

	public static ExplanationItem of(String code, Object... args) {
		return new ExplanationItem(code, List.of(args));
	}

	/** Adds a reason to {@code reasons}, when reasons are asked for (not null). */
	static void note(List<ExplanationItem> reasons, String code, Object... args) {
		if (reasons != null) {
			reasons.add(of(code, args));
		}
	}

}
