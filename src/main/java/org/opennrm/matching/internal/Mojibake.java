package org.opennrm.matching.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Names damaged on their way through older systems, read back as they were written. Türkiye's legacy registers hold
 * two kinds:
 * <ul>
 * <li>UTF-8 shown as Windows-1252: "AyÅŸe", "HÃœSEYÄ°N", "ERDOÄžAN" (each letter became two). Each run of characters
 * that are bytes 0x80–0xFF of Windows-1252 is read again as UTF-8, sequence by sequence where it is one ("Åž" is the
 * bytes C5 9E, Ş); a character that starts none stays ("São", "Çağrı").</li>
 * <li>Windows-1254 (Turkish) shown as Windows-1252 or Latin-1: "AYÞE YÝLMAZ", "OÐUZ" (Ş, İ, Ğ, ı, ş, ğ became the
 * Icelandic letters at the same bytes). Þ, þ, Ð and ð are Ş, ş, Ğ and ğ, and in such a name Ý and ý are İ and ı. Alone,
 * Ý and ý are also Turkmen letters, the consonant y ("Ýusup", "Aýna"), which always stands beside a vowel: they are
 * read as İ and ı only between two consonants or a consonant and the word's edge ("ALÝ", "DEMÝR", "ÝBRAHÝM").</li>
 * </ul>
 * Croatian Đ and đ are other characters than Ð and ð and stay as they are.
 */
final class Mojibake {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	/** The byte that each character of Windows-1252's upper half stands for. */
	private static final Map<Character, Byte> HIGH_BYTES = highBytes();

	private static final String VOWELS = "aeiouyAEIOUYıİäöüÄÖÜâêîôûÂÊÎÔÛ";

	private Mojibake() {
	}

	static String repair(String text) {
		boolean suspect = false;
		for (int i = 0; i < text.length() && !suspect; i++) {
			suspect = HIGH_BYTES.containsKey(text.charAt(i));
		}
		return suspect ? turkishCodePage(doubleEncoded(text)) : text;
	}

	private static String doubleEncoded(String text) {
		StringBuilder out = new StringBuilder(text.length());
		int i = 0;
		while (i < text.length()) {
			int length = sequenceLength(text, i);
			String decoded = length > 1 ? utf8(text, i, length) : null;
			if (decoded != null) {
				out.append(decoded);
				i += length;
			}
			else {
				out.append(text.charAt(i++));
			}
		}
		return out.toString();
	}

	/** The length of the UTF-8 sequence whose lead byte the character at {@code i} is, if all its bytes follow; else 0. */
	private static int sequenceLength(String text, int i) {
		Byte lead = HIGH_BYTES.get(text.charAt(i));
		if (lead == null) {
			return 0;
		}
		int b = lead & 0xFF;
		int length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
		if (length == 0 || i + length > text.length()) {
			return 0;
		}
		for (int k = 1; k < length; k++) {
			Byte next = HIGH_BYTES.get(text.charAt(i + k));
			if (next == null || (next & 0xC0) != 0x80) {
				return 0;
			}
		}
		return length;
	}

	private static String utf8(String text, int from, int length) {
		byte[] bytes = new byte[length];
		for (int k = 0; k < length; k++) {
			bytes[k] = HIGH_BYTES.get(text.charAt(from + k));
		}
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	private static String turkishCodePage(String text) {
		boolean turkish = text.chars().anyMatch(c -> c == 'Þ' || c == 'þ' || c == 'Ð' || c == 'ð');
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			out.append(switch (c) {
				case 'Þ' -> 'Ş';
				case 'þ' -> 'ş';
				case 'Ð' -> 'Ğ';
				case 'ð' -> 'ğ';
				case 'Ý' -> turkish || betweenConsonants(text, i) ? 'İ' : c;
				case 'ý' -> turkish || betweenConsonants(text, i) ? 'ı' : c;
				default -> c;
			});
		}
		return out.toString();
	}

	private static boolean betweenConsonants(String text, int i) {
		return !isVowel(text, i - 1) && !isVowel(text, i + 1);
	}

	private static boolean isVowel(String text, int i) {
		return i >= 0 && i < text.length() && VOWELS.indexOf(text.charAt(i)) >= 0;
	}

	private static Map<Character, Byte> highBytes() {
		Map<Character, Byte> bytes = new HashMap<>();
		for (int b = 0x80; b <= 0xFF; b++) {
			String c = new String(new byte[] { (byte) b }, WINDOWS_1252);
			if (c.length() == 1 && c.charAt(0) != '\uFFFD') {
				bytes.put(c.charAt(0), (byte) b);
			}
		}
		// the five bytes Windows-1252 leaves undefined are passed through as the control characters of Latin-1
		for (int b : new int[] { 0x81, 0x8D, 0x8F, 0x90, 0x9D }) {
			bytes.putIfAbsent((char) b, (byte) b);
		}
		return Map.copyOf(bytes);
	}

}
