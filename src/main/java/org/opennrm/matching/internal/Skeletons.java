package org.opennrm.matching.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The consonant skeleton of a name's token, and its readings: how Arabic script, which writes no short vowels, and
 * the transliterations of it and of Cyrillic are compared by their consonants ("محمد" mhmd, "Muhammed", "Mehmet" →
 * mkmt). Tokens come from {@link NameNormaliser}.
 */
public final class Skeletons {

	private Skeletons() {
	}

	/**
	 * The consonant skeleton: vowels and semi-vowels (w, v, y) dropped, letters that transliterations confuse
	 * merged into one class (all sibilants s/z/ş/ç/c/j/sh/ch/zh/dzh; the gutturals k/q/g/h/kh/x, because Russian
	 * writes Г for the H of Turkic and Arabic names, "Гусейнов" for Hüseynov, and Azerbaijani Q is G; d/t; b/p;
	 * f/ph), doubles collapsed, Slavic endings (-ov, -ova, -ev…) reduced to one marker, and the prefixes of compound names
	 * unified ("abdul…", "abdel…", "abd…" → "abd").
	 */
	public static String skeleton(String token) {
		return NameNormaliser.cached(SKELETONS, 1_000_000, token, Skeletons::computeSkeleton);
	}

	/** Skeletons already computed: comparing records asks for the same few hundred thousand tokens again and again. */
	private static final Map<String, String> SKELETONS = new ConcurrentHashMap<>();

	private static String computeSkeleton(String token) {
		StringBuilder out = new StringBuilder(token.length() + 1);
		String suffix = walk(token, out, null);
		return out.append(suffix).toString();
	}

	/**
	 * The vowels of a name, grouped by the consonants of its skeleton: the group before each consonant and the one
	 * after the last ("Hussain" → "", u, ai, ""; "Khuseyn" → "", u, ey, ""), y, w and v counting with the vowels, as the
	 * skeleton drops them; a + where the skeleton's consonant came again after vowels ("Tatiana" → "", a+ia, a). Two
	 * names with one skeleton have as many groups, side by side.
	 */
	public static List<String> vowelGroups(String token) {
		List<String> groups = new ArrayList<>();
		walk(token, null, groups);
		return groups;
	}

	/**
	 * Reads a token as {@link #skeleton} does, appending its consonant classes to {@code skeleton} and/or its vowel
	 * groups to {@code groups} (either may be null); returns the ending's marker ("9" or "").
	 */
	private static String walk(String token, StringBuilder skeleton, List<String> groups) {
		String t = token;
		for (String prefix : NameNormaliser.COMPOUND_PREFIXES) {
			if (prefix.startsWith("abd") && t.startsWith(prefix) && t.length() > prefix.length() + 2) {
				// abdur-, abdus-, abduz-: the article assimilated to the name's first letter, which may be written
				// once or twice ("Abdurahman", "Abdurrahman", "Abdulrahman": abd + rahman)
				String assimilated = prefix.length() == 5 && prefix.startsWith("abdu") && prefix.charAt(4) != 'l'
						? prefix.substring(4) : "";
				t = "abd" + assimilated + t.substring(prefix.length());
				break;
			}
		}
		String suffix = "";
		String stem = NameNormaliser.withoutSlavicEnding(t);
		if (stem != null) {
			t = stem;
			suffix = "9";
		}
		// German, Russian and French ways of writing the sound of Turkish c, English j: Dschamal, Dzhamal, Djamal.
		t = t.replace("dsch", "j").replace("tsch", "ch").replace("sch", "sh").replace("dzh", "j").replace("dj", "j")
			.replace("tch", "ch");
		t = t.replace("kh", "h").replace("gh", "k").replace("sh", "s").replace("ch", "s").replace("zh", "s")
			.replace("th", "t").replace("dh", "t").replace("ph", "f");
		if (t.endsWith("h") && t.length() > 2 && isVowel(t.charAt(t.length() - 2))) {
			t = t.substring(0, t.length() - 1);
		}
		StringBuilder group = new StringBuilder();
		char last = 0;
		for (int i = 0; i < t.length(); i++) {
			char c = switch (t.charAt(i)) {
				case 'a', 'e', 'i', 'o', 'u', 'y', 'w', 'v' -> 0;
				case 'd' -> 't';
				case 'q', 'g' -> 'k';
				case 'z', 'c', 'j' -> 's';
				case 'x', 'h' -> 'k';
				case 'p' -> 'b';
				default -> t.charAt(i);
			};
			// h joins the gutturals' class but is not their double: "Hakan" is not "Kaan", "Hikmet" not "Ahmet".
			char key = t.charAt(i) == 'h' || t.charAt(i) == 'x' ? 'H' : c;
			if (c != 0 && key != last) {
				if (skeleton != null) {
					skeleton.append(c);
				}
				if (groups != null) {
					groups.add(group.toString());
					group.setLength(0);
				}
			}
			if (c != 0 && key == last && !group.isEmpty()) {
				// the skeleton's one consonant written twice with vowels between ("Tatiana" t-n): the groups mark it
				group.append('+');
			}
			if (c != 0) {
				last = key;
			}
			else {
				group.append(t.charAt(i));
			}
		}
		if (groups != null) {
			groups.add(group.toString());
		}
		return suffix;
	}

	/** Another way to read a token's letters, and its skeleton. */
	public record Reading(String spelling, String skeleton) {
	}

	/**
	 * Other ways to read a token's letters, each different from the token, with their skeletons: the German one
	 * ({@link #germanReading}), the Latin one ({@link #latinReading}) and the Somali one ({@link #somaliReading});
	 * empty for most tokens.
	 */
	public static List<Reading> readings(String token) {
		return NameNormaliser.cached(READINGS, 1_000_000, token, Skeletons::computeReadings);
	}

	private static List<Reading> computeReadings(String token) {
		List<Reading> readings = new ArrayList<>(3);
		String german = germanReading(token);
		String latin = latinReading(token);
		String somali = somaliReading(token);
		if (!german.equals(token)) {
			readings.add(new Reading(german, skeleton(german)));
		}
		if (!latin.equals(token) && !latin.equals(german)) {
			readings.add(new Reading(latin, skeleton(latin)));
		}
		if (!somali.equals(token) && !somali.equals(german) && !somali.equals(latin)) {
			readings.add(new Reading(somali, skeleton(somali)));
		}
		return List.copyOf(readings);
	}

	/**
	 * A name as the Somali Latin alphabet writes it, read back: x is the Arabic ḥ ("Maxamed", "Xasan": Mohamed, Hasan),
	 * c the ʿayn, which other spellings leave out ("Cabdi", "Caasha": Abdi, Asha), dh the ḍ, and a doubled vowel a long
	 * one ("Maxamuud", "Cabdullaahi"). Read so only in a token with an x, a doubled vowel or a c before a consonant,
	 * which Turkish spelling, whose c is the English j ("Cemal", "Cafer"), does not write; "Cali" and "Cumar" keep
	 * their c. Returns the token itself otherwise.
	 */
	public static String somaliReading(String token) {
		if (!SOMALI_MARKS.matcher(token).find()) {
			return token;
		}
		return token.replace("dh", "d").replace('x', 'h').replace("c", "").replaceAll("([aeiou])\\1", "$1");
	}

	private static final Pattern SOMALI_MARKS = Pattern.compile("x|aa|ii|uu|oo|ee|c[^aeiouyh]");

	/**
	 * A name of a Somali record with the Somali c, the ʿayn, left out where it cannot be another spelling's c: before
	 * a, o, u, a consonant other than h, or at the end ("Cali", "Cumar", "Nimco", "Jaamac": Ali, Umar, Nimo, Jaama).
	 * Before e, i or y the c stays, as Turkish spellings of Somali people's names write it ("Hatice", "Cemal"), and so
	 * does ch ("Aicha"). Asked only of records whose citizenship says Somali: elsewhere "Cali" and "Cumar" may be
	 * the Turkish c, the English j, and keep it ({@link #somaliReading}). A name of one letter stays as it is.
	 */
	public static String withoutSomaliAyn(String token) {
		if (token.indexOf('c') < 0 || token.length() < 2) {
			return token;
		}
		StringBuilder out = new StringBuilder(token.length());
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			char next = i + 1 < token.length() ? token.charAt(i + 1) : 0;
			if (c != 'c' || next == 'h' || next == 'e' || next == 'i' || next == 'y') {
				out.append(c);
			}
		}
		return out.length() > 0 ? out.toString() : token;
	}

	/** Readings already made: asked of every pair of names that do not agree as written, millions of times a file. */
	private static final Map<String, List<Reading>> READINGS = new ConcurrentHashMap<>();

	/**
	 * A name as Romanian, English and other Latin spellings write it, read back: x is ks ("Alexandru", "Alexander"
	 * against "Aleksandr"), and in names of five letters or more c before a, o, u or a consonant is k ("Victoria",
	 * "Cojocaru" against "Viktoriya", "Kozhokaru") and ch before e or i is k (Romanian "Chiriac", "Chicu" against
	 * "Kiriyak", "Kiku"), where the skeleton reads c as the Turkish c and ch as the English ch. And ts is t: the
	 * Romanian ț, which folding to Latin letters makes a t ("Crețu", "Cretu"), is the ц of Russian spellings, romanised
	 * ts ("Kretsu", "Tsurkan" for "Țurcan"). Returns the token itself when it has none of these letters.
	 */
	public static String latinReading(String token) {
		if (token.indexOf('x') < 0 && !token.contains("ts") && (token.indexOf('c') < 0 || token.length() < 5)) {
			return token;
		}
		StringBuilder out = new StringBuilder(token.length() + 2);
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			char next = i + 1 < token.length() ? token.charAt(i + 1) : 0;
			char afterNext = i + 2 < token.length() ? token.charAt(i + 2) : 0;
			if (c == 'x') {
				out.append("ks");
			}
			else if (c == 'c' && token.length() >= 5 && next == 'h' && (afterNext == 'e' || afterNext == 'i')) {
				out.append('k');
				i++;
			}
			else if (c == 'c' && token.length() >= 5 && "eiyhsz".indexOf(next) < 0) {
				out.append('k');
			}
			else if (c == 't' && next == 's') {
				out.append('t');
				i++;
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * A name as German spelling writes Russian and Central Asian names, read back: ch is the Russian х ("Muchammad",
	 * "Chassan"), j the й ("Julija", "Sergej"), z the ц ("Kusnezow"), tsch the ч and sch the ш or ж ("Tschernow",
	 * "Schumabajew"). The skeleton reads ch as the English ч and j as the Turkish and English j; two names whose
	 * skeletons differ may be one name read the German way. Returns the token itself when it has none of these letters.
	 */
	public static String germanReading(String token) {
		if (token.indexOf('c') < 0 && token.indexOf('j') < 0 && token.indexOf('z') < 0) {
			return token;
		}
		// tokens are lower case: upper-case letters hold the German digraphs while ch, j and z are read
		String t = token.replace("dsch", "J").replace("tsch", "C").replace("sch", "S").replace("ch", "kh").replace('j', 'y')
			.replace("z", "ts");
		return t.replace("J", "j").replace("C", "ch").replace("S", "sh");
	}

	static boolean isVowel(char c) {
		return "aeiouy".indexOf(c) >= 0;
	}

}
