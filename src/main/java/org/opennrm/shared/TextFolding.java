package org.opennrm.shared;

import java.text.Normalizer;

import com.ibm.icu.text.Normalizer2;

/**
 * Names as people type and compare them. {@link #fold} is the key searches and uniqueness compare: a Turkish user's
 * "İSTANBUL", "istanbul", "ıstanbul" and a foreign keyboard's "Istanbul" are one key, as are "Göç İdaresi" and
 * "goc idaresi". It is made here, in Java, and stored or compared as it is, never by the database's {@code lower()}:
 * what that does to İ and ı depends on the database's locale and ICU, which differ between installations.
 */
public final class TextFolding {

	private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

	private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
	private static final int ZERO_WIDTH_JOINER = 0x200D;

	private TextFolding() {
	}

	/**
	 * A name as it is stored: Unicode NFC (a "ç" typed as c and a combining cedilla is the one "ç"), without spaces at
	 * either end, each run of spaces (tabs, no-break spaces, line breaks) one space, and without invisible format
	 * characters (zero-width space, soft hyphen, byte-order mark, direction marks). The zero-width joiner and non-joiner
	 * stay: Persian words and some scripts' letters need them (the fold drops them, so they cannot make a second name
	 * that looks like the first).
	 */
	public static String tidyName(String raw) {
		if (raw == null) {
			return null;
		}
		String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
		StringBuilder out = new StringBuilder(text.length());
		boolean space = false;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			i += Character.charCount(c);
			if (isSpace(c)) {
				space = out.length() > 0;
			}
			else if (Character.getType(c) == Character.FORMAT && c != ZERO_WIDTH_NON_JOINER && c != ZERO_WIDTH_JOINER) {
				continue;
			}
			else {
				if (space) {
					out.append(' ');
					space = false;
				}
				out.appendCodePoint(c);
			}
		}
		return out.toString();
	}

	/**
	 * The text without the spaces at either end that {@link #tidyName} takes off (tabs, no-break spaces, line breaks
	 * too), and nothing else changed; null for null.
	 */
	public static String strip(String text) {
		if (text == null) {
			return null;
		}
		int start = 0;
		int end = text.length();
		while (start < end && isSpace(text.charAt(start))) {
			start++;
		}
		while (end > start && isSpace(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(start, end);
	}

	/**
	 * The key to compare and search by: case folded, Turkish I's all "i", without accents, cedillas, breves and other
	 * marks (so typed without Turkish letters it is the same), compatibility forms unified (ﬁ, full-width letters),
	 * quotes and dashes unified, without controls and invisible characters, spaces as in {@link #tidyName}. Empty for
	 * null.
	 */
	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		// before case folding, which would keep ı apart and make İ an i with a dot above
		String folded = NFKC_CASEFOLD.normalize(text.replace('ı', 'i').replace('İ', 'i'));
		folded = Normalizer.normalize(folded, Normalizer.Form.NFD);
		StringBuilder out = new StringBuilder(folded.length());
		boolean space = false;
		for (int i = 0; i < folded.length();) {
			int c = folded.codePointAt(i);
			i += Character.charCount(c);
			if (isSpace(c)) {
				space = out.length() > 0;
				continue;
			}
			switch (Character.getType(c)) {
				case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.CONTROL, Character.FORMAT,
						Character.SURROGATE -> {
					continue;
				}
				default -> {
				}
			}
			if (space) {
				out.append(' ');
				space = false;
			}
			out.appendCodePoint(unified(c));
		}
		return out.toString();
	}

	/**
	 * A pattern for SQL {@code like} (backslash the escape, PostgreSQL's default) that finds folded texts containing
	 * the folded {@code term}; null when nothing is left of the term to look for.
	 */
	public static String containing(String term) {
		String folded = fold(term);
		if (folded.isEmpty()) {
			return null;
		}
		return "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	private static boolean isSpace(int c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

	/** Apostrophes and quotes as typed on a keyboard, and a hyphen for every dash. */
	private static int unified(int c) {
		return switch (c) {
			case '\u2018', '\u2019', '\u201B', '\u02BC', '\u2032', '`' -> '\'';
			case '\u201C', '\u201D', '\u201F', '\u00AB', '\u00BB', '\u2033' -> '"';
			case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
			default -> c;
		};
	}

}
