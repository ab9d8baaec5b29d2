package org.opennrm.matching.bulk;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

/**
 * The text of an input file that is no workbook: its encoding told by its byte order mark, named, or UTF-8; a file
 * that is not text of it refused with where it stops being so and the encoding its bytes look like.
 */
final class TextDecoding {

	private TextDecoding() {
	}

	/**
	 * The text of a CSV file: UTF-8, with or without its byte order mark, or UTF-16 with one (Excel's "Unicode
	 * text"), unless {@code encoding} names another. A file that is not text of its encoding is refused, with the
	 * encoding its bytes look like; one whose text read as the encoding named looks like another encoding's is refused
	 * unless {@code forced}, and said in {@code notices} if it is ({@link EncodingCheck}).
	 */
	static String decodeText(Path file, byte[] bytes, Charset encoding, boolean forced,
			List<RowMessage> notices) throws InputReader.InputException {
		ByteOrderMark mark = ByteOrderMark.of(bytes);
		Charset charset = encoding != null ? encoding : mark != null ? mark.charset : StandardCharsets.UTF_8;
		int offset = encoding == null && mark != null ? mark.length() : 0;
		if (encoding != null && mark != null && !mark.readBy(encoding)) {
			// "ï»¿" glued to the first column's name, were it read as the encoding named
			if (decodes(bytes, mark.length(), mark.charset)) {
				throw new InputReader.InputException("matching.cli.markedEncoding", file, mark.charset.name(), mark.hex(),
						encoding.name());
			}
			// lines of the encoding named pasted after a mark of another: the mark is no text of either
			offset = mark.length();
		}
		String utf16 = isUtf16Or32(charset) ? null : unmarkedUtf16(bytes, offset);
		if (utf16 != null) {
			throw new InputReader.InputException("matching.cli.unmarkedUtf16", file, utf16);
		}
		int nul = isUtf16Or32(charset) ? -1 : firstNul(bytes, offset);
		if (nul >= 0) {
			// no text of a code page or UTF-8 holds one: a program's own file (a document, an image) named .csv
			throw new InputReader.InputException("matching.cli.binary", file, nul + 1L);
		}
		String text;
		try {
			text = decode(bytes, offset, charset);
		}
		catch (CharacterCodingException ex) {
			Undecodable at = firstUndecodable(bytes, offset, charset);
			if (encoding != null) {
				throw new InputReader.InputException("matching.cli.notInEncoding", file, encoding.name(), at.line(), at.hex());
			}
			String likely = likelyCodePage(bytes);
			throw likely != null ? new InputReader.InputException("matching.cli.notUtf8", file, at.line(), at.hex(), likely)
					: new InputReader.InputException("matching.cli.notUtf8Unknown", file, at.line(), at.hex());
		}
		EncodingCheck.Finding finding = encoding == null ? null
				: EncodingCheck.check(file, bytes, offset, encoding, text, forced);
		if (finding != null && finding.refuses()) {
			throw new InputReader.InputException(finding.message().key(), finding.message().args());
		}
		if (finding != null) {
			notices.add(finding.message());
		}
		return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
	}

	/** A byte order mark, and the encoding it marks. */
	private enum ByteOrderMark {

		UTF_8(StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF), UTF_16LE(StandardCharsets.UTF_16LE, 0xFF, 0xFE),
		UTF_16BE(StandardCharsets.UTF_16BE, 0xFE, 0xFF);

		final Charset charset;
		private final int[] bytes;

		ByteOrderMark(Charset charset, int... bytes) {
			this.charset = charset;
			this.bytes = bytes;
		}

		static ByteOrderMark of(byte[] file) {
			for (ByteOrderMark mark : values()) {
				if (startsWith(file, mark.bytes)) {
					return mark;
				}
			}
			return null;
		}

		int length() {
			return bytes.length;
		}

		/** Whether {@code encoding} reads the mark as one (UTF-16 takes it in, UTF-16LE gives U+FEFF), not as letters. */
		boolean readBy(Charset encoding) {
			byte[] mark = new byte[bytes.length];
			for (int i = 0; i < mark.length; i++) {
				mark[i] = (byte) bytes[i];
			}
			String read = new String(mark, encoding);
			return read.isEmpty() || read.equals("\uFEFF");
		}

		String hex() {
			StringBuilder hex = new StringBuilder();
			for (int b : bytes) {
				hex.append(hex.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%02X", b));
			}
			return hex.toString();
		}

	}

	private static boolean isUtf16Or32(Charset charset) {
		String name = charset.name().toUpperCase(Locale.ROOT);
		return name.contains("UTF-16") || name.contains("UTF-32");
	}

	/**
	 * "UTF-16LE" or "UTF-16BE" when the bytes from {@code offset} look like UTF-16 text saved without its byte order
	 * mark (a NUL byte every other byte, the other byte of each letter of the Latin alphabet, digit and delimiter),
	 * or null. Read as UTF-8, such a file has a NUL between every two letters of its header.
	 */
	private static String unmarkedUtf16(byte[] bytes, int offset) {
		int length = Math.min(bytes.length - offset, 4096);
		int even = 0;
		int odd = 0;
		for (int i = 0; i < length; i++) {
			if (bytes[offset + i] == 0) {
				if (i % 2 == 0) {
					even++;
				}
				else {
					odd++;
				}
			}
		}
		int pairs = length / 2;
		return pairs == 0 ? null : odd * 2 >= pairs ? "UTF-16LE" : even * 2 >= pairs ? "UTF-16BE" : null;
	}

	/**
	 * Where the first NUL byte among the first {@link #BINARY_CHECKED} from {@code offset} is, or -1. A program's own
	 * files have one early (git tells binary files so); a text file that a system padded with NULs at its end is read
	 * as before.
	 */
	private static int firstNul(byte[] bytes, int offset) {
		for (int i = offset; i < Math.min(bytes.length, offset + BINARY_CHECKED); i++) {
			if (bytes[i] == 0) {
				return i;
			}
		}
		return -1;
	}

	private static final int BINARY_CHECKED = 8000;

	/**
	 * The code page Excel and older systems save text in that a file's bytes look like: windows-1254 (Turkish, and
	 * the Latin alphabet), windows-1256 (Arabic script) or windows-1251 (Cyrillic); null when they look like none of
	 * them. ICU's detector gives each encoding a confidence from the letter sequences of its languages (10 is its
	 * floor, a guess with nothing for it). Its script is sure where its language is not: a few Turkish names were
	 * taken for Hungarian (ISO-8859-2) or Danish (ISO-8859-1); the script's code page is named.
	 */
	private static String likelyCodePage(byte[] bytes) {
		CharsetDetector detector = new CharsetDetector();
		// the detector weighs letter sequences as prose has them; a register's digits, dates and ASCII names would
		// drown the few names in another script (an Arabic file was taken for Latin-1, a Russian one for Turkish)
		detector.setText(wordsBeyondAscii(bytes));
		CharsetMatch best = detector.detect();
		return best == null || best.getConfidence() <= 10 ? null : CODE_PAGES.get(best.getName());
	}

	/** The code page of each script, by the encodings ICU's detector names for it. */
	private static final Map<String, String> CODE_PAGES = Map.ofEntries(Map.entry("ISO-8859-1", "windows-1254"),
			Map.entry("windows-1252", "windows-1254"), Map.entry("ISO-8859-2", "windows-1254"),
			Map.entry("windows-1250", "windows-1254"), Map.entry("ISO-8859-9", "windows-1254"),
			Map.entry("windows-1254", "windows-1254"), Map.entry("ISO-8859-6", "windows-1256"),
			Map.entry("windows-1256", "windows-1256"), Map.entry("ISO-8859-5", "windows-1251"),
			Map.entry("KOI8-R", "windows-1251"), Map.entry("windows-1251", "windows-1251"));

	/** The words (runs of letters) of a text that hold a byte beyond ASCII, a space after each; 64 KB at most. */
	private static byte[] wordsBeyondAscii(byte[] bytes) {
		ByteArrayOutputStream words = new ByteArrayOutputStream();
		int start = 0;
		boolean beyond = false;
		for (int i = 0; i <= bytes.length && words.size() < 65536; i++) {
			int b = i < bytes.length ? bytes[i] & 0xFF : ' ';
			if (b >= 0x80 || Character.isLetter(b)) {
				beyond |= b >= 0x80;
				continue;
			}
			if (beyond) {
				words.write(bytes, start, i - start);
				words.write(' ');
			}
			start = i + 1;
			beyond = false;
		}
		return words.toByteArray();
	}

	/** Where a file stops being text of its encoding: the line (1 for the first), and the bytes there in hex. */
	record Undecodable(long line, String hex) {
	}

	/**
	 * The first bytes from {@code offset} that {@code charset} cannot read, so that the user can find them (an "ş"
	 * saved by Turkish Excel is the byte FE, which is no UTF-8): its line counted by the line feeds before it, as an
	 * editor counts (in UTF-16, by the line-feed characters).
	 */
	static Undecodable firstUndecodable(byte[] bytes, int offset, Charset charset) {
		CharsetDecoder decoder = strictDecoder(charset);
		ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
		CharBuffer out = CharBuffer.allocate(8192);
		long lines = 1;
		while (true) {
			CoderResult result = decoder.decode(in, out, true);
			out.flip();
			while (out.hasRemaining()) {
				if (out.get() == '\n') {
					lines++;
				}
			}
			out.clear();
			if (result.isError()) {
				int at = in.position();
				int length = Math.min(result.length(), bytes.length - at);
				StringBuilder hex = new StringBuilder();
				for (int i = at; i < at + length; i++) {
					hex.append(hex.isEmpty() ? "" : " ").append(String.format(java.util.Locale.ROOT, "%02X", bytes[i] & 0xFF));
				}
				return new Undecodable(lines, hex.toString());
			}
			if (result.isUnderflow()) {
				// no error: decoded whole (a caller asks only after one)
				return new Undecodable(lines, "");
			}
		}
	}

	private static boolean decodes(byte[] bytes, int offset, Charset charset) {
		try {
			decode(bytes, offset, charset);
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	static String decode(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
		return strictDecoder(charset).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
	}

	/** A decoder that reports bytes that are no character of {@code charset} rather than replacing them. */
	static CharsetDecoder strictDecoder(Charset charset) {
		return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
