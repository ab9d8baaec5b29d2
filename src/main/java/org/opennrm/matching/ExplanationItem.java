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

}
