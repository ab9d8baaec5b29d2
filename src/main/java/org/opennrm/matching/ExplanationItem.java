package org.opennrm.matching;

import java.util.List;

/**
 * One reason behind a score: a message code of {@code i18n/matching/messages} and its arguments. Numbers are given as
 * numbers, for the message to write them as the reader's language does (0,06 in Turkish).
 *
 * @param variant how the reason is worded where the evidence words it more than one way (names agreeing in
 *                another script: {@code otherScript}), or null; the message's key is the code's followed by it
 * @param whose   the record a reason about one record, or each, is about (a date of birth missing), or null for a
 *                reason about the pair: the reader's side of it is worded by {@link Explanation#render}
 */
public record ExplanationItem(String code, String variant, Whose whose, List<Object> args) {

	/** Which of the two records compared a reason is about: the first, the second, or both. */
	public enum Whose {

		FIRST, SECOND, BOTH;

		/** The record, or both, of which something holds; null when it holds of neither. */
		static Whose of(boolean first, boolean second) {
			return first ? (second ? BOTH : FIRST) : second ? SECOND : null;
		}

	}

	public ExplanationItem {
		args = List.copyOf(args);
	}

	public static ExplanationItem of(String code, Object... args) {
		return new ExplanationItem(code, null, null, List.of(args));
	}

	/** Adds a reason to {@code reasons}, when reasons are asked for (not null). */
	static void note(List<ExplanationItem> reasons, String code, Object... args) {
		if (reasons != null) {
			reasons.add(of(code, args));
		}
	}

	/** Adds a reason worded as {@code variant} says (when not null), when reasons are asked for. */
	static void noteWorded(List<ExplanationItem> reasons, String code, String variant) {
		if (reasons != null) {
			reasons.add(new ExplanationItem(code, variant, null, List.of()));
		}
	}

	/** Adds a reason about one of the two records, or both, when reasons are asked for. */
	static void noteOf(List<ExplanationItem> reasons, Whose whose, String code) {
		if (reasons != null) {
			reasons.add(new ExplanationItem(code, null, whose, List.of()));
		}
	}

}
