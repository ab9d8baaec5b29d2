package org.opennrm.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Text a person could have typed: no control characters (NUL, ESC, the C1 range; tab and line breaks only where
 * {@link #multiline}), no line or paragraph separators in a one-line field, no directional embeddings, overrides or
 * isolates (U+202A–U+202E, U+2066–U+2069: "abc", RIGHT-TO-LEFT OVERRIDE, "fdp.exe" shows as "abcexe.pdf"; a name in
 * a list, a dialog or the audit trail can be shown reversed), no unpaired surrogates, and no U+FFFD, the replacement
 * character: text damaged on its way, and what a refused form shows each of the others as ({@link Check#shown}), so
 * that it is deleted rather than saved. PostgreSQL stores no NUL at all: without this, one in a field ended as a server
 * error.
 * <p>
 * The single direction marks (LRM U+200E, RLM U+200F, ALM U+061C) are allowed: Arabic and Persian text is shown in
 * its own direction without them, but text copied from word processors and web pages often carries them, and a mark
 * only decides the side of the punctuation next to it, it cannot reverse the text after it. Names drop them when
 * saved ({@link TextFolding#tidyName}).
 * <p>
 * The message names the field by {@link #label}, a message key. Null is valid.
 */
@Documented
@Constraint(validatedBy = PlainText.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
		ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

	/** The message key of the field's label, e.g. {@code organisation.name}: the message names the field with it. */
	String label();

	/** Whether tab and line breaks (CR, LF) are allowed: a text area's text. */
	boolean multiline() default false;

	String message() default "{PlainText}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	final class Check implements ConstraintValidator<PlainText, CharSequence> {

		/** U+FFFD, what a refused character is shown as ({@link #shown}); itself never part of text a person meant. */
		public static final char REPLACEMENT = '\uFFFD';

		private boolean multiline;

		@Override
		public void initialize(PlainText annotation) {
			this.multiline = annotation.multiline();
		}

		@Override
		public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
			return value == null || allowed(value, multiline);
		}

		/** Whether every character of {@code text} is one a person could have meant to type. */
		public static boolean allowed(CharSequence text, boolean multiline) {
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
				}
				else if (!allowed(c, multiline)) {
					return false;
				}
			}
			return true;
		}

		/**
		 * {@code text} as a refused form shows it back in its field: each character {@link #allowed} refuses replaced by
		 * {@link #REPLACEMENT}, so that the person sees where it was, and a right-to-left override cannot reverse what
		 * follows it on the page. The replacement is refused in its turn, so that it is not saved unnoticed.
		 */
		public static String shown(CharSequence text, boolean multiline) {
			StringBuilder out = new StringBuilder(text.length());
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					out.append(c).append(text.charAt(++i));
				}
				else {
					out.append(allowed(c, multiline) ? c : REPLACEMENT);
				}
			}
			return out.toString();
		}

		/**
		 * {@code text} with every line break a line feed: a browser sends a text area's as CR LF, and a CR alone is the
		 * line break of old Macs. Multi-line text is stored so ({@code PlainTextLineFeeds}, where a form is read), and
		 * compared so ({@link org.opennrm.shared.FormMerge}).
		 */
		public static String lineFeeds(String text) {
			return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
		}

		private static boolean allowed(char c, boolean multiline) {
			if (c == '\t' || c == '\n' || c == '\r') {
				return multiline;
			}
			if (c == '\u2028' || c == '\u2029') {
				return multiline;
			}
			return !(c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= '\u202A' && c <= '\u202E')
					|| (c >= '\u2066' && c <= '\u2069') || Character.isSurrogate(c) || c == REPLACEMENT);
		}

	}

}
