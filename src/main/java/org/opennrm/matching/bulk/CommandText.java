package org.opennrm.matching.bulk;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bulk command's messages in the language of its run: {@code --lang}'s when it names one, wherever it stands on
 * the line, otherwise Turkish when the machine's language is Turkish (a clerk's Windows in Türkiye), otherwise English.
 * A message about a row names a column as the input's header does, in English or in Turkish ({@link #naming}).
 */
final class CommandText {

	private final Locale locale;

	private final ResourceBundle messages;

	/** Each column of the input by the name its header gives it; empty before it is read: the English names. */
	private final Map<String, String> columns;

	private CommandText(Locale locale, ResourceBundle messages, Map<String, String> columns) {
		this.locale = locale;
		this.messages = messages;
		this.columns = columns;
	}

	private CommandText(Locale locale) {
		this(locale, ResourceBundle.getBundle("i18n/matching/messages",
				"tr".equals(locale.getLanguage()) ? Locale.forLanguageTag("tr") : Locale.ROOT,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), Map.of());
	}

	/**
	 * The messages of this run about the rows of an input whose header gives {@code columns} these names
	 * ({@link HeaderSearch#named}): a column is named as the file names it, {@code dogum_tarihi "1990-02-30"} where the
	 * header writes "Doğum tarihi", in either language of the run.
	 */
	CommandText naming(Map<String, String> columns) {
		return new CommandText(locale, messages, Map.copyOf(columns));
	}

	/** A column of the input in a message's arguments, named as {@link #naming} says: {@code new Column("sex")}. */
	record Column(String name) {
	}

	/** A column in a message's pattern, named as {@link #naming} says: {@code {column:birth_date}}. */
	private static final Pattern COLUMN = Pattern.compile("\\{column:([a-z_]+)\\}");

	/** The language of a run with {@code args}: the last {@code --lang} that names one, else the machine's. */
	static CommandText of(String[] args) {
		Locale locale = "tr".equals(Locale.getDefault().getLanguage()) ? Locale.forLanguageTag("tr") : Locale.ENGLISH;
		for (int i = 0; i + 1 < args.length; i++) {
			Locale asked = "--lang".equals(args[i]) ? language(args[i + 1]) : null;
			if (asked != null) {
				locale = asked;
			}
		}
		return new CommandText(locale);
	}

	/** The language {@code --lang} names, in any case, or null. */
	static Locale language(String name) {
		return switch (name.toLowerCase(Locale.ROOT)) {
			case "tr" -> Locale.forLanguageTag("tr");
			case "en" -> Locale.ENGLISH;
			default -> null;
		};
	}

	Locale locale() {
		return locale;
	}

	/**
	 * The message of {@code key}; texts and paths among {@code args} {@linkplain #printable as a terminal may print
	 * them}, a value of the file that is not shown described by its length, a message among them in its words.
	 */
	String text(String key, Object... args) {
		Object[] safe = args.clone();
		for (int i = 0; i < safe.length; i++) {
			if (safe[i] instanceof Column column) {
				safe[i] = named(column.name());
			}
			else if (safe[i] instanceof CharSequence || safe[i] instanceof Path) {
				safe[i] = printable(safe[i].toString());
			}
			else if (safe[i] instanceof RecordChecks.Hidden hidden) {
				safe[i] = text("matching.cli.row.hiddenValue", hidden.length());
			}
			else if (safe[i] instanceof RowMessage message) {
				safe[i] = text(message.key(), message.args());
			}
		}
		// a column's name is of letters and underscores: nothing MessageFormat reads
		String pattern = COLUMN.matcher(messages.getString(key))
			.replaceAll(column -> Matcher.quoteReplacement(named(column.group(1))));
		return new MessageFormat(pattern, locale).format(safe);
	}

	private String named(String column) {
		return columns.getOrDefault(column, column);
	}

	/**
	 * A text of the input as a terminal may print it: control and format characters (an escape sequence that clears
	 * the screen or moves the cursor up over a "skipped" line, a bell, a right-to-left override) shown as their code,
	 * {@code \\u001B} for an escape, instead of acting.
	 */
	static String printable(String text) {
		StringBuilder shown = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int type = Character.getType(c);
			// the zero-width non-joiner and joiner are format characters, but part of how Persian names are written
			boolean acts = type == Character.CONTROL || type == Character.FORMAT && c != '\u200C' && c != '\u200D'
					|| type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
			if (acts) {
				if (shown == null) {
					shown = new StringBuilder(text.length() + 8).append(text, 0, i);
				}
				shown.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
			}
			else if (shown != null) {
				shown.append(c);
			}
		}
		return shown == null ? text : shown.toString();
	}

}
