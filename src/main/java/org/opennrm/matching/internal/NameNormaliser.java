package org.opennrm.matching.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.ibm.icu.text.Transliterator;

import org.opennrm.reference.CountryList;

/**
 * Turns a written name, in Latin (Turkish, English, French, German spellings), Arabic, Persian or Cyrillic
 * script, into comparable ASCII tokens: scripts transliterated, Arabic and Persian letter variants folded,
 * particles, articles, patronymics and compound names read. {@link Skeletons} turns each token into the consonant
 * skeleton names are compared by, as Arabic script writes no short vowels.
 */
public final class NameNormaliser {

	/** The Arabic article, also as assimilated to the name's first letter (ar-Rahman, as-Sami, ash-Shami). */
	private static final Set<String> ARTICLES = Set.of("al", "el", "ul", "ol", "il", "ad", "ed", "ar", "as", "ash", "at",
			"az", "an", "ez", "es", "esh");

	/** Forms of the article seen joined to the name only, in French spellings of the Maghreb ("Errachid", "Ettahir"). */
	private static final Set<String> JOINED_ONLY_ARTICLES = Set.of("er", "et", "en");

	/** Articles and kinship particles that some registrations write and others leave out. */
	private static final Set<String> PARTICLES = union(ARTICLES, Set.of("bin", "ben", "ibn", "ebn", "bint", "binti",
			"kizi", "qizi", "kyzy", "uulu", "walad", "ould", "farzand", "abd-al", "de", "la", "le", "van", "von", "der",
			"dos", "da"));

	/**
	 * The kinship particles in Arabic script: Arabic بن, ابن, بنت (son, daughter of) and ولد, and the Persian فرزند
	 * ("child of") of Afghan papers. Read letter by letter they were names of their own, "bn", "wld", "frznd", which
	 * the Latin spellings of the same name ("bin", "walad", left out) never meet.
	 */
	private static final Map<String, String> ARABIC_PARTICLES = Map.of("بن", "bin", "ابن", "ibn", "بنت", "bint", "ولد",
			"walad", "فرزند", "farzand");

	/** "s/o", "d/o", "w/o" (son, daughter, wife of), as Pakistani and Indian papers write before a father's name. */
	private static final Pattern KINSHIP_ABBREVIATION = Pattern.compile("(?i)(?<!\\p{L})[sdw] ?/ ?o(?!\\p{L})");

	private static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> all = new java.util.HashSet<>(a);
		all.addAll(b);
		return Set.copyOf(all);
	}

	/** Whether a word, written before a name or joined to it, is the Arabic article in one of its forms. */
	public static boolean isArticle(String word) {
		return ARTICLES.contains(word) || JOINED_ONLY_ARTICLES.contains(word);
	}

	/** Prefixes that form compound names with the next word: "Abdul Rahman" is one name, "Abdulrahman". */
	static final List<String> COMPOUND_PREFIXES = List.of("abdul", "abdel", "abdol", "abdal", "abdur", "abdus",
			"abduz", "abdu", "abd", "abu", "abou", "abo", "ebu");

	/**
	 * Second parts that some write apart: "Nur Eddin", "Salah al Din", "Zeyn el Abidin", and the endings of family
	 * names made of a name, the Turkish -oğlu, the Persian -zadeh, the Pashto -khil ("Şeyh Oğlu" is "Şeyhoğlu", not
	 * "Şeyh"; "Hossein Zadeh" is "Hosseinzadeh").
	 */
	private static final Set<String> COMPOUND_SUFFIXES = Set.of("din", "deen", "eddin", "uddin", "addin", "aldin",
			"eldin", "ullah", "ollah", "allah", "ulla", "oglu", "ogli", "ogly", "oghlu", "zadeh", "zade", "zada", "khil",
			"khel");

	/**
	 * BGN/PCGN romanisation, as passports and most agencies write Russian names (й → y, х → kh, ж → zh), after the
	 * letters of the Cyrillic alphabets of Central Asia and the Volga that neither it nor ICU's general romanisation
	 * has a Latin letter for, which were dropped ("Әлия" was "liya", "Раҳимов" "raimov"): Kazakh and Tatar ә, written
	 * a where Latin spellings have a or ä (as Azerbaijani ə), Tajik and Uzbek ҳ (h) and Tajik ҷ, Tatar җ (j), Bashkir ҡ
	 * (k) and ҫ (s), and the ng of ӈ, ӊ. Lower case only: words are lower-cased first.
	 */
	private static final Transliterator CYRILLIC = Transliterator.createFromRules("OpenNRM-Cyrillic-Latin",
			"ә > a; ҳ > h; ҷ > j; җ > j; ҡ > k; ҫ > s; ӈ > ng; ӊ > ng; ::Russian-Latin/BGN; ::Any-Latin; ::Latin-ASCII;",
			Transliterator.FORWARD);
	private static final Transliterator LATIN = Transliterator.getInstance("Latin-ASCII");
	private static final Transliterator ANY = Transliterator.getInstance("Any-Latin; Latin-ASCII");

	private static final Map<Character, String> ARABIC = arabicLetters();

	private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

	private final Map<String, List<String>> givenCache = new ConcurrentHashMap<>();

	/** The tokens of a name field; empty when there is none. */
	public List<String> tokens(String name) {
		return tokens(name, cache, false);
	}

	/**
	 * The tokens of a given-names field beside a family name: there, a father's name followed by "oğlu" is the
	 * patronymic (Azerbaijani "Elnur Kamran oğlu", Turkmen written the Turkish way "Dovlet Merdan oglu"), not a
	 * family name in -oğlu, which would stand in the family field.
	 */
	public List<String> givenTokens(String name) {
		return tokens(name, givenCache, true);
	}

	private static List<String> tokens(String name, Map<String, List<String>> cache, boolean givenNames) {
		if (name == null || name.isBlank()) {
			return List.of();
		}
		return cached(cache, 500_000, name, raw -> normalise(raw, givenNames));
	}

	/**
	 * The value kept for a key, made and kept when there is none; a cache over its limit is emptied first, so that a
	 * long run over many distinct names does not grow it without bound.
	 */
	static <V> V cached(Map<String, V> cache, int limit, String key, Function<String, V> make) {
		V value = cache.get(key);
		if (value != null) {
			return value;
		}
		if (cache.size() > limit) {
			cache.clear();
		}
		value = make.apply(key);
		cache.put(key, value);
		return value;
	}

	/**
	 * An apostrophe inside a word is part of it: the Uzbek letters oʻ and gʻ ("Xoʻjayev", "Ulugʻbek"), the ayn of
	 * romanised Arabic ("Ja'far"), "O'Brien". Elsewhere it parts words like a space.
	 */
	private static final Pattern INNER_APOSTROPHE = Pattern.compile("(?<=\\p{L})['`’‘ʼʻ](?=\\p{L})");

	static List<String> normalise(String raw) {
		return normalise(raw, false);
	}

	private static List<String> normalise(String raw, boolean givenNames) {
		String text = Normalizer.normalize(Mojibake.repair(raw), Normalizer.Form.NFKC);
		text = machineReadableName(text);
		text = KINSHIP_ABBREVIATION.matcher(text).replaceAll(" ");
		text = INNER_APOSTROPHE.matcher(text).replaceAll("");
		List<String> words = new ArrayList<>();
		for (String word : text.split("[\\s\\-‐‑–—_.,;:/()\\[\\]\"'`’‘ʼʻ·<]+")) {
			if (!word.isEmpty()) {
				words.addAll(latinWords(scannedDigits(word)));
			}
		}
		words = patronymics(Placeholders.without(words), givenNames);
		List<String> kept = new ArrayList<>();
		for (String word : words) {
			if (!word.isEmpty() && !PARTICLES.contains(word)) {
				kept.add(word);
			}
		}
		if (kept.isEmpty() && !words.isEmpty()) {
			kept.addAll(words.stream().filter(w -> !w.isEmpty()).toList());
		}
		return joinCompounds(kept);
	}

	/**
	 * The name line of a passport or visa read by machine (ICAO 9303), as scanners put it in a name field:
	 * "P&lt;TUROZDEMIR&lt;&lt;AYSE&lt;&lt;&lt;&lt;", the document's type and issuing state before the primary identifier, two
	 * fillers before the secondary one, a filler for each space. Given names then family names, so that the state's
	 * code is not read as the family name's beginning ("TUROZDEMIR"); any other text is returned as it is, and its
	 * fillers are spaces where words are split.
	 */
	static String machineReadableName(String text) {
		Matcher line = MACHINE_READABLE_NAME.matcher(text.strip());
		if (!line.matches() || !ISSUING_STATES.contains(line.group(1))) {
			return text;
		}
		String primary = line.group(2).replace('<', ' ').strip();
		String secondary = line.group(3) == null ? "" : line.group(3).replace('<', ' ').strip();
		return secondary.isEmpty() ? primary : secondary + " " + primary;
	}

	/**
	 * Type P or V, a subtype letter or filler, the issuing state, then the names, with two fillers somewhere; the state
	 * must be one ("PAVLOVA&lt;&lt;ANNA", an identity card's name line, is no passport of "VLO").
	 */
	private static final Pattern MACHINE_READABLE_NAME = Pattern
		.compile("(?=.*<<)[PV][A-Z<]([A-Z<]{3})([A-Z0-9<]*?)(?:<<([A-Z0-9<]*))?");

	/**
	 * The codes of the reference data's countries (ISO 3166-1 alpha-3, Kosovo's XKX, ICAO's XXA to XXX), those
	 * documents write in their place ({@link CountryList#documentCodes}: Kosovo's "RKS"), and Germany's "D", which a
	 * passport's line writes with two fillers ("D&lt;&lt;"), a line's own: a citizenship is not read by it.
	 */
	private static final Set<String> ISSUING_STATES = issuingStates();

	private static Set<String> issuingStates() {
		Set<String> states = new HashSet<>();
		CountryList.reference().entries().forEach(country -> states.add(country.alpha3()));
		states.addAll(CountryList.documentCodes().keySet());
		states.add("D<<");
		return Set.copyOf(states);
	}

	/**
	 * A word whose letters a scanner read partly as digits ("M0HAMMAD", "AY5E", "FAT1MA"): each digit the letter it
	 * is mistaken for; a word of digits only is left as it is (and is no name).
	 */
	static String scannedDigits(String word) {
		boolean digit = false;
		boolean letter = false;
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			digit |= c >= '0' && c <= '9';
			letter |= Character.isLetter(c);
		}
		if (!digit || !letter) {
			return word;
		}
		StringBuilder read = new StringBuilder(word.length());
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			read.append(c >= '0' && c <= '9' ? SCANNED_DIGITS.charAt(c - '0') : c);
		}
		return read.toString();
	}

	/** The capital each digit is mistaken for: 0 O, 1 I, 2 Z, 3 E, 4 A, 5 S, 6 G, 7 T, 8 B, 9 G. */
	private static final String SCANNED_DIGITS = "OIZEASGTBG";

	/**
	 * A father's name written the Uzbek, Kyrgyz, Kazakh, Turkmen or Azerbaijani way, followed by "daughter of" or "son
	 * of" ("Aziz qizi", "Farrukh o‘g‘li", "Bakyt kyzy", "Nurlan uulu", "Əli qızı"), made the Russian patronymic that
	 * other papers of the same person write ("Azizovna", "Farrukhovich", "Alievna"). Left as they were, the word was
	 * dropped as a particle and the father's name stood as a name of its own, which no "Azizovna" meets. The Turkish
	 * and Azerbaijani "oğlu", which both write, is the patronymic's only where a family name cannot be meant: with
	 * another name after it ("Murad Kamran oğlu Eliyev") or at the end of a given-names field beside a family name
	 * ({@code givenNames}); elsewhere it stays a family name's ending ("Yıldız oğlu", "Mehmet Ali Oğlu").
	 */
	static List<String> patronymics(List<String> words, boolean givenNames) {
		List<String> written = new ArrayList<>(words.size());
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			boolean daughter = DAUGHTER_OF.contains(word);
			// a given name, the father's name, oğlu: one word before it is a family name ("Hasan oğlu", "ŞEYH OĞLU Serdar")
			boolean son = SON_OF.contains(word)
					|| OGLU.contains(word) && written.size() >= 2 && (givenNames || i + 1 < words.size());
			String father = written.isEmpty() ? null : written.get(written.size() - 1);
			if ((daughter || son) && father != null && father.length() >= 3
					&& !PARTICLES.contains(father) && !isPatronymic(father)) {
				String link = Skeletons.isVowel(father.charAt(father.length() - 1)) ? "ev" : "ov";
				written.set(written.size() - 1, father + link + (daughter ? "na" : "ich"));
			}
			else {
				written.add(word);
			}
		}
		return written;
	}

	/**
	 * What clerks write where a name is not known: "BİLİNMİYOR", "Adı yok", "FNU"/"LNU" (first/last name unknown),
	 * "N/A", "Неизвестно", "مجهول", "نامعلوم". Taken for names, two records each "UNKNOWN" in a field would agree on
	 * it and a known name would disagree with it; they are no name. Compared as this class writes words (folded to
	 * ASCII), so that every script's capitals and letter forms are caught. "NN" (nomen nescio) is not among them: a
	 * name written without its vowels ("NN" for Nino, as the generated register mistypes it) is read as a skeleton.
	 */
	static final class Placeholders {

		/** Words that are never a name. */
		private static final Set<String> WORDS = folded(List.of("bilinmiyor", "bilinmeyen", "bilinmez", "belirsiz",
				"belirtilmemiş", "meçhul", "yok", "unknown", "unk", "fnu", "lnu", "xx", "xxx", "xxxx", "none",
				"inconnu", "inconnue", "unbekannt", "неизвестно", "неизвестен", "неизвестна", "неизвестный",
				"неизвестная", "нет", "مجهول", "مجهولة", "نامعلوم", "نامشخص", "ندارد"));

		/** Two words that together are no name, though each alone may be one ("Not", "Ghair"). */
		private static final Set<List<String>> PHRASES = Set.of(folded("adı yok"), folded("soyadı yok"),
				folded("soyad yok"), folded("ismi yok"), folded("bilgi yok"), folded("not known"), folded("no name"),
				folded("n a"), folded("غير معروف"), folded("غير معلوم"));

		private Placeholders() {
		}

		private static List<String> folded(String phrase) {
			return Arrays.stream(phrase.split(" ")).flatMap(w -> latinWords(w).stream()).toList();
		}

		private static Set<String> folded(List<String> words) {
			return words.stream().flatMap(w -> latinWords(w).stream()).collect(Collectors.toUnmodifiableSet());
		}

		static List<String> without(List<String> words) {
			if (words.size() == 1 && words.get(0).equals("x")) {
				return List.of(); // a field holding only "X": an initial of nobody
			}
			List<String> kept = new ArrayList<>(words.size());
			for (int i = 0; i < words.size(); i++) {
				if (i + 1 < words.size() && PHRASES.contains(List.of(words.get(i), words.get(i + 1)))) {
					i++;
				}
				else if (!WORDS.contains(words.get(i))) {
					kept.add(words.get(i));
				}
			}
			return kept;
		}

	}

	/** "Daughter of" after a father's name: Uzbek qizi, Kyrgyz and Kazakh kyzy, Turkmen gyzy, Azerbaijani qızı. */
	private static final Set<String> DAUGHTER_OF = Set.of("qizi", "kizi", "kyzy", "qyzy", "gyzy", "kyzi", "qizy");

	/** "Son of" after a father's name: Uzbek o‘g‘li (ўғли), Kyrgyz uulu, Kazakh uly, Turkmen ogly. */
	private static final Set<String> SON_OF = Set.of("ogli", "ugli", "ogly", "uulu", "uly");

	/** Azerbaijani "son of", which Turkish writes as a family name's ending too. */
	private static final Set<String> OGLU = Set.of("oglu", "oghlu");

	/** One written word in ASCII lower case; an Arabic-script word may yield its article separately. */
	private static List<String> latinWords(String word) {
		int script = dominantScript(word);
		if (script == ARABIC_SCRIPT) {
			String folded = foldArabic(word);
			if (ARABIC_PARTICLES.containsKey(folded)) {
				return List.of(ARABIC_PARTICLES.get(folded));
			}
			if (folded.equals("الله")) {
				// written apart in "ذبیح الله" (Zabihullah), "عبد الله": the second half of a compound, not al + lh
				return List.of("ullah");
			}
			if (folded.startsWith("ال") && folded.length() > 3) {
				return List.of("al", arabicToLatin(folded.substring(2)));
			}
			return List.of(arabicToLatin(folded));
		}
		String latin;
		if (script == CYRILLIC_SCRIPT) {
			latin = CYRILLIC.transliterate(word.toLowerCase(java.util.Locale.ROOT));
		}
		else if (script == LATIN_SCRIPT) {
			// Turkish dotted and dotless i meet: İ, I, ı and i are one letter here. Azerbaijani ə, which Latin-ASCII
			// drops, is the a of other spellings ("Əli" Ali, "Həsən" Hasan, "Məmmədov" Mammadov).
			latin = LATIN.transliterate(word.replace('İ', 'i').replace('I', 'i').replace('ı', 'i').replace('Ə', 'a')
				.replace('ə', 'a').replace('Ǝ', 'a').replace('ǝ', 'a').toLowerCase(java.util.Locale.ROOT));
		}
		else {
			latin = ANY.transliterate(word).toLowerCase(java.util.Locale.ROOT);
		}
		return List.of(latin.replaceAll("[^a-z]", ""));
	}

	private static List<String> joinCompounds(List<String> words) {
		// a Slavic or Turkic ending split from its name by a clerk or a scanner ("Ali Yev", "Karim Ova") joins it
		// again: no name is only an ending
		return joinAdjacent(words, (word, next) -> COMPOUND_PREFIXES.contains(word) || COMPOUND_SUFFIXES.contains(next)
				|| SLAVIC_ENDINGS.contains(next) && word.length() >= 2);
	}

	/**
	 * The words with each two neighbours that {@code together} accepts written as one, left to right, each word joined
	 * at most once ("abdul", "rahman" → "abdulrahman").
	 */
	public static List<String> joinAdjacent(List<String> words, BiPredicate<String, String> together) {
		List<String> joined = new ArrayList<>(words.size());
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (i + 1 < words.size() && together.test(word, words.get(i + 1))) {
				joined.add(word + words.get(i + 1));
				i++;
			}
			else {
				joined.add(word);
			}
		}
		return joined;
	}

	/**
	 * The name without an article written into it ("alahmed", "elhalil" → "ahmed", "halil"),
	 * or null when it has none. Turkish registrations often join the article to the name.
	 */
	public static String withoutArticle(String token) {
		for (String article : JOINED_ARTICLES) {
			if (token.length() >= article.length() + 3 && token.startsWith(article)) {
				// "Aleksandrova", "Aliyev", "Ulyanova": no Arabic article before a Slavic or Turkic ending
				return withoutSlavicEnding(token) == null ? token.substring(article.length()) : null;
			}
		}
		return null;
	}

	/** Assimilated articles ("arrahman", "ashshami") need nothing: a vowel and a doubled consonant leave the skeleton as it is. */
	private static final List<String> JOINED_ARTICLES = List.of("al", "el", "ul");

	/**
	 * The name before its Slavic or Turkic ending ("karim" of "Karimova"), or null if it has none. Two such names share
	 * their last three or four letters whatever their stems, which makes any two of them look alike to string
	 * distance ("Karimova"/"Rakhimova", "Nazarova"/"Saparova"): they are compared by their stems.
	 */
	public static String withoutSlavicEnding(String token) {
		if (token.length() < 5) {
			return null;
		}
		for (String ending : SLAVIC_ENDINGS) {
			if (token.endsWith(ending)) {
				return token.length() - ending.length() >= 3 ? token.substring(0, token.length() - ending.length()) : null;
			}
		}
		return null;
	}

	/**
	 * Whether a name is an honorific written before the names of many Afghan, Iranian, Pakistani, Bangladeshi and
	 * Central Asian people, which one agency writes and another leaves out: Seyed, Sayed, Syed (a descendant of the
	 * Prophet; Seyit in Turkish) and the women's Seyedeh, Sayeda, Syeda (Seyyide); Haji (and the Turkish Hacı), Mullah,
	 * Mawlawi, Qari, Khwaja, Sheikh; and the Bangladeshi "Mst" (Mosammat, before a woman's names). "Seyed Ali Mousavi"
	 * is "Ali Mousavi", "Mst Nur Ahmad" is "Nur Ahmad".
	 */
	public static boolean isTitle(String token) {
		return TITLES.contains(token);
	}

	private static final Set<String> TITLES = Set.of("seyed", "seyyed", "sayed", "sayyed", "sayyid", "syed", "sayid",
			"seyit", "seyyit", "seyid", "seyyid", "seyedeh", "seyede", "sayeda", "sayyeda", "sayyida", "sayida", "syeda",
			"seyide", "seyyide", "haji", "hajji", "hadji", "haci", "hajj", "hajja", "hajjah", "mullah", "mulla", "molla",
			"mawlawi", "mawlavi", "maulvi", "mowlawi", "qari", "khwaja", "khaja", "khoja", "sheikh", "shaikh", "shaykh",
			"mst", "mosammat", "mosammet", "mosamat", "musammat", "mossammat");

	/**
	 * A Russian or Ukrainian patronymic as written in any of the usual romanisations: "Konstantinovich", "Ivanovna",
	 * "Mykolaivna", "Petrowitsch", "Alexandrovitch", "İvanoviç".
	 */
	public static boolean isPatronymic(String token) {
		// asked of every pair of names compared: most end in none of the letters a patronymic ends in
		int n = token.length();
		if (n < 7) {
			return false;
		}
		char last = token.charAt(n - 1);
		// the pattern's longest match is ten letters at the end: only they are searched
		return (last == 'c' || last == 'h' || last == 'a')
				&& PATRONYMIC.matcher(token).region(Math.max(0, n - PATRONYMIC_LONGEST), n).find();
	}

	private static final Pattern PATRONYMIC = Pattern
		.compile("[a-z]{3}(?:[oe][vw](?:[iy]c|[iy]ch|itch|itsch)|[oei][vw]na|ichna)$");

	/** The length of {@link #PATRONYMIC}'s longest match: three letters and "ovitsch". */
	private static final int PATRONYMIC_LONGEST = 10;

	/**
	 * Slavic and Turkic patronymic-style endings (-ov, -ova, -ev, -owa…), longest first: the longest that fits is cut,
	 * and the skeleton marks it with one sign whatever the spelling or gender.
	 */
	private static final List<String> SLAVIC_ENDINGS = List.of("yeva", "yewa", "ova", "eva", "owa", "ewa", "off", "yev",
			"yew", "ov", "ev", "ow", "ew");

	private static final int LATIN_SCRIPT = 1;
	private static final int ARABIC_SCRIPT = 2;
	private static final int CYRILLIC_SCRIPT = 3;
	private static final int OTHER_SCRIPT = 4;

	private static int dominantScript(String word) {
		int arabic = 0;
		int cyrillic = 0;
		int latin = 0;
		int other = 0;
		for (int i = 0; i < word.length(); i++) {
			Character.UnicodeScript script = Character.UnicodeScript.of(word.charAt(i));
			switch (script) {
				case ARABIC -> arabic++;
				case CYRILLIC -> cyrillic++;
				case LATIN -> latin++;
				case COMMON, INHERITED -> { }
				default -> other++;
			}
		}
		int max = Math.max(Math.max(arabic, cyrillic), Math.max(latin, other));
		if (max == 0 || max == latin) {
			return LATIN_SCRIPT;
		}
		return max == arabic ? ARABIC_SCRIPT : max == cyrillic ? CYRILLIC_SCRIPT : OTHER_SCRIPT;
	}

	/** Arabic and Persian letter variants written for one another, and marks that are not letters. */
	static String foldArabic(String word) {
		StringBuilder out = new StringBuilder(word.length());
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640' || c == '\u0621') {
				continue; // harakat, superscript alef, tatweel, lone hamza
			}
			if (c == 'ئ' && i == 0) {
				continue; // the seat Kurdish and Uyghur write before a word's first vowel ("ئاراس" Aras), itself no sound
			}
			out.append(switch (c) {
				case 'ي', 'ى', 'ئ' -> 'ی';
				case 'ك' -> 'ک';
				case 'ة', 'ۀ', 'ہ', 'ۃ' -> 'ه'; // Urdu's heh and its final -e are the Arabic and Persian ه
				case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
				case 'ؤ' -> 'و';
				default -> c;
			});
		}
		return out.toString();
	}

	private static String arabicToLatin(String word) {
		StringBuilder out = new StringBuilder(word.length() * 2);
		for (int i = 0; i < word.length(); i++) {
			if (i == word.length() - 1 && i > 1 && word.charAt(i) == 'ه') {
				out.append('e'); // the Persian final -eh (فاطمه Fatemeh) is a vowel, not a consonant
				continue;
			}
			String letter = ARABIC.get(word.charAt(i));
			if (letter != null) {
				// ز, س, ک, ت, د, گ or پ then ه or ح are two letters, not the digraph zh, sh, kh… of one ("زهرا" is
				// Zahra, not the ژ of "zhra"): a vowel between, as a reader would say it. Urdu's ھ is the h of such a
				// digraph on purpose: دھ, تھ, کھ are dh, th, kh ("چودھری" Chaudhry)
				if (letter.equals("h") && word.charAt(i) != 'ھ' && out.length() > 0
						&& "zsktdgpc".indexOf(out.charAt(out.length() - 1)) >= 0) {
					out.append('a');
				}
				out.append(letter);
			}
			else if (Character.isLetter(word.charAt(i))) {
				out.append(ANY.transliterate(String.valueOf(word.charAt(i))).toLowerCase(java.util.Locale.ROOT));
			}
		}
		return out.toString().replaceAll("[^a-z]", "");
	}

	private static Map<Character, String> arabicLetters() {
		Map<Character, String> m = new java.util.HashMap<>();
		String[][] table = { { "ا", "a" }, { "ب", "b" }, { "پ", "p" }, { "ت", "t" }, { "ث", "s" }, { "ج", "j" }, { "چ", "ch" },
				{ "ح", "h" }, { "خ", "kh" }, { "د", "d" }, { "ذ", "z" }, { "ر", "r" }, { "ز", "z" }, { "ژ", "zh" },
				{ "س", "s" }, { "ش", "sh" }, { "ص", "s" }, { "ض", "z" }, { "ط", "t" }, { "ظ", "z" }, { "ع", "a" },
				{ "غ", "gh" }, { "ف", "f" }, { "ق", "q" }, { "ک", "k" }, { "گ", "g" }, { "ل", "l" }, { "م", "m" },
				{ "ن", "n" }, { "و", "w" }, { "ه", "h" }, { "ی", "y" },
				// letters ICU's romanisation has no Latin for, which were dropped: the Urdu h of aspirated consonants
				// ("چودھری" Chaudhry) and its n before a vowel-less end; Sorani Kurdish heavy r and l and its written
				// vowels ê, o and e ("ڕێزان" Rêzan, "کۆچەر" Koçer, "گوڵاڵە" Gulale); Uyghur u, ü and w
				{ "ھ", "h" }, { "ں", "n" }, { "ڕ", "r" }, { "ڵ", "l" }, { "ێ", "e" }, { "ۆ", "o" }, { "ە", "e" },
				{ "ۇ", "u" }, { "ۈ", "u" }, { "ۋ", "w" } };
		for (String[] row : table) {
			m.put(row[0].charAt(0), row[1]);
		}
		return Map.copyOf(m);
	}

}
