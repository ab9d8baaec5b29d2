package org.opennrm.matching.bulk;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Whether the encoding named for a CSV file ({@code --encoding}) is the file's own. A code page that has a character
 * for every byte (windows-1254, ISO-8859-1) reads any file without an error: an Arabic file saved as windows-1256 and
 * read as windows-1254 gives "İÇØãÉ" for فاطمة, a UTF-8 file "AyÅŸe" for Ayşe, and names then match nothing in another
 * script, with no word said. Three things are looked for:
 * <ul>
 * <li>a file that is UTF-8 text, read as another encoding: each line with a byte beyond ASCII is UTF-8, which text of
 * a code page almost never is (a Turkish capital of windows-1254 would have to be followed by a symbol);</li>
 * <li>words that no name is written with, read in the code page named ({@link Words#unwritten}), or Turkish names
 * with Icelandic letters ({@link Words#turkishAsIcelandic}: a file saved as windows-1254 or ISO-8859-9 and read as
 * ISO-8859-1 or windows-1252 has Ayþe Yýlmaz, Doðan for Ayşe Yılmaz, Doğan): most of those with letters beyond
 * ASCII, or a tenth of them where another of the code pages Excel and older systems save the caseload's languages in
 * reads a quarter as many; the code page that reads the fewest is named;</li>
 * <li>lines of UTF-8 in a file otherwise of the code page (two files pasted together): said, not refused, as the
 * code page is right for the other lines.</li>
 * </ul>
 * The first two refuse the file unless the encoding was named with {@code --force-encoding}. A message names the line
 * and one character as each encoding reads it, never a word: it may be a name.
 * <p>
 * Measured on the generator's names (Arabic, Persian, Russian, Ukrainian; Turkish, German, French, Romanian, Turkmen,
 * Uzbek) in files of 1 to 1,000 records: no file read as its own code page was refused. Read as another, Arabic-script
 * and Cyrillic files were refused from one record on (but for one file of two Arabic records read as windows-1251),
 * Latin-alphabet ones read as windows-1251 too; windows-1256, which has ç, ü and the French accented letters, reads
 * French, Romanian and Uzbek names almost as written and was told from windows-1254 for Turkish and German ones from
 * 50 records. Turkish names read as ISO-8859-1 or windows-1252 are refused too: {@code internal/Mojibake} reads such
 * names back only where it can tell them from Turkmen and Icelandic ones (Yýlmaz stays as it is), and the outputs
 * would write the ids so.
 */
final class EncodingCheck {

	/** The code pages of the caseload's scripts: Turkish (and the Latin alphabet), Arabic script, Cyrillic. */
	static final List<Charset> CODE_PAGES = List.of(Charset.forName("windows-1254"), Charset.forName("windows-1256"),
			Charset.forName("windows-1251"));

	private EncodingCheck() {
	}

	/**
	 * What was found: a message of the bundle, and whether it refuses the file (unless forced) or is said only.
	 */
	record Finding(RowMessage message, boolean refuses) {
	}

	/**
	 * What is wrong with reading {@code bytes} (from {@code offset}) as {@code named}, which gave {@code text}; null
	 * when nothing is.
	 *
	 * @param forced whether the user named the encoding with {@code --force-encoding}: a finding that would refuse the
	 *               file is then said as a warning
	 */
	static Finding check(Path file, byte[] bytes, int offset, Charset named, String text, boolean forced) {
		if (named.equals(StandardCharsets.UTF_8)) {
			return null;
		}
		long linesBeyondAscii = 0;
		long utf8Lines = 0;
		long firstUtf8Line = 0;
		int firstUtf8Start = 0;
		long line = 1;
		CharsetDecoder utf8 = TextDecoding.strictDecoder(StandardCharsets.UTF_8);
		for (int start = offset; start < bytes.length;) {
			int end = start;
			boolean beyond = false;
			while (end < bytes.length && bytes[end] != '\n') {
				beyond |= bytes[end] < 0;
				end++;
			}
			if (beyond) {
				linesBeyondAscii++;
				if (isUtf8(utf8, bytes, start, end)) {
					utf8Lines++;
					if (firstUtf8Line == 0) {
						firstUtf8Line = line;
						firstUtf8Start = start;
					}
				}
			}
			start = end + 1;
			line++;
		}
		if (utf8Lines > 0 && utf8Lines == linesBeyondAscii) {
			String sample = firstBeyondAscii(new String(bytes, firstUtf8Start, bytes.length - firstUtf8Start,
					StandardCharsets.UTF_8));
			String read = new String(sample.getBytes(StandardCharsets.UTF_8), named);
			return new Finding(new RowMessage(forced ? "matching.cli.encoding.utf8.forced" : "matching.cli.encoding.utf8",
					file, named.name(), firstUtf8Line, sample, read), !forced);
		}
		if (isSingleByte(named)) {
			Finding finding = otherScript(file, bytes, offset, named, Words.of(text), forced);
			if (finding != null) {
				return finding;
			}
		}
		if (utf8Lines > 0) {
			return new Finding(new RowMessage("matching.cli.encoding.utf8Lines", file, named.name(), utf8Lines,
					firstUtf8Line), false);
		}
		return null;
	}

	/**
	 * Words no name is written with, of all words with letters beyond ASCII, from which a code page is taken for
	 * another's whatever the others read: most of them.
	 */
	static final double UNWRITTEN = 0.5;

	/**
	 * From this share of words no name is written with, a code page is taken for another's when one of
	 * {@link #CODE_PAGES} reads a quarter as many or fewer: Turkish text read as windows-1256 keeps its ç and ü, which
	 * that code page has too, and loses its ş, ı and ğ to Arabic letters.
	 */
	static final double UNWRITTEN_AGAINST_ANOTHER = 0.1;

	/**
	 * What is wrong with reading the file as the code page {@code named}, whose words are {@code words}: too many of
	 * them are none a name is written with, or Turkish names with Icelandic letters, and the code page that reads the
	 * fewest such words is named; null when nothing is.
	 */
	private static Finding otherScript(Path file, byte[] bytes, int offset, Charset named, Words words,
			boolean forced) {
		double share = words.wrongShare();
		if (share < UNWRITTEN_AGAINST_ANOTHER) {
			return null;
		}
		Charset likely = null;
		double fewest = Math.min(share / 4, UNWRITTEN);
		for (Charset candidate : CODE_PAGES) {
			if (candidate.equals(named)) {
				continue;
			}
			try {
				double other = Words.of(TextDecoding.decode(bytes, offset, candidate)).wrongShare();
				if (other < fewest || likely == null && other == fewest) {
					fewest = other;
					likely = candidate;
				}
			}
			catch (CharacterCodingException ex) {
				// not text of this code page either
			}
		}
		if (likely == null && share < UNWRITTEN) {
			return null;
		}
		boolean icelandic = words.turkishAsIcelandic() > words.unwritten();
		if (icelandic && likely != null) {
			return turkishAsIcelandic(file, named, words, likely, forced);
		}
		String shown = String.valueOf(icelandic ? words.firstIcelandicCharacter() : words.firstUnwrittenCharacter());
		long line = icelandic ? words.firstIcelandicLine() : words.firstUnwrittenLine();
		if (forced) {
			return new Finding(new RowMessage("matching.cli.encoding.otherScript.forced", file, named.name(), line,
					shown), false);
		}
		if (likely == null) {
			return new Finding(new RowMessage("matching.cli.encoding.otherScriptUnknown", file, named.name(), line,
					shown), true);
		}
		return new Finding(new RowMessage("matching.cli.encoding.otherScript", file, named.name(), line, shown,
				likely.name(), new String(shown.getBytes(named), likely)), true);
	}

	/** The finding of a file whose words read as Turkish names with Icelandic letters, which {@code likely} reads best. */
	private static Finding turkishAsIcelandic(Path file, Charset named, Words words, Charset likely, boolean forced) {
		String shown = String.valueOf(words.firstIcelandicCharacter());
		if (forced) {
			return new Finding(new RowMessage("matching.cli.encoding.turkishAsIcelandic.forced", file, named.name(),
					words.firstIcelandicLine(), shown, words.turkishAsIcelandic(), words.beyondAscii()), false);
		}
		return new Finding(new RowMessage("matching.cli.encoding.turkishAsIcelandic", file, named.name(),
				words.firstIcelandicLine(), shown, likely.name(), new String(shown.getBytes(named), likely),
				words.turkishAsIcelandic(), words.beyondAscii()), true);
	}

	/** Whether the bytes from {@code start} to {@code end} are UTF-8 text, as a strict decoder reads them. */
	private static boolean isUtf8(CharsetDecoder utf8, byte[] bytes, int start, int end) {
		try {
			utf8.decode(ByteBuffer.wrap(bytes, start, end - start));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	/** Whether an encoding reads each byte as one character, and ASCII as ASCII: a code page. */
	private static boolean isSingleByte(Charset charset) {
		try {
			return charset.newEncoder().maxBytesPerChar() == 1
					&& "Aa,;".equals(new String("Aa,;".getBytes(charset), charset));
		}
		catch (UnsupportedOperationException ex) {
			return false; // an encoding that only decodes
		}
	}

	/** The first character beyond ASCII of a text (a whole one: a letter outside the Basic Multilingual Plane too). */
	private static String firstBeyondAscii(String text) {
		int at = 0;
		while (at < text.length() && text.charAt(at) < 0x80) {
			at++;
		}
		return at == text.length() ? "" : text.substring(at, text.offsetByCodePoints(at, 1));
	}

	/**
	 * The words of a text that hold a character beyond ASCII, how many of them no name is written with, and how many
	 * are Turkish names with Icelandic letters; the line and first character beyond ASCII of the first no name is
	 * written with, and the line and first Icelandic letter of the first Turkish name.
	 */
	private record Words(long beyondAscii, long unwritten, long firstUnwrittenLine, char firstUnwrittenCharacter,
			long turkishAsIcelandic, long firstIcelandicLine, char firstIcelandicCharacter) {

		/**
		 * The share of words no name is written with, or that are Turkish names with Icelandic letters; none when no
		 * word has a letter beyond ASCII.
		 */
		double wrongShare() {
			return beyondAscii == 0 ? 0 : (double) (unwritten + turkishAsIcelandic) / beyondAscii;
		}

		static Words of(String text) {
			long beyondAscii = 0;
			long unwritten = 0;
			long firstLine = 0;
			char firstCharacter = 0;
			long icelandic = 0;
			long firstIcelandicLine = 0;
			char firstIcelandic = 0;
			long line = 1;
			int start = -1;
			int beyond = -1;
			for (int i = 0; i <= text.length(); i++) {
				char c = i < text.length() ? text.charAt(i) : ' ';
				if (c == '\n') {
					line++;
				}
				if (inWord(c)) {
					start = start < 0 ? i : start;
					beyond = beyond < 0 && c >= 0x80 ? i : beyond;
					continue;
				}
				if (beyond >= 0) {
					beyondAscii++;
					String word = text.substring(start, i);
					int letter;
					if (unwritten(word)) {
						unwritten++;
						if (firstLine == 0) {
							firstLine = line;
							firstCharacter = text.charAt(beyond);
						}
					}
					else if ((letter = turkishAsIcelandic(word)) >= 0) {
						icelandic++;
						if (firstIcelandicLine == 0) {
							firstIcelandicLine = line;
							firstIcelandic = word.charAt(letter);
						}
					}
				}
				start = -1;
				beyond = -1;
			}
			return new Words(beyondAscii, unwritten, firstLine, firstCharacter, icelandic, firstIcelandicLine,
					firstIcelandic);
		}

		/**
		 * Letters, the marks written over them (Arabic vowel signs, combining accents), the joiners Persian writes, and
		 * control characters, which a code page read for another gives where the other had letters. Punctuation,
		 * symbols, digits and spaces part words.
		 */
		private static boolean inWord(char c) {
			if (c < 0x80) {
				return Character.isLetter(c);
			}
			int type = Character.getType(c);
			return Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
					|| type == Character.CONTROL || c == '\u200C' || c == '\u200D' || Character.isSurrogate(c);
		}

		/**
		 * Whether no name is written so: letters of two scripts, a control character, three letters or more of the
		 * Latin alphabet of which none is ASCII, a small letter before a capital that is no ASCII one.
		 */
		static boolean unwritten(String word) {
			Character.UnicodeScript script = null;
			int latin = 0;
			boolean ascii = false;
			char previous = 0;
			for (int i = 0; i < word.length(); i++) {
				char c = word.charAt(i);
				if (Character.getType(c) == Character.CONTROL) {
					return true;
				}
				if (!Character.isLetter(c)) {
					continue;
				}
				Character.UnicodeScript own = Character.UnicodeScript.of(c);
				if (own != Character.UnicodeScript.COMMON && own != Character.UnicodeScript.INHERITED) {
					if (script != null && own != script) {
						return true;
					}
					script = own;
				}
				latin += own == Character.UnicodeScript.LATIN ? 1 : 0;
				ascii |= c < 0x80;
				if (Character.isLowerCase(previous) && Character.isUpperCase(c) && (previous >= 0x80 || c >= 0x80)) {
					return true;
				}
				previous = c;
			}
			return script == Character.UnicodeScript.LATIN && latin >= 3 && !ascii;
		}

		/** The letters a Western code page (ISO-8859-1, windows-1252) reads for windows-1254's Ğ, İ, Ş, ğ, ı, ş. */
		private static final String ICELANDIC = "ÐÝÞðýþ";

		/** The other letters beyond ASCII that Turkish names are written with. */
		private static final String TURKISH = "ÇÖÜÂÎÛçöüâîû";

		private static final String VOWELS = "AEIOUÖÜÂÎÛaeiouöüâîû";

		/**
		 * Where a word has an Icelandic letter that stands for a Turkish one, in a name otherwise written as Turkish
		 * names are (its letters ASCII ones or Turkish ones), or -1: Ð, ð, Þ or þ, or an Ý or ý between two letters
		 * that are no vowels, or at the word's edge, as Turkish İ and ı can stand (YÝLMAZ, Aydýn, ALÝ), and Turkmen
		 * ý, a consonant beside a vowel (Aýna, Ýusup), never does. Icelandic names mostly have á, é, ó or ú besides.
		 */
		static int turkishAsIcelandic(String word) {
			int found = -1;
			for (int i = 0; i < word.length(); i++) {
				char c = word.charAt(i);
				if (c >= 0x80 && ICELANDIC.indexOf(c) < 0 && TURKISH.indexOf(c) < 0) {
					return -1;
				}
				boolean stands = ICELANDIC.indexOf(c) >= 0
						&& (c != 'Ý' && c != 'ý' || !vowel(word, i - 1) && !vowel(word, i + 1));
				found = found < 0 && stands ? i : found;
			}
			return found;
		}

		private static boolean vowel(String word, int i) {
			return i >= 0 && i < word.length() && VOWELS.indexOf(word.charAt(i)) >= 0;
		}

	}

}
