package org.opennrm.matching;

/**
 * The scripts a name is written in, as bits: Latin, Cyrillic, Arabic (Persian, Urdu...), Greek, Georgian, Armenian,
 * Hebrew, and any other script in one. Two names of which no letter shares a script were written in other scripts:
 * "Наталья" and "Natalya", which the normaliser makes one token, are the same name, but not identical to a case
 * worker who reads them. For the explanation alone: the score compares the tokens.
 */
final class WrittenScripts {

	static final int LATIN = 1;

	static final int CYRILLIC = 1 << 1;

	static final int ARABIC = 1 << 2;

	static final int GREEK = 1 << 3;

	static final int GEORGIAN = 1 << 4;

	static final int ARMENIAN = 1 << 5;

	static final int HEBREW = 1 << 6;

	static final int OTHER = 1 << 7;

	private WrittenScripts() {
	}

	/** The scripts of the letters of {@code text}; 0 for none (null, or no letter). */
	static int of(String text) {
		if (text == null) {
			return 0;
		}
		int scripts = 0;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			i += Character.charCount(c);
			if (c < 0x80) {
				scripts |= Character.isLetter(c) ? LATIN : 0;
			}
			else if (Character.isLetter(c)) {
				scripts |= script(Character.UnicodeScript.of(c));
			}
		}
		return scripts;
	}

	private static int script(Character.UnicodeScript script) {
		return switch (script) {
			case LATIN -> LATIN;
			case CYRILLIC -> CYRILLIC;
			case ARABIC -> ARABIC;
			case GREEK -> GREEK;
			case GEORGIAN -> GEORGIAN;
			case ARMENIAN -> ARMENIAN;
			case HEBREW -> HEBREW;
			default -> OTHER;
		};
	}

	/** Whether two names were written in other scripts: each in some script, no letter of both in one. */
	static boolean other(int x, int y) {
		return x != 0 && y != 0 && (x & y) == 0;
	}

}
