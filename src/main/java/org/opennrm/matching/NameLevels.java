package org.opennrm.matching;

import java.util.List;
import java.util.Set;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

import org.opennrm.matching.internal.LevelCache;
import org.opennrm.matching.internal.NameNormaliser;
import org.opennrm.matching.internal.NameVariants;
import org.opennrm.matching.internal.Skeletons;
import org.opennrm.matching.internal.Skeletons.Reading;

/**
 * How two name tokens agree, and the tests of spelling, slips and sound under it: the token-level comparisons of
 * {@link PersonMatcher}, with no state of their own.
 */
final class NameLevels {

	private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

	static final LevenshteinDistance TYPO_DISTANCE = new LevenshteinDistance(2);

	/**
	 * Levels of token pairs already compared, and whether two neighbouring tokens written as one are a third, shared
	 * by all matchers (4 M slots each, 64 MB), for up to 2 M distinct tokens (about 100 MB at most; a file of 1,000,000
	 * generated records writes about 120,000 distinct words, the third independent register about 51,000). Tokens
	 * beyond are compared without the cache (beyond 1 M, joined pairs too).
	 */
	static final LevelCache LEVELS = new LevelCache(22, 1 << 21);

	private NameLevels() {
	}

	/** How two name tokens agree: 3 same, 2 equivalent (same skeleton), 1 similar, 0 different. */
	static int level(String a, String b, String skeletonA, String skeletonB) {
		return level(a, b, skeletonA, skeletonB, true);
	}

	/** As {@link #level(String, String, String, String)}; {@code articleA} false reads no joined article off {@code a}. */
	static int level(String a, String b, String skeletonA, String skeletonB, boolean articleA) {
		// h, kh or x against k, q or gh: other letters in every script these names come from ("Heidari"/"Qaderi",
		// "Haidar"/"Kadir"); one keystroke apart, a slip ("Kalil"/"Khalil")
		if (hOrK(a) * hOrK(b) < 0) {
			return oneKeystroke(a, b) ? 1 : 0;
		}
		// a father's name made a patronymic is neither his name nor a family name: "Konstantinovich" is not
		// "Konstantin", "Gurbanovich" not "Gurbanov"
		if (NameNormaliser.isPatronymic(a) != NameNormaliser.isPatronymic(b)) {
			return 0;
		}
		// a family name made of a given name ("Karimi" of Karim): another name, or the same with its last letter lost
		if (skeletonA.equals(skeletonB) && descentSuffix(a, b)) {
			return 1;
		}
		int level = spellingLevel(a, b, skeletonA, skeletonB);
		if (level < 2) {
			String bareA = articleA ? bareName(a, b) : null;
			String bareB = bareName(b, a);
			if (bareA != null || bareB != null) {
				String x = bareA != null ? bareA : a;
				String y = bareB != null ? bareB : b;
				level = Math.max(level, spellingLevel(x, y, Skeletons.skeleton(x), Skeletons.skeleton(y)));
			}
		}
		if (level < 2) {
			level = Math.max(level, readingLevel(a, b, skeletonA, skeletonB));
		}
		return level;
	}

	/**
	 * 2 when one name, or both, read another way (see {@link Skeletons#readings}: the German spelling of Russian
	 * names, the Latin x and c), has the other's skeleton and agrees with it as an equivalent spelling
	 * ("Muchammad"/"Mukhammad", "Julija"/"Yuliya", "Kusnezow"/"Kuznetsov", "Alexandr"/"Aleksandr"), else 0.
	 */
	private static int readingLevel(String a, String b, String skeletonA, String skeletonB) {
		List<Reading> readingsA = Skeletons.readings(a);
		List<Reading> readingsB = Skeletons.readings(b);
		if (readingsA.isEmpty() && readingsB.isEmpty()) {
			return 0;
		}
		// most pairs are other names under any reading: their skeletons tell, before any spelling is compared
		boolean equivalent = false;
		for (Reading x : readingsA) {
			equivalent |= x.skeleton().equals(skeletonB) && spellingLevel(x.spelling(), b, x.skeleton(), skeletonB) >= 2;
		}
		for (Reading y : readingsB) {
			equivalent |= y.skeleton().equals(skeletonA) && spellingLevel(a, y.spelling(), skeletonA, y.skeleton()) >= 2;
			for (Reading x : readingsA) {
				equivalent |= x.skeleton().equals(y.skeleton())
						&& spellingLevel(x.spelling(), y.spelling(), x.skeleton(), y.skeleton()) >= 2;
			}
		}
		// names known to differ, or one with another word before it, stay apart however they are read
		return equivalent && NameVariants.relation(a, b) >= 0 && !anotherWordBefore(a, b) ? 2 : 0;
	}

	/**
	 * The level of two names of which either was an everyday form read as its full name: equivalent at most, as a
	 * variant of one name is, since the form is not the name as written.
	 */
	static int fullNameLevel(String x, String y) {
		return x.equals(y) ? 2 : Math.min(2, level(x, y, Skeletons.skeleton(x), Skeletons.skeleton(y)));
	}

	private static int spellingLevel(String a, String b, String skeletonA, String skeletonB) {
		if (a.equals(b)) {
			return 3;
		}
		String fullA = NameVariants.fullName(a);
		String fullB = NameVariants.fullName(b);
		if (fullA != null || fullB != null) {
			// an everyday form ("Sasha") against its full name ("Aleksandr", "Alexandr") or another of its forms: an
			// equivalent spelling at most, as a variant of one name is
			String x = fullA != null ? fullA : a;
			String y = fullB != null ? fullB : b;
			return fullNameLevel(x, y);
		}
		if (anotherWordBefore(a, b)) {
			return 0;
		}
		// the skeleton marks the ending: most pairs are told apart without looking for it
		String stemA = skeletonA.endsWith("9") ? NameNormaliser.withoutSlavicEnding(a) : null;
		String stemB = stemA != null && skeletonB.endsWith("9") ? NameNormaliser.withoutSlavicEnding(b) : null;
		if (stemA != null && stemB != null) {
			// "Hasanova"/"Khasanov" meet by their stems; "Karimova"/"Rakhimova" and "Hasanov"/"Hüseynov" do not
			return Math.min(2, spellingLevel(stemA, stemB, Skeletons.skeleton(stemA), Skeletons.skeleton(stemB)));
		}
		int known = NameVariants.relation(a, b);
		if (known != 0) {
			return known > 0 ? 2 : 0;
		}
		double jw = jaroWinkler(a, b);
		if (skeletonA.equals(skeletonB) && !skeletonA.isEmpty() && !otherOnset(a, b)) {
			if (jw >= 0.75 || vowelPoor(a) || vowelPoor(b) || vowelShift(a, b) || soundAlike(a, b)
					|| skeletonA.length() >= 2 && jw >= 0.6 && vowelsAgree(a, b)) {
				return 2;
			}
			if (skeletonA.length() >= 3) {
				return 1;
			}
			// a short name's skeleton says little: "Ail" and "Ali" are one slip apart, as the rules below find
		}
		if (jw >= 0.90) {
			return 1;
		}
		if (skeletonA.length() >= 5 && skeletonB.length() >= 5 && Math.abs(skeletonA.length() - skeletonB.length()) <= 1
				&& JARO_WINKLER.apply(skeletonA, skeletonB) >= 0.92) {
			return 1;
		}
		// One slip of the keyboard or the scanner: a letter changed, added or dropped ("Abbas"/"Abgas"), in the
		// letters or in the consonants ("Hammoud"/"Hqmmoud").
		int shorter = shorter(a, b);
		// "Ali" typed "Li", "Ai" or "Aii": a short name has no letters to spare for the rules below.
		if (shorter >= 2 && Math.max(a.length(), b.length()) == 3 && oneKeystroke(a, b)) {
			return 1;
		}
		if (shorter >= 4 && jw >= 0.7) {
			int distance = TYPO_DISTANCE.apply(a, b);
			if (distance == 1 || distance == 2 && shorter >= 7) {
				return 1;
			}
			if (skeletonA.length() >= 3 && skeletonB.length() >= 3 && TYPO_DISTANCE.apply(skeletonA, skeletonB) == 1
					&& jw >= 0.8) {
				return 1;
			}
			// A scanner reads "m" as "rn" ("Demir"/"Dernir").
			if (a.contains("rn") != b.contains("rn") && TYPO_DISTANCE.apply(a.replace("rn", "m"), b.replace("rn", "m")) == 0) {
				return 1;
			}
		}
		return 0;
	}

	/**
	 * A name without its joined article, when enough is left to be a name ("Elamin", not "Elena"), or when what is left
	 * is the other name as written ("Alali" and "Ali"; {@code other} null when there is none, as for a key); else null.
	 */
	static String bareName(String token, String other) {
		String bare = NameNormaliser.withoutArticle(token);
		return bare != null && (bare.length() >= 4 || bare.equals(other)) ? bare : null;
	}

	/**
	 * 1 for a name beginning with h, kh or x (ح, خ, х, Uzbek x), -1 for k, q or gh (ك, ق, غ, к), 0 otherwise: a g
	 * alone, which stands for h in Russian spellings ("Gasan", "Guseyn"), and c and ch are neither.
	 */
	private static int hOrK(String name) {
		char c = name.charAt(0);
		if (c == 'h' || c == 'x') {
			return 1;
		}
		if (c == 'q' || c == 'g' && name.length() > 1 && name.charAt(1) == 'h') {
			return -1;
		}
		if (c == 'k') {
			return name.length() > 1 && name.charAt(1) == 'h' ? 1 : -1;
		}
		return 0;
	}

	/**
	 * One name begins with a vowel and the other with a consonant that no transliteration drops or adds ("Ateşkoç" and
	 * "Taşkoç", "Ursu" and "Rusu", "Akbulut" and "Gökbulut"): the skeleton, which drops vowels, would call them one
	 * name. An initial h, y, j, w or v comes and goes between scripts ("Hasanova"/"Asanova", "Yelena"/"Elena"), but
	 * not when the other name has it right after its first vowel: "Ahmad" and "Hamid", "Ehsan" and "Hasan", "Ajmal" and
	 * "Jamal" are other names. Names written without their vowels are left to the skeleton.
	 */
	private static boolean otherOnset(String a, String b) {
		boolean vowelA = isVowel(a.charAt(0));
		boolean vowelB = isVowel(b.charAt(0));
		if (vowelA == vowelB || vowelPoor(a) || vowelPoor(b)) {
			return false;
		}
		char consonant = vowelA ? b.charAt(0) : a.charAt(0);
		if ("hyjwv".indexOf(consonant) < 0) {
			return true;
		}
		String initialVowel = folded(vowelA ? a : b);
		String initialConsonant = folded(vowelA ? b : a);
		return initialVowel.length() > 1 && initialConsonant.length() > 1
				&& initialVowel.charAt(1) == initialConsonant.charAt(0) && isVowel(initialConsonant.charAt(1));
	}

	/**
	 * One name is the other with the -i that makes Arabic and Persian family names of given names ("Karim"/"Karimi",
	 * "Hossein"/"Hosseini", "Mohammad"/"Mohammadi", "محمد"/"محمدی", "Hüseyin"/"Hüseyni"), the other ending in a
	 * consonant (not a j, y, w or h: "Sergej"/"Sergei"). A name in -ari against the same in -ar is not such a pair:
	 * Moldovan names, which Russian writes with a soft sign and no i ("Pascari"/"Паскарь"), and a nisba whose -i a
	 * clerk left out ("Haydari"/"Haydar"); against another vowel it is ("Omari"/"Ömer").
	 */
	static boolean descentSuffix(String a, String b) {
		return a.length() >= 3 && b.length() >= 3 && (madeOf(a, b) || madeOf(b, a));
	}

	/** {@code name} ends in i or y after a consonant, {@code other} in a consonant, and they are not -ari and -ar. */
	private static boolean madeOf(String name, String other) {
		char last = name.charAt(name.length() - 1);
		return (last == 'i' || last == 'y') && consonant(name.charAt(name.length() - 2)) && endsInConsonant(other)
				&& !(name.endsWith("ari") && other.endsWith("ar"));
	}

	private static boolean endsInConsonant(String name) {
		return consonant(name.charAt(name.length() - 1));
	}

	/** Not a vowel, nor a j, y, w or h, which come and go between spellings. */
	private static boolean consonant(char c) {
		return !isVowel(c) && "yjwh".indexOf(c) < 0;
	}

	private static boolean isVowel(char c) {
		return "aeiou".indexOf(c) >= 0;
	}

	/**
	 * Jaro–Winkler similarity of two tokens, or, when it cannot reach 0.7, a number below 0.7: no rule here asks
	 * more of such a pair. Most token pairs of two records are different names (a given name against a family
	 * name), and counting their shared letters costs far less than aligning them.
	 */
	static double jaroWinkler(String a, String b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		int[] letters = new int[128];
		for (int i = 0; i < a.length(); i++) {
			letters[a.charAt(i) & 127]++;
		}
		int common = 0;
		for (int i = 0; i < b.length(); i++) {
			if (letters[b.charAt(i) & 127]-- > 0) {
				common++;
			}
		}
		int prefix = 0;
		while (prefix < 4 && prefix < a.length() && prefix < b.length() && a.charAt(prefix) == b.charAt(prefix)) {
			prefix++;
		}
		// Jaro counts at most the shared letters, with no transposition; Winkler adds at most 0.1 per prefix letter.
		double jaro = common == 0 ? 0 : ((double) common / a.length() + (double) common / b.length() + 1) / 3;
		double bound = jaro + prefix * 0.1 * (1 - jaro);
		return bound < 0.7 ? bound : JARO_WINKLER.apply(a, b);
	}

	/**
	 * Names of six letters or more one keystroke apart ("Tsiklauri"/"Tsiklaudi", "Mirzayeva"/"Mirzaeyva"): a letter
	 * changed, added or dropped, or two neighbours swapped. Such a pair is more often one name mistyped than other
	 * similar spellings are, so it weighs up to {@value NameComparison#SLIP_CAP} bits (m 0.5) where other similar names
	 * weigh up to 6 (m 0.3); on the generated registers this lifted MATCH F1 by 0.1 point at 10,000 and 100,000 records.
	 */
	static boolean oneSlipApart(String a, String b) {
		return shorter(a, b) >= 6 && oneKeystroke(a, b);
	}

	/** A letter changed, added or dropped, or two neighbours swapped. */
	private static boolean oneKeystroke(String a, String b) {
		if (a.length() == b.length()) {
			int first = -1;
			int differences = 0;
			for (int i = 0; i < a.length(); i++) {
				if (a.charAt(i) != b.charAt(i) && differences++ == 0) {
					first = i;
				}
			}
			if (differences == 1) {
				return true;
			}
			return differences == 2 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
					&& a.charAt(first + 1) == b.charAt(first) && a.substring(first + 2).equals(b.substring(first + 2));
		}
		return TYPO_DISTANCE.apply(a, b) == 1;
	}

	private static int shorter(String a, String b) {
		return Math.min(a.length(), b.length());
	}

	/**
	 * "Amal" and "Emel", "Yusuf" and "Yusof": the same letters, the vowels as each language hears them (a/e, i/e,
	 * o/u). "Omar" and "Amir" are not.
	 */
	private static boolean vowelShift(String a, String b) {
		if (a.length() != b.length() || a.length() < 4) {
			return false;
		}
		for (int i = 0; i < a.length(); i++) {
			char x = a.charAt(i);
			char y = b.charAt(i);
			if (x != y && !VOWEL_SHIFTS.contains("" + x + y)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * One name is the other with a word of two letters or more before it: "Karakaya" and "Kaya", "Ayyıldız" and
	 * "Yıldız", "Öztürk" and "Türk" are other Turkish surnames, "Gulahmad" another given name than "Ahmad". An Arabic
	 * article before the name ("Alahmad", "Asshami", "Errachid") is not such a word, nor are letters without a vowel
	 * (the kh or gh of one transliteration before a name another writes without them).
	 */
	static boolean anotherWordBefore(String a, String b) {
		String longer = a.length() > b.length() ? a : b;
		String shorter = longer == a ? b : a;
		int extra = longer.length() - shorter.length();
		if (extra < 2 || shorter.length() < 3 || !longer.endsWith(shorter)) {
			return false;
		}
		String word = longer.substring(0, extra);
		return !NameNormaliser.isArticle(word) && word.chars().anyMatch(c -> isVowel((char) c));
	}

	/** One name as the letters sound, its vowels as each language hears them: see {@link #folded}. */
	private static boolean soundAlike(String a, String b) {
		String x = folded(a);
		String y = folded(b);
		return x.equals(y) || vowelShift(x, y);
	}

	/**
	 * A name as the letters sound across the ways of writing it, vowels kept: Turkish c and German dsch, Russian dzh and
	 * French dj are one j ("Cemal"/"Jamal", "Hocayeva"/"Khodzhayeva"), w is v ("Velid"/"Walid"), Uzbek x and kh are h
	 * ("Farrux"), ee and ou the long i and u ("Saeed", "Youssef"), doubled letters single, a final d sounds t ("Seyit",
	 * "Sayed"). Asked only of names with one consonant skeleton, which their vowels alone did not tell to be one name.
	 */
	private static String folded(String token) {
		String f = token.replace("dsch", "j").replace("dzh", "j").replace("dj", "j").replace("tsch", "ch")
			.replace("sch", "sh").replace("kh", "h").replace('x', 'h').replace('c', 'j').replace('w', 'v')
			.replace("ee", "i").replace("oo", "u").replace("ou", "u");
		StringBuilder out = new StringBuilder(f.length());
		for (int i = 0; i < f.length(); i++) {
			if (i == 0 || f.charAt(i) != f.charAt(i - 1)) {
				out.append(f.charAt(i));
			}
		}
		if (out.length() > 0 && out.charAt(out.length() - 1) == 'd') {
			out.setCharAt(out.length() - 1, 't');
		}
		return out.toString();
	}

	/**
	 * Two names with one skeleton (and some letters in common, which the caller checks) whose vowels, group by group
	 * between the consonants, are ones that spellings of one name trade: a and e, e and i, o and a (Uzbek "Fotima",
	 * "Murod"), o and u, i and y, ou and u, ee and i ("Khuseyn"/"Hussain", "Zaynab"/"Zeineb"/"Sainab",
	 * "Khadija"/"Hatice", "Iousouf"/"Yusuf"). A vowel on one side where the other has none
	 * is another name ("Amir"/"Emre"), and so are a and u or a and i ("Hasan"/"Hüseyin", "Halil"/"Hilal"), and a consonant
	 * written again after vowels against one written once ("Tatiana"/"Doina", t-n both).
	 */
	static boolean vowelsAgree(String a, String b) {
		List<String> x = Skeletons.vowelGroups(a);
		List<String> y = Skeletons.vowelGroups(b);
		if (x.size() != y.size()) {
			return false;
		}
		for (int i = 0; i < x.size(); i++) {
			int classesX = vowelClasses(x.get(i), i == 0);
			int classesY = vowelClasses(y.get(i), i == 0);
			if (classesX == 0 ? classesY != 0 : (classesX & classesY) == 0) {
				return false;
			}
			if (x.get(i).indexOf('+') >= 0 != y.get(i).indexOf('+') >= 0) {
				return false;
			}
		}
		return true;
	}

	private static final int OPEN = 1;
	private static final int FRONT = 2;
	private static final int ROUND = 4;

	/**
	 * The kinds of vowel a group's letters may stand for (w and v none: they are consonants that the skeleton drops). An
	 * o that begins a name is rounded only: "Omar" is "Umar" but not "Ammar", "Ömer" not "Emir".
	 */
	private static int vowelClasses(String group, boolean initial) {
		if (group.equals("ee")) {
			return FRONT; // the long i of "Saeed", "Meerim"
		}
		int classes = 0;
		for (int i = 0; i < group.length(); i++) {
			classes |= switch (group.charAt(i)) {
				case 'a' -> OPEN;
				case 'e' -> OPEN | FRONT;
				case 'i', 'y' -> FRONT;
				case 'o' -> initial ? ROUND : OPEN | ROUND;
				case 'u' -> ROUND;
				default -> 0;
			};
		}
		return classes;
	}

	private static final Set<String> VOWEL_SHIFTS = Set.of("ae", "ea", "ie", "ei", "ou", "uo");

	/** Written without short vowels, as names transliterated letter by letter from Arabic script are. */
	static boolean vowelPoor(String token) {
		int vowels = 0;
		for (int i = 0; i < token.length(); i++) {
			if (isVowel(token.charAt(i))) {
				vowels++;
			}
		}
		return vowels * 4 < token.length();
	}

	/**
	 * The consonants of a token: a doubled letter is one ("Mohammad" m-h-m-d, as a script without short vowels writes
	 * it), and so are ch, sh, kh, zh, gh, dh, th and ph (ç, ş, x, ж, غ, ذ, ث: "Gulchehra" and "Gulçehra"); y and w
	 * count with the vowels.
	 */
	static int consonants(String token) {
		int count = 0;
		char previous = 0;
		for (int k = 0; k < token.length(); k++) {
			char c = token.charAt(k);
			boolean digraph = c == 'h' && "cszkgdtp".indexOf(previous) >= 0;
			if (c != previous && !digraph && Character.isLetter(c) && "aeiouyw".indexOf(c) < 0) {
				count++;
			}
			previous = c;
		}
		return count;
	}

}
