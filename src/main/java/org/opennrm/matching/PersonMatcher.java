package org.opennrm.matching;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

import org.opennrm.matching.PreparedPerson.Name;
import org.opennrm.matching.internal.Calendars;
import org.opennrm.matching.internal.LevelCache;
import org.opennrm.matching.internal.NameNormaliser;
import org.opennrm.matching.internal.NameNormaliser.Reading;
import org.opennrm.matching.internal.NameVariants;

/**
 * Compares two person records, Fellegi–Sunter style: each piece of evidence adds log2(m/u), the odds that it
 * is seen between records of one person (m) rather than of two people (u). Names are compared token by
 * token with the best assignment between the two records' tokens, by spelling and by consonant skeleton;
 * agreeing on a common name weighs less than agreeing on a rare one. Thread-safe.
 */
public final class PersonMatcher {

	/**
	 * The score is the evidence (bits) plus the prior odds, which shrink as the register grows (a name and a year
	 * shared in a file of 1,000 people says more than in a register of 1,000,000). The midpoint, where the score is
	 * 0.5, is 0.85 * log2(N) - 4.0 bits: 7.3 at 10,000 records, 10.1 at 100,000, 12.9 at 1,000,000. The regression that
	 * fitted the weights below put the posterior's own midpoint at log2(N) - 5.8 (7.4 at 10,000, 10.9 at 100,000);
	 * the midpoint in use lies lower, near where MATCH F1 peaks at the three sizes (one line for all three; 0.3 bit
	 * higher since names are no longer counted together through an unvowelled spelling, which made them weigh more:
	 * see NameFrequencies.Counter#names). The decision that maximises F1 accepts
	 * pairs more likely than half the F1 it reaches, and a larger register, holding more people who share a name and
	 * a year, reaches less.
	 */
	static final double PRIOR_SLOPE = 0.85;

	static final double PRIOR_OFFSET = 4.0;

	/*
	 * How much of each part of the names' evidence counts. Each agreeing name adds log2(m/u) as if names were
	 * independent of each other and of the rest; they are not (a name tells nationality, sex and generation, and a
	 * family shares its names), and a name that only resembles another is more often a different name than its m and
	 * u say. The same regression, with one coefficient per part, weighed names written alike at 0.75 of their face
	 * value (0.75 and 0.76 at the two sizes), names equivalent across spellings at 0.67 (0.66, 0.67) and similar names
	 * at 0.67 (0.63, 0.71), names one keystroke apart at 0.8 (0.79, 0.83), a name of either record agreeing with none
	 * of the other's at -5 bits (-5.5, -4.7), its face value (the bulk command, which counts its file's spellings, now
	 * tells two kinds of such names apart: see UNMATCHED_COMMON), and the correction for two names common together (0.98,
	 * 0.73), a name on one side only and a swap of given and family names at 0.86 of their face value, as the names'
	 * sum was weighed before its parts were told apart. See WeightFitBenchmark.
	 */

	static final double SAME_FACTOR = 0.75;

	static final double EQUIVALENT_FACTOR = 0.67;

	static final double SIMILAR_FACTOR = 0.67;

	static final double SLIP_FACTOR = 0.8;

	static final double NAME_EVIDENCE = 0.86;

	/**
	 * A name on both sides that agrees with none of the other's, when the spellings were not counted (the index):
	 * log2(0.03 / 0.97), as fitted before the two kinds below were told apart.
	 */
	static final double UNMATCHED = -5;

	/**
	 * A name on both sides that agrees with none of the other's, the two each written so by many records of the file:
	 * two names, not one mistyped beyond recognition ("Sevinj"/"Nigar" of two sisters). Fitted at 100,000 records:
	 * -8.4 bits in all against -3.5 for the others; at -8.5 and -3.5, MATCH F1 rose by 0.3 point of the ceiling at
	 * 10,000 and 100,000 records (sisters, brothers and twins with one family name and one date were MATCHes).
	 */
	static final double UNMATCHED_COMMON = -8.5;

	/** A name on both sides that agrees with none of the other's, one of the two seldom written so: maybe a slip. */
	static final double UNMATCHED_RARE = -3.5;

	/**
	 * The first given name of one record agrees with none of the other's, whose first given name agrees with a later
	 * one: "Hussein Ahmad Halabi" (Hussein, son of Ahmad) and "Ahmad Halabi", his father. A name chain begins with the
	 * person's own name; a father's name follows it. At 100,000 records, -3 to -12 bits took the same 270 false
	 * MATCHes out and about ten true ones (MATCH F1 +0.1 point of the ceiling).
	 */
	static final double OWN_NAME_LEFT = -6;

	/** A name on one side only, beyond the other's count (a father's name, a second given name): −1.6 at face value. */
	static final double EXTRA = -1.6;

	/** Given and family names swapped between the records: −0.5 at face value. */
	static final double SWAPPED = -0.5;

	/**
	 * The version of the rules that turn a record into blocking keys ({@link #indexKeys} and the normalisation
	 * under it). The index files each person with the scheme their keys were made by and re-keys people filed under
	 * an older one; raise it with any change that gives a record other keys (a test holds the keys of sample records
	 * and fails until it is raised). 1: the keys of every index built before schemes were recorded (names with the
	 * year, name pairs); 2: also names with the full date and name pairs with the year; 3: an apostrophe inside a word
	 * no longer parts it ("Xo‘jayev"), and Arabic-script "الله" written apart joins the name before it ("ذبیح الله"); 4:
	 * Azerbaijani ə is read as a ("Əli"), Arabic-script ز or س before ه no longer reads as zh or sh ("زهرا"), and
	 * abdur-, abdus-, abduz- keep the letter of their article ("Abdurahman" = abd + rahman); 5: a Slavic ending written
	 * apart joins the name before it ("Ali Yev"); 6: the Turkish -oğlu, Persian -zadeh and Pashto -khil of a family
	 * name written apart join it ("Şeyh Oğlu" is "Şeyhoğlu", no longer "Şeyh"); 7: each name with the year and
	 * another name's first letter class, until then the bulk command's only; 8: a father's name with the Central Asian
	 * or Azerbaijani "daughter of" or "son of" is the Russian patronymic ("Aziz qizi" is "Azizovna"); 9: what clerks write
	 * for a name they do not know ("BİLİNMİYOR", "FNU", "Неизвестно", "مجهول") is no name; 10: "oğlu" after a father's
	 * name is the patronymic where a family name cannot be meant ("Elnur Kamran oğlu" beside a family name, "Murad
	 * Kamran oğlu Eliyev"); 11: a birth date of 1 January 1900 (or the year 1900 alone) is no date, and a name field
	 * holding only "X" no name; 12: letters of the Kazakh, Tatar, Bashkir and Tajik Cyrillic alphabets (ә, ҳ, ҷ, җ, ҡ,
	 * ҫ) and the Urdu, Sorani Kurdish and Uyghur letters of the Arabic script (ھ, ں, ڕ, ڵ, ێ, ۆ, ۇ, ۈ, ۋ; ہ as ه; ئ
	 * before a first vowel silent) are read instead of dropped ("Әлия" was "liya", "ڕێزان" "zan"), and a joined article
	 * is taken off a name's key only when four letters are left ("Elena" was keyed as "Ena"); 13: names damaged by a
	 * wrong code page are read as written ("AYÞE YÝLMAZ", "HÃœSEYÄ°N"), and the kinship particles of the Arabic script
	 * (بن, ابن, بنت, ولد, فرزند) and "s/o", "d/o", "w/o" are left out as "bin" and "walad" were; "Md.", "Mhd" and
	 * "Mohd" are Muhammad; 14: each of a person's names alone, and the name of a record naming one name only as such
	 * ({@link #indexKeys}), so that "Roya" of 1975 and "Roya Rezai" of 1975-02-05 find each other; 15: a name of one
	 * letter ("Adnan S.", a family name cut to its initial) is an initial, not a name, and is not keyed: "Adnan S." is
	 * filed as a record naming one name ({@link #initials}); a passport's name line read by machine
	 * ("P&lt;TUROZDEMIR&lt;&lt;AYSE") is read as its given and family names, and digits a scanner put for letters
	 * ("M0HAMMAD") as those letters; the everyday form of a Russian or Ukrainian given name ("Sasha", "Masha") is
	 * keyed as the full name it stands for ({@code NameVariants.fullName}); 16: so are the everyday forms of Georgian
	 * names ("Keti", "Dato") and "Vika", and "Hamoudi", "Hamo", "Memo" and "Biro" among the given names are keyed both
	 * as written and as the full name ({@code NameVariants.givenFullName}); 17: the names of a Somali record are
	 * keyed without the Somali c, the ʿayn ("Cali Cumar" as "Ali Umar": {@code NameNormaliser.withoutSomaliAyn}).
	 */
	public static final int KEY_SCHEME = 17;

	/** Register size assumed when none is given. */
	static final long DEFAULT_POPULATION = 10_000;

	private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

	private static final LevenshteinDistance TYPO_DISTANCE = new LevenshteinDistance(2);

	private final MatchThresholds thresholds;
	private final NameFrequencies frequencies;
	private final NameNormaliser normaliser;
	private final long population;
	/** Bits added to the prior odds, for a register with fewer repeated registrations than usual (≤ 0). */
	private final double priorShift;
	/** What years two or three apart weigh when either date is soft, as the file at hand shows (the bulk command). */
	private final YearGaps yearGaps;
	/** Where the score is 0.5, in bits of evidence: fixed by the register's size, so computed once. */
	private final double midpoint;

	public PersonMatcher(MatchThresholds thresholds, NameFrequencies frequencies) {
		this(thresholds, frequencies, new NameNormaliser(), DEFAULT_POPULATION, 0, YearGaps.FITTED);
	}

	private PersonMatcher(MatchThresholds thresholds, NameFrequencies frequencies, NameNormaliser normaliser,
			long population, double priorShift, YearGaps yearGaps) {
		this.thresholds = thresholds;
		this.frequencies = frequencies;
		this.normaliser = normaliser;
		this.population = Math.max(100, population);
		this.priorShift = priorShift;
		this.yearGaps = yearGaps;
		this.midpoint = PRIOR_SLOPE * Math.log(this.population) / Math.log(2) - PRIOR_OFFSET - priorShift;
	}

	/** The same matcher for a register of {@code records} records (the bulk file, or the index). */
	public PersonMatcher withPopulation(long records) {
		return new PersonMatcher(thresholds, frequencies, normaliser, records, priorShift, yearGaps);
	}

	/**
	 * The same matcher with the prior odds moved by {@code bits}: the prior assumes as many repeated registrations
	 * as in the registers the weights were fitted on; see {@link PriorEstimate} for a register with fewer.
	 */
	public PersonMatcher withPriorShift(double bits) {
		return new PersonMatcher(thresholds, frequencies, normaliser, population, bits, yearGaps);
	}

	/** The same matcher with the weights of years apart that a file shows ({@link YearGaps#estimate}). */
	public PersonMatcher withYearGaps(YearGaps gaps) {
		return new PersonMatcher(thresholds, frequencies, normaliser, population, priorShift, gaps);
	}

	/** Default thresholds and name frequencies. */
	public static PersonMatcher standard() {
		return new PersonMatcher(MatchThresholds.DEFAULT, NameFrequencies.DEFAULT);
	}

	/** The same matcher (sharing its normalisation cache) with name frequencies counted from the data at hand. */
	public PersonMatcher withFrequencies(NameFrequencies counted) {
		return new PersonMatcher(thresholds, counted, normaliser, population, priorShift, yearGaps);
	}

	public PersonMatcher withThresholds(MatchThresholds other) {
		return new PersonMatcher(other, frequencies, normaliser, population, priorShift, yearGaps);
	}

	public MatchThresholds thresholds() {
		return thresholds;
	}

	public PreparedPerson prepare(PersonRecord record) {
		Set<String> citizenship = new TreeSet<>();
		record.citizenship().forEach(c -> citizenship.add(c.strip().toUpperCase(java.util.Locale.ROOT)));
		boolean somali = somali(citizenship);
		boolean familyWritten = record.familyNames() != null && !record.familyNames().isBlank();
		StringBuilder initials = new StringBuilder();
		Name given = name(withoutInitials(somaliAyn(familyWritten ? normaliser.givenTokens(record.givenNames())
				: normaliser.tokens(record.givenNames()), somali), initials));
		Name family = name(withoutInitials(somaliAyn(normaliser.tokens(record.familyNames()), somali), initials));
		Name original = name(withoutInitials(somaliAyn(normaliser.tokens(record.fullNameOriginal()), somali),
				new StringBuilder()));
		Name all;
		if (given.isEmpty() && family.isEmpty()) {
			all = original;
			original = Name.EMPTY;
		}
		else {
			List<String> tokens = new ArrayList<>(given.tokens());
			tokens.addAll(family.tokens());
			all = name(tokens);
			if (new HashSet<>(all.skeletons()).containsAll(original.skeletons())) {
				original = Name.EMPTY; // adds nothing
			}
		}
		return new PreparedPerson(record.id(), given, family, all, original, record.knownBirthDate(),
				record.effectiveBirthYear(), record.sex(), Set.copyOf(citizenship), initials.toString());
	}

	/** Whether a record's citizenship says its names may be written in the Somali Latin alphabet. */
	private static boolean somali(Set<String> citizenship) {
		return citizenship.contains("SOM") || citizenship.contains("DJI");
	}

	/**
	 * The tokens of a Somali record (citizen of Somalia or Djibouti) read with the Somali c, the ʿayn, left out
	 * ({@link NameNormaliser#withoutSomaliAyn}): "Cali Cumar" is "Ali Umar". Other records' tokens as they are.
	 */
	private static List<String> somaliAyn(List<String> tokens, boolean somali) {
		return somali ? tokens.stream().map(NameNormaliser::withoutSomaliAyn).toList() : tokens;
	}

	/**
	 * The tokens that are names, the letters of those that are an initial only appended to {@code initials}: a name
	 * of one letter ("S.", "K") is no name to spell, key or count, but what is left of one (see {@link #initials}).
	 */
	private static List<String> withoutInitials(List<String> tokens, StringBuilder initials) {
		if (tokens.stream().allMatch(t -> t.length() > 1)) {
			return tokens;
		}
		List<String> names = new ArrayList<>(tokens.size());
		for (String token : tokens) {
			if (token.length() > 1) {
				names.add(token);
			}
			else {
				initials.append(token);
			}
		}
		return names;
	}

	/**
	 * The record with each name written apart that the file at hand writes as one word joined again ("Gul Nora" where
	 * the file has "Gulnora", "Mir Zayeva" where it has "Mirzayeva"): two words whose joined spelling at least
	 * {@value NameFrequencies#COMMON_SPELLING} records carry, and at least as many as carry the rarer word on its own.
	 * Two given names each common on their own ("Mehmet Ali") stay two names. Written apart on both sides, each half
	 * of such a name would weigh as a name of its own; joined, it weighs once and meets the records that write it
	 * whole. {@code records} tells how many records of the file carry a spelling.
	 */
	public PreparedPerson joinWrittenApart(PreparedPerson person, ToIntFunction<String> records) {
		Name given = joined(person.given, records);
		Name family = joined(person.family, records);
		Name original = joined(person.original, records);
		Name all;
		if (person.given.isEmpty() && person.family.isEmpty()) {
			all = joined(person.all, records);
		}
		else {
			List<String> tokens = new ArrayList<>(given.tokens());
			tokens.addAll(family.tokens());
			all = tokens.equals(person.all.tokens()) ? person.all : name(tokens);
		}
		if (given == person.given && family == person.family && original == person.original && all == person.all) {
			return person;
		}
		return new PreparedPerson(person.id, given, family, all, original, person.birthDate, person.birthYear,
				person.sex, person.citizenship, person.initials);
	}

	private static Name joined(Name name, ToIntFunction<String> records) {
		List<String> tokens = NameNormaliser.joinAdjacent(name.tokens(), (word, next) -> {
			int whole = records.applyAsInt(word + next);
			return whole >= NameFrequencies.COMMON_SPELLING
					&& whole >= Math.min(records.applyAsInt(word), records.applyAsInt(next));
		});
		return tokens.size() == name.size() ? name : name(tokens);
	}

	private static Name name(List<String> tokens) {
		if (tokens.isEmpty()) {
			return Name.EMPTY;
		}
		return new Name(List.copyOf(tokens), tokens.stream().map(NameNormaliser::skeleton).toList(),
				tokens.stream().mapToInt(LEVELS::id).toArray(), tokens.stream().mapToInt(PersonMatcher::consonants).toArray());
	}

	/**
	 * Levels of token pairs already compared, and whether two neighbouring tokens written as one are a third, shared
	 * by all matchers (4 M slots each, 64 MB), for up to 2 M distinct tokens (about 100 MB at most; a file of 1,000,000
	 * generated records writes about 120,000 distinct words, the third independent register about 51,000). Tokens
	 * beyond are compared without the cache (beyond 1 M, joined pairs too).
	 */
	private static final LevelCache LEVELS = new LevelCache(22, 1 << 21);

	/** The id a name token has in comparisons (stable for the life of the process); 0 when it has none. */
	static int tokenId(String token) {
		return LEVELS.id(token);
	}

	/**
	 * Keys under which the register's index files a person, and the bulk command groups a file's records: each name's
	 * skeleton with the year of birth (in two overlapping two-year buckets, so that a year off by one still meets),
	 * each pair of names without the year (for records whose year is missing or wrong), each name with the full date
	 * of birth, each pair of names with the year, and each name with the year and another name's first letter class.
	 * The last three are narrow blocks: in a national register a common
	 * name with its year is shared by thousands, the same name with the same date or with the same second name and
	 * year by a few. The index, which reads at most {@code PersonIndex.BLOCK_LIMIT} people per block and ranks people
	 * by how rare the blocks they share are, finds the person through them; so does the bulk command, which leaves
	 * blocks of more than 600 records aside (on a generated file of 1,000,000 records the name pairs with the year
	 * took MATCH F1 from 87.6 to 88.7 % of the ceiling, for 12 % more time; at 100,000 records they change little).
	 * The name with the year and another's first letter class was the bulk command's until key scheme 7; simulated on
	 * the index of 1,000,000 people, it found the query's person in 22 more of 2,000 queries (1,404 against 1,382,
	 * with {@code PersonIndex.PREFETCH} at 200) for 18 % more keys.
	 */
	public Set<String> blockingKeys(PreparedPerson person) {
		return keyedBothWays(person, p -> blockingKeys(p, blockNames(p)));
	}

	/**
	 * The keys {@code keys} gives a person, and, for a person with an everyday form among the given names that is a
	 * family name too, those it gives the person with the form read as the full name ({@link #givenFullNamesRead}).
	 */
	private static Set<String> keyedBothWays(PreparedPerson person, Function<PreparedPerson, Set<String>> keys) {
		Set<String> all = keys.apply(person);
		PreparedPerson read = givenFullNamesRead(person);
		if (read != null) {
			all.addAll(keys.apply(read));
		}
		return all;
	}

	/**
	 * The person with each everyday form among the given names that is a family name too ("Hamoudi", "Hamo":
	 * {@code NameVariants.givenFullName}) read as the full name, or null when there is none. A record is keyed both as
	 * written and so: "Hamo" of 1989-03-08 meets "Mohammad Yousef Ali" of that day, and "Hamo Abdulrazzaq", whose
	 * names are in the wrong fields, still meets "Abdulrazzaq Hamo". The comparison decides which reading holds
	 * ({@link #givenNameForms}).
	 */
	private static PreparedPerson givenFullNamesRead(PreparedPerson person) {
		if (!person.givenNameForm) {
			return null;
		}
		List<String> given = new ArrayList<>(person.given.tokens());
		given.replaceAll(token -> {
			String full = NameVariants.givenFullName(token);
			return full != null ? full : token;
		});
		List<String> tokens = new ArrayList<>(given);
		tokens.addAll(person.family.tokens());
		return new PreparedPerson(person.id, name(given), person.family, name(tokens), person.original,
				person.birthDate, person.birthYear, person.sex, person.citizenship, person.initials);
	}

	/**
	 * The names a record is keyed by: the first three classes of each skeleton, so that a typo or another ending still
	 * meets; all its names in writing order, then those only the one-line or original-script name adds, at most four.
	 * By position, not distinct value: "Ahmad Hamoud" has two names with one skeleton, and they pair with each other.
	 */
	private static List<String> blockNames(PreparedPerson person) {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < person.all.size(); i++) {
			names.add(blockName(person.all.tokens().get(i), person.all.skeletons().get(i)));
		}
		for (int i = 0; i < person.original.size(); i++) {
			String name = blockName(person.original.tokens().get(i), person.original.skeletons().get(i));
			if (!names.contains(name)) {
				names.add(name);
			}
		}
		return names.subList(0, Math.min(names.size(), 4));
	}

	private Set<String> blockingKeys(PreparedPerson person, List<String> names) {
		Set<String> keys = new LinkedHashSet<>();
		Integer year = person.birthYear;
		for (String s : names) {
			// A one-consonant name ("Ali", "Aya") with a year is too wide a block; it counts in the name pairs only.
			if (year != null && (wideEnoughWithYear(s) || names.size() == 1)) {
				keys.add("y" + (year / 2) + ":" + s);
				keys.add("z" + ((year + 1) / 2) + ":" + s);
			}
		}
		for (int i = 0; i < names.size(); i++) {
			for (int j = 0; j < names.size(); j++) {
				if (i == j) {
					continue;
				}
				String a = names.get(i);
				String b = names.get(j);
				if (i < j) {
					String pair = ordered(a, b);
					keys.add("p:" + pair);
					if (year != null && j < 3) {
						keys.add("r" + (year / 2) + ":" + pair);
						keys.add("s" + ((year + 1) / 2) + ":" + pair);
					}
				}
				if (i < 3 && j < 3) {
					// one name as written, the other only by its first letter class: a typo in the second still meets
					keys.add("q:" + a + "~" + b.charAt(0));
				}
			}
		}
		if (names.size() == 1 && year == null) {
			keys.add("n:" + names.get(0));
		}
		// Each name with the year and another name's first letter class: still meets when that other name has a slip
		// ("Zehra Azizi" and "Zhera Azizi", whose name pairs and year blocks differ or are too wide).
		if (year != null) {
			List<String> own = ownNames(person, names);
			for (int i = 0; i < own.size(); i++) {
				for (int j = 0; j < own.size(); j++) {
					// a one-consonant name ("Ali") with a year is too wide a block, as above
					if (i != j && wideEnoughWithYear(own.get(i))) {
						keys.add("g" + year + ":" + own.get(i) + "~" + initial(own.get(j)));
					}
				}
			}
		}
		// Each name with the full date of birth: a common name with its year is too wide a block to keep, but the
		// same date with the same name is a narrow one, and among the likeliest true pairs.
		if (person.birthDate != null) {
			for (int i = 0; i < Math.min(3, names.size()); i++) {
				keys.add("d:" + person.birthDate + ":" + names.get(i));
			}
		}
		return keys;
	}

	/**
	 * The keys of {@link #blockingKeys} and, for a file compared with itself at once (the bulk command), keys that
	 * still meet when every name of a record has a slip after its first letter: the full date with each name's first
	 * letter class, the day and month of birth with each name (for a year off by one or mistyped as well), and the
	 * year with the first letter classes of each two names. "Moammaf Uthman" and "Mohamac Osman" of one date, and
	 * "Şahnoza Karimova" of 2004-12-02 and "Shahnoxa Karimova" of 2003-12-02, share no other key, or only blocks too
	 * wide to compare. In a file a pair is compared when it shares two keys or one small block. The index, which ranks
	 * people by the blocks they share, does not file these: simulated on the 1,000,000-person benchmark register, they
	 * found the query's person 14 times more in 2,000 queries for a fifth more keys (docs/benchmarks.md). On the
	 * generated files the bulk keys (these and the year with a name and another's first letter class, now among the
	 * index's keys) took MATCH F1 from 94.6 to 95.0 % of the ceiling at 100,000 records and from 93.0 to 93.7 % at
	 * 1,000,000, for a fifth more time at 1,000,000 (440 s against 359); the day and month with a name's first letter
	 * as well, or the name with the year's two-year buckets, cost a quarter to a third more time for 0.1 point or less.
	 */
	public Set<String> bulkBlockingKeys(PreparedPerson person) {
		return keyedBothWays(person, this::bulkKeys);
	}

	private Set<String> bulkKeys(PreparedPerson person) {
		List<String> keyed = blockNames(person);
		Set<String> keys = blockingKeys(person, keyed);
		List<String> names = ownNames(person, keyed);
		List<String> initials = names.stream().map(PersonMatcher::initial).toList();
		if (person.birthDate != null) {
			String dayAndMonth = person.birthDate.toString().substring(5);
			for (int i = 0; i < names.size(); i++) {
				keys.add("e:" + person.birthDate + ":" + initials.get(i));
				keys.add("m:" + dayAndMonth + ":" + names.get(i));
			}
		}
		Integer year = person.birthYear;
		if (year != null) {
			for (int i = 0; i < names.size(); i++) {
				for (int j = i + 1; j < names.size(); j++) {
					String a = initials.get(i);
					String b = initials.get(j);
					keys.add("f" + year + ":" + ordered(a, b));
				}
			}
		}
		return keys;
	}

	/**
	 * Keys by which two records of a small file still meet when one name of a pair has a slip among its first three
	 * letter classes (a letter left out, added or mistyped; the bulk command's, for files small enough to compare
	 * more, see {@code BulkMatchCommand}): each two of the record's first three own names, one as keyed and the other
	 * as keyed or with one of its first three classes left out. Two spellings one slip apart both leave a class out to
	 * meet (a symmetric deletion neighbourhood): "Anas Walid" and "Anas Waid", "Osasu Ogunyemi" and "Osasu Ounyemi"
	 * of a date with day and month swapped, "Ecaterina Popa" and "Popa Ekaterena" (a Romanian c read as s by the
	 * skeleton) share no other key, nor any key a year could add when one record has none. On the registers of 10,000
	 * records the benchmark measures, MATCH-or-POSSIBLE recall rose by 0.1 to 0.6 point and MATCH F1 by up to 0.2
	 * (docs/benchmarks.md, "Twenty-first round").
	 */
	public Set<String> slipKeys(PreparedPerson person) {
		int own = Math.min(3, person.all.size());
		List<List<String>> variants = new ArrayList<>(own);
		for (int i = 0; i < own; i++) {
			variants.add(slipVariants(person.all.tokens().get(i), person.all.skeletons().get(i)));
		}
		Set<String> keys = new LinkedHashSet<>();
		for (int i = 0; i < own; i++) {
			for (int j = i + 1; j < own; j++) {
				List<String> a = variants.get(i);
				List<String> b = variants.get(j);
				for (String slipped : a) {
					keys.add("x:" + ordered(slipped, b.get(0)));
				}
				for (String slipped : b.subList(1, b.size())) {
					keys.add("x:" + ordered(a.get(0), slipped));
				}
			}
		}
		return keys;
	}

	/**
	 * Keys by which a record naming one name only meets the records carrying that name among others when one of the
	 * two spellings has a slip among its first three letter classes ("Ewter" of 1989 and "Ester Mwangi" of
	 * 1989-01-10; "Feruxa" and "Feruza Abdurakhmonova"): the name as keyed and with one of those classes left out,
	 * as {@link #slipKeys}; a record naming one name gives its name, any other record its first three own names. The
	 * bulk command compares a pair sharing one only when one of its two records names one name, as for
	 * {@link #oneNameKeys}.
	 */
	public Set<String> oneNameSlipKeys(PreparedPerson person) {
		int own = oneName(person) ? 1 : Math.min(3, person.all.size());
		Set<String> keys = new LinkedHashSet<>();
		for (int i = 0; i < own; i++) {
			List<String> variants = slipVariants(person.all.tokens().get(i), person.all.skeletons().get(i));
			if (variants.size() > 1) {
				for (String variant : variants) {
					keys.add("os:" + variant);
				}
			}
		}
		return keys;
	}

	/**
	 * A name as keyed ({@link #blockName}), then with each of the first three classes of its skeleton left out, each
	 * cut to three classes as keyed: "Ogunyemi" (knm…) gives knm, nm…, km…, kn…; a name of one class gives itself.
	 */
	private static List<String> slipVariants(String token, String skeleton) {
		String spelling = keyedSpelling(token);
		String keyedSkeleton = spelling.equals(token) ? skeleton : NameNormaliser.skeleton(spelling);
		List<String> variants = new ArrayList<>(4);
		variants.add(keyed(spelling, keyedSkeleton));
		if (keyedSkeleton.length() >= 2) {
			for (int k = 0; k < Math.min(3, keyedSkeleton.length()); k++) {
				String keyed = keyed(spelling, keyedSkeleton.substring(0, k) + keyedSkeleton.substring(k + 1));
				if (!variants.contains(keyed)) {
					variants.add(keyed);
				}
			}
		}
		return variants;
	}

	/** Two keyed names in one order, whichever order a record writes them in. */
	private static String ordered(String a, String b) {
		return a.compareTo(b) < 0 ? a + "+" + b : b + "+" + a;
	}

	/**
	 * Whether the record names no one: once what is written for a name not known ("BİLİNMİYOR", "FNU", "X"), initials,
	 * and digits or punctuation standing alone ("12345", "---") are left out, no name is left to key, look for or compare.
	 */
	public boolean namesNoName(PreparedPerson person) {
		return person.all.isEmpty();
	}

	/**
	 * Whether the record names one name only: a hotline's "Roya", born 1975, a shelter's given name with the family
	 * name left out or written "-" (2 to 9 % of the records of the four independently written registers; see
	 * {@link #oneNameKeys}).
	 */
	public boolean namesOneName(PreparedPerson person) {
		return oneName(person);
	}

	private static boolean oneName(PreparedPerson person) {
		return person.all.size() == 1;
	}

	/**
	 * Keys by which a record naming one name only meets the records that carry that name among others (the bulk
	 * command's; a pair that shares one of them is worth comparing only when one of its two records names one name):
	 * each name alone, and a one-consonant name ("Roya", "Ali", "Nino") with the year in the two overlapping buckets.
	 * {@link #blockingKeys} files a lone name without a year only with other lone names, and a one-consonant name with
	 * its year only for a record that has no other name, so "Roya" of 1975 never met "Roya Rezai" of 1975-02-05
	 * (0.83 when compared), nor "Kamran" without a year "Kamran Nabiyev" (0.1 to 0.2, a pair for the review queue):
	 * on the second independently written register of 10,000 records, 250 true pairs such as these were never
	 * compared. A record naming one name gives each of its keyed names, the original script's too; any other record
	 * its first three own names.
	 */
	public Set<String> oneNameKeys(PreparedPerson person) {
		return namesAlone(person, "o");
	}

	/**
	 * The keys of each name alone, with the {@code prefix} given: "o" for a name among any ({@link #oneNameKeys}),
	 * "l" for the name of a record naming one name only (the index's, {@link #indexKeys}).
	 */
	private static Set<String> namesAlone(PreparedPerson person, String prefix) {
		return keyedBothWays(person, p -> namesAloneAsWritten(p, prefix));
	}

	private static Set<String> namesAloneAsWritten(PreparedPerson person, String prefix) {
		List<String> keyed = blockNames(person);
		List<String> names = oneName(person) ? keyed : ownNames(person, keyed);
		Set<String> keys = new LinkedHashSet<>();
		Integer year = person.birthYear;
		for (String name : names) {
			keys.add(prefix + ":" + name);
			if (year != null && !wideEnoughWithYear(name)) {
				keys.add(prefix + "y" + (year / 2) + ":" + name);
				keys.add(prefix + "z" + ((year + 1) / 2) + ":" + name);
			}
		}
		return keys;
	}

	/**
	 * Keys under which the register's index files a person: {@link #blockingKeys}, each name alone
	 * ({@link #oneNameKeys}, for a search naming one name), and for a person whose record names one name only, that
	 * name again as such ("l" keys, for a search with several names). A search looks for {@link #searchKeys}.
	 */
	public Set<String> indexKeys(PreparedPerson person) {
		Set<String> keys = new LinkedHashSet<>(blockingKeys(person));
		keys.addAll(oneNameKeys(person));
		if (namesOneName(person)) {
			keys.addAll(namesAlone(person, "l"));
		}
		return keys;
	}

	/**
	 * Keys a search of the index looks for: {@link #blockingKeys}; a search naming one name also looks for everyone
	 * carrying it ("Roya" of 1975 finds "Roya Rezai" of 1975-02-05), a search with several names for the people whose
	 * record names one of them only ("Roya Rezai" finds "Roya" of 1975, "Kamran Nabiyev" finds "Kamran" without a
	 * year). "Mehmet Yılmaz" does not look for everyone named Mehmet: two records with several names meet through
	 * their usual keys only, as before.
	 */
	public Set<String> searchKeys(PreparedPerson person) {
		Set<String> keys = new LinkedHashSet<>(blockingKeys(person));
		keys.addAll(namesOneName(person) ? oneNameKeys(person) : namesAlone(person, "l"));
		return keys;
	}

	/**
	 * Whether a keyed name is specific enough to make a block with a year: not a one-consonant name ("Ali", "Roya")
	 * nor one without a skeleton ("Aya"), which in a national register thousands share with any one year.
	 */
	private static boolean wideEnoughWithYear(String keyedName) {
		return keyedName.length() >= 2 && !keyedName.startsWith("=");
	}

	/** The first three of the record's own names as keyed (those the one-line or original-script name adds follow). */
	private static List<String> ownNames(PreparedPerson person, List<String> keyed) {
		return keyed.subList(0, Math.min(3, Math.min(keyed.size(), person.all.size())));
	}

	/** A keyed name's first letter class (a name without a skeleton whole). */
	private static String initial(String keyedName) {
		return keyedName.startsWith("=") ? keyedName : keyedName.substring(0, 1);
	}

	/**
	 * A name as a blocking key: the first three classes of its skeleton, or the name itself if it has none ("Aya"); a
	 * joined article taken off when four letters are left, as {@link #bareName} compares ("Elamin" is keyed as Amin,
	 * "Elena" and "Aliya" as themselves: keyed "Ena", Elena shared no name key with Yelena).
	 */
	private static String blockName(String token, String skeleton) {
		String spelling = keyedSpelling(token);
		return keyed(spelling, spelling.equals(token) ? skeleton : NameNormaliser.skeleton(spelling));
	}

	/**
	 * The spelling a name is keyed by: the full name an everyday form stands for ({@code NameVariants.fullName}), a
	 * joined article taken off ({@link #bareName}), as often as either applies.
	 */
	private static String keyedSpelling(String token) {
		String spelling = token;
		while (true) {
			String next = NameVariants.fullName(spelling);
			if (next == null) {
				next = bareName(spelling, null);
			}
			if (next == null) {
				return spelling;
			}
			spelling = next;
		}
	}

	/** A keyed spelling's key: the first three classes of its skeleton, or the spelling itself if it has none. */
	private static String keyed(String spelling, String skeleton) {
		if (skeleton.isEmpty()) {
			return "=" + spelling;
		}
		return skeleton.length() > 3 ? skeleton.substring(0, 3) : skeleton;
	}

	public MatchResult compare(PreparedPerson a, PreparedPerson b) {
		List<ExplanationItem> reasons = new ArrayList<>();
		double score = score(a, b, reasons);
		return new MatchResult(score, thresholds.decide(score), new Explanation(reasons));
	}

	/** The score {@link #compare} gives, without its explanation. */
	public double score(PreparedPerson a, PreparedPerson b) {
		return score(a, b, null);
	}

	/**
	 * The same as {@link #compare}, but null for a NO_MATCH, whose explanation nobody reads: searches compare
	 * each record with many others and keep few, so they skip building reasons for the rest.
	 */
	public MatchResult compareIfLinked(PreparedPerson a, PreparedPerson b) {
		double score = score(a, b, null);
		return thresholds.decide(score) == MatchDecision.NO_MATCH ? null : compare(a, b);
	}

	/**
	 * The evidence of a comparison, in bits, before the prior: the score is {@code 1 / (1 + 2^-(bits - midpoint))}.
	 */
	public double evidenceBits(PreparedPerson a, PreparedPerson b) {
		return weight(a, b, null);
	}

	/** The score {@link #compare} gives for this much evidence. */
	public double score(double evidenceBits) {
		return 1 / (1 + Math.pow(2, -(evidenceBits - midpoint)));
	}

	/** The decision for a score, by this matcher's thresholds. */
	public MatchDecision decide(double score) {
		return thresholds.decide(score);
	}

	/**
	 * The score of a comparison (see {@link #PRIOR_SLOPE}), held below the MATCH limit when a person must decide
	 * ({@link #heldBack}); records the reasons when given a list.
	 */
	private double score(PreparedPerson a, PreparedPerson b, List<ExplanationItem> reasons) {
		double score = score(weight(a, b, reasons));
		if (score < thresholds.match()) {
			return score;
		}
		String held = heldBack(a, b);
		if (held == null) {
			return score;
		}
		note(reasons, held);
		return held(score);
	}

	/**
	 * The most a pair held back ({@link #isHeldBack}) scores: just below the MATCH limit, at the head of the review
	 * queue, so that a person sees it before any pair less likely.
	 */
	public double held(double score) {
		return Math.min(score, Math.max(0, thresholds.match() - HELD_MARGIN));
	}

	/** Below the MATCH limit by what a score printed to four decimals shows. */
	static final double HELD_MARGIN = 0.0001;

	/**
	 * Whether two records, however likely one person by their fields, are not to be decided MATCH without a person:
	 * see {@link #heldBack}.
	 */
	public boolean isHeldBack(PreparedPerson a, PreparedPerson b) {
		return heldBack(a, b) != null;
	}

	/**
	 * Why two records are not decided MATCH without a person, whatever their score, or null. Two kinds of records
	 * look like one person written twice and are often two: brothers, sisters and twins registered together (one
	 * family name, often one date), told by their given names alone: a pair whose given names agree in none while the
	 * family name agrees, and no given name agrees with the other's family name (names written in the wrong field);
	 * and a man and a woman whose given names differ, agree only as similar, or are a man's and a woman's form of one
	 * name ("Jamal" and "Jamila", "Said" and "Saida", "Ali" and "Aliye"). A MATCH joins two records into one person's without anyone looking (the bulk command's clusters
	 * count people by them); such a pair goes to the head of the review queue instead, and is a MATCH only when other
	 * records make the two one person (their cluster). On the benchmark's six registers of 10,000 records, 410 pairs
	 * so held went to the review queue, 333 of them two people; 214 more were MATCHes through their clusters, 152 of
	 * them one person (docs/benchmarks.md, twenty-seventh round).
	 */
	private String heldBack(PreparedPerson a, PreparedPerson b) {
		boolean sexDiffers = a.sex != null && b.sex != null && a.sex != b.sex;
		int[][] all = nameLevels(a, b);
		if (!a.structured() || !b.structured()) {
			Alignment flat = bestFlat(a, b, all);
			return sexDiffers && (flat == null || flat.unmatched().count() > 0 || flat.similar() > 0
					|| genderedForms(a.all, b.all, all)) ? "heldSex" : null;
		}
		Alignment given = align(a.given, b.given, all, 0, 0);
		Alignment family = align(a.family, b.family, all, a.given.size(), b.given.size());
		if (given.agreeing() == 0 && family.agreeing() > 0 && bestFlat(a, b, all).agreeing() <= family.agreeing()) {
			return "heldSiblings";
		}
		return sexDiffers && (given.unmatched().count() > 0 || given.similar() > 0 || genderedForms(a.given, b.given, all))
				? "heldSex" : null;
	}

	/** Endings that make a woman's name of a man's: Said, Saida; Ali, Aliye; Emin, Emine; Karim, Karima. */
	private static final List<String> FEMININE_ENDINGS = List.of("a", "e", "ah", "eh", "ya", "ye", "yah", "yeh", "iya",
			"iye", "at");

	/**
	 * Whether two names that agree without being written alike (the first names of x and y, at the top left of
	 * {@code levels}) are a man's and a woman's form of one name rather than one name spelt twice: one is the other
	 * with a feminine ending, or one ends in a vowel and the other in a consonant (Jamal, Jamila). The same skeleton
	 * makes them equivalent; with two sexes they are a brother and a sister (or twins named as a pair).
	 */
	private static boolean genderedForms(Name x, Name y, int[][] levels) {
		if (levels == null) {
			return false;
		}
		for (int i = 0; i < x.size(); i++) {
			for (int j = 0; j < y.size(); j++) {
				int level = levels[i][j];
				if (level >= 1 && level < 3 && genderedPair(x.tokens().get(i), y.tokens().get(j))) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean genderedPair(String x, String y) {
		String shorter = x.length() <= y.length() ? x : y;
		String longer = shorter == x ? y : x;
		if (longer.startsWith(shorter) && FEMININE_ENDINGS.contains(longer.substring(shorter.length()))) {
			return true;
		}
		return endsInVowel(x) != endsInVowel(y);
	}

	/** Ending in a vowel as spoken: "Ali", "Fatma", "Fatemeh", "Abdullah" (an h after a vowel is not heard). */
	private static boolean endsInVowel(String name) {
		int last = name.length() - 1;
		if (last > 0 && name.charAt(last) == 'h') {
			last--;
		}
		return last >= 0 && "aeiouy".indexOf(name.charAt(last)) >= 0;
	}

	private double weight(PreparedPerson a, PreparedPerson b, List<ExplanationItem> reasons) {
		return birthDate(a, b, reasons) + names(a, b, reasons, null) + initials(a, b, reasons) + sex(a, b, reasons)
				+ citizenship(a, b, reasons);
	}

	/** An initial agreeing with a name the other record has and this one lacks: about one name in ten begins so. */
	static final double INITIAL_AGREES = 3;

	/**
	 * An initial agreeing with none of the names the other record has and this one lacks: a different name, or one
	 * whose first letter another script or spelling changed (an Arabic-script name read without its first vowel).
	 */
	static final double INITIAL_DIFFERS = -2.5;

	/**
	 * The evidence of names written as an initial only ("Adnan S." against "Adnan Saadi", "Adnan Kadhim" and
	 * "Adnan S."): an initial both records write agrees; any other agrees, or not, with the names of the other record
	 * that this one lacks, or disagrees with the other's other initials; nothing when the other has neither. Without
	 * it, the letter was compared as a family name, which it never resembled: "Adnan S." and "Adnan Saadi" scored as
	 * "Adnan Karimi" would, below the review queue.
	 */
	private static double initials(PreparedPerson a, PreparedPerson b, List<ExplanationItem> reasons) {
		if (a.initials.isEmpty() && b.initials.isEmpty()) {
			return 0;
		}
		StringBuilder restA = new StringBuilder();
		StringBuilder restB = new StringBuilder(b.initials);
		int agree = 0;
		for (int k = 0; k < a.initials.length(); k++) {
			int at = restB.indexOf(String.valueOf(a.initials.charAt(k)));
			if (at >= 0) {
				agree++;
				restB.deleteCharAt(at);
			}
			else {
				restA.append(a.initials.charAt(k));
			}
		}
		int[] ab = initialsAgainst(restA, a, b, restB);
		int[] ba = initialsAgainst(restB, b, a, restA);
		agree += ab[0] + ba[0];
		int differ = ab[1] + ba[1];
		if (agree > 0) {
			note(reasons, "initialAgrees");
		}
		if (differ > 0) {
			note(reasons, "initialDiffers");
		}
		return INITIAL_AGREES * agree + INITIAL_DIFFERS * differ;
	}

	/**
	 * How many of the initials {@code letters} of {@code x} agree, and how many do not, with a name of {@code y} that
	 * {@code x} lacks; where {@code y} has no such name, each disagrees with {@code y}'s own other initials, if any.
	 */
	private static int[] initialsAgainst(CharSequence letters, PreparedPerson x, PreparedPerson y,
			CharSequence otherInitials) {
		int[] counts = new int[2];
		if (letters.isEmpty()) {
			return counts;
		}
		List<String> lacking = new ArrayList<>();
		for (int i = 0; i < y.all.size(); i++) {
			if (!x.all.skeletons().contains(y.all.skeletons().get(i))) {
				lacking.add(y.all.tokens().get(i));
			}
		}
		// "C." of a Somali record may be the ʿayn of a name read without it ("Cabdi", read "Abdi")
		boolean ayn = somali(x.citizenship) || somali(y.citizenship);
		for (int k = 0; k < letters.length(); k++) {
			char letter = letters.charAt(k);
			if (!lacking.isEmpty()) {
				counts[lacking.stream().anyMatch(name -> name.charAt(0) == letter
						|| ayn && letter == 'c' && "aeiou".indexOf(name.charAt(0)) >= 0) ? 0 : 1]++;
			}
			else if (!otherInitials.isEmpty()) {
				counts[1]++;
			}
		}
		return counts;
	}

	/**
	 * The evidence of a comparison field by field, the names part by part before their factors, without the prior, and the level the dates
	 * were found at (the reason's code and its weight): what the weights are fitted on (WeightFitBenchmark).
	 */
	record Evidence(NameEvidence names, double birthDate, String birthLevel, double sex, double citizenship) {
	}

	Evidence evidence(PreparedPerson a, PreparedPerson b) {
		List<ExplanationItem> dateReasons = new ArrayList<>();
		double date = birthDate(a, b, dateReasons);
		String level = dateReasons.get(0).code() + " " + date;
		NameEvidence[] names = new NameEvidence[1];
		names(a, b, null, names);
		return new Evidence(names[0], date, level, sex(a, b, null), citizenship(a, b, null));
	}

	private static void note(List<ExplanationItem> reasons, String code, Object... args) {
		if (reasons != null) {
			reasons.add(ExplanationItem.of(code, args));
		}
	}

	// --- names -----------------------------------------------------------------------------------------------

	/** How two name tokens agree: 3 same, 2 equivalent (same skeleton), 1 similar, 0 different. */
	static int level(String a, String b, String skeletonA, String skeletonB) {
		return level(a, b, skeletonA, skeletonB, true);
	}

	/** As {@link #level(String, String, String, String)}; {@code articleA} false reads no joined article off {@code a}. */
	private static int level(String a, String b, String skeletonA, String skeletonB, boolean articleA) {
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
				level = Math.max(level, spellingLevel(x, y, NameNormaliser.skeleton(x), NameNormaliser.skeleton(y)));
			}
		}
		if (level < 2) {
			level = Math.max(level, readingLevel(a, b, skeletonA, skeletonB));
		}
		return level;
	}

	/**
	 * 2 when one name, or both, read another way (see {@link NameNormaliser#readings}: the German spelling of Russian
	 * names, the Latin x and c), has the other's skeleton and agrees with it as an equivalent spelling
	 * ("Muchammad"/"Mukhammad", "Julija"/"Yuliya", "Kusnezow"/"Kuznetsov", "Alexandr"/"Aleksandr"), else 0.
	 */
	private static int readingLevel(String a, String b, String skeletonA, String skeletonB) {
		List<Reading> readingsA = NameNormaliser.readings(a);
		List<Reading> readingsB = NameNormaliser.readings(b);
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
	private static int fullNameLevel(String x, String y) {
		return x.equals(y) ? 2 : Math.min(2, level(x, y, NameNormaliser.skeleton(x), NameNormaliser.skeleton(y)));
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
			return Math.min(2, spellingLevel(stemA, stemB, NameNormaliser.skeleton(stemA), NameNormaliser.skeleton(stemB)));
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
	private static String bareName(String token, String other) {
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

	static final double SLIP_CAP = 9;

	/**
	 * Names of six letters or more one keystroke apart ("Tsiklauri"/"Tsiklaudi", "Mirzayeva"/"Mirzaeyva"): a letter
	 * changed, added or dropped, or two neighbours swapped. Such a pair is more often one name mistyped than other
	 * similar spellings are, so it weighs up to {@value #SLIP_CAP} bits (m 0.5) where other similar names weigh up to 6
	 * (m 0.3); on the generated registers this lifted MATCH F1 by 0.1 point at 10,000 and 100,000 records.
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
		List<String> x = NameNormaliser.vowelGroups(a);
		List<String> y = NameNormaliser.vowelGroups(b);
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
	 * The names' evidence part by part, at face value (log2 m/u): names written alike, equivalent (one skeleton, a
	 * known variant, a compound written together), similar, one keystroke apart; names agreeing with none of the
	 * other's; names on one side only; the correction for two names common together; given and family names swapped;
	 * the first given name of one left out while the other's agrees with a later one (see {@link #OWN_NAME_LEFT}).
	 * {@link #bits()} weighs each part by its fitted factor.
	 */
	record NameEvidence(double same, double equivalent, double similar, double slip, Unmatched unmatched, int extra,
			double pairCorrection, boolean swapped, boolean ownNameLeft) {

		static final NameEvidence NONE = new NameEvidence(0, 0, 0, 0, Unmatched.NONE, 0, 0, false, false);

		double bits() {
			return nameBits(same, equivalent, similar, slip, unmatched, extra)
					+ NAME_EVIDENCE * (pairCorrection + (swapped ? SWAPPED : 0)) + (ownNameLeft ? OWN_NAME_LEFT : 0);
		}

		/** Both parts of a record's names (given and family) together, with the correction and the swap. */
		static NameEvidence of(Alignment x, Alignment y, double pairCorrection, boolean swapped, boolean ownNameLeft) {
			if (y == null) {
				return new NameEvidence(x.sameWeight, x.equivalentWeight, x.similarWeight, x.slipWeight, x.unmatched,
						x.extra, pairCorrection, swapped, ownNameLeft);
			}
			return new NameEvidence(x.sameWeight + y.sameWeight, x.equivalentWeight + y.equivalentWeight,
					x.similarWeight + y.similarWeight, x.slipWeight + y.slipWeight, x.unmatched.plus(y.unmatched),
					x.extra + y.extra, pairCorrection, swapped, ownNameLeft);
		}

	}

	/**
	 * The best one-to-one assignment between two token lists, greedy by agreement then by rarity: the agreeing names'
	 * weights at face value by level (as in {@link NameEvidence}), the counts of names by how they agree, and whether
	 * the first name of the longer list agrees with none of the other's while the other's first agrees with a later
	 * one ({@code firstNameLeft}, read for given names: see {@link #OWN_NAME_LEFT}).
	 */
	record Alignment(double sameWeight, double equivalentWeight, double similarWeight, double slipWeight, int same,
			int equivalent, int similar, int compared, Unmatched unmatched, int extra, boolean common, Agreement first,
			Agreement second, boolean firstNameLeft) {

		int agreeing() {
			return same + equivalent + similar;
		}

		/** In bits, as the score counts it, before the correction for names common together. */
		double weight() {
			return nameBits(sameWeight, equivalentWeight, similarWeight, slipWeight, unmatched, extra);
		}

	}

	/** Names' weights by level at face value, and the counts of names without counterpart, weighed as the score counts them. */
	private static double nameBits(double same, double equivalent, double similar, double slip, Unmatched unmatched,
			int extra) {
		return SAME_FACTOR * same + EQUIVALENT_FACTOR * equivalent + SIMILAR_FACTOR * similar + SLIP_FACTOR * slip
				+ unmatched.bits() + NAME_EVIDENCE * EXTRA * extra;
	}

	/**
	 * Names on both sides that agree with none of the other's: {@code common} of them written so by many records of the
	 * file on each side, {@code rare} of them not, the others untold (spellings not counted).
	 */
	record Unmatched(int count, int common, int rare) {

		static final Unmatched NONE = new Unmatched(0, 0, 0);

		Unmatched plus(Unmatched other) {
			return new Unmatched(count + other.count, common + other.common, rare + other.rare);
		}

		double bits() {
			return UNMATCHED_COMMON * common + UNMATCHED_RARE * rare + UNMATCHED * (count - common - rare);
		}

	}

	/**
	 * Two tokens that agree: the names they are counted under ({@link NameFrequencies#name}), the weight given, and m,
	 * how often one person's records agree so.
	 */
	record Agreement(String x, String y, double weight, double m) {

		/** The two that weigh most of the best two so far ({@code first}, {@code second}, either may be null) and another. */
		static Agreement[] top(Agreement first, Agreement second, Agreement other) {
			if (other == null || second != null && other.weight <= second.weight) {
				return new Agreement[] { first, second };
			}
			if (first == null || other.weight > first.weight) {
				return new Agreement[] { other, first };
			}
			return new Agreement[] { first, other };
		}

	}

	/** The agreement level of every token of x with every token of y; null if either has none. */
	private static int[][] levels(Name x, Name y) {
		if (x.isEmpty() || y.isEmpty()) {
			return null;
		}
		int[][] levels = new int[x.size()][y.size()];
		for (int i = 0; i < x.size(); i++) {
			for (int j = 0; j < y.size(); j++) {
				// one token: the same name (the rules below say so too), without a look into the cache's 64 MB
				if (x.ids()[i] == y.ids()[j] && x.ids()[i] != 0) {
					levels[i][j] = 3;
					continue;
				}
				int level = LEVELS.held(x.ids()[i], y.ids()[j]);
				if (level == LevelCache.NOT_HELD) {
					level = level(x.tokens().get(i), y.tokens().get(j), x.skeletons().get(i), y.skeletons().get(j));
					LEVELS.hold(x.ids()[i], y.ids()[j], level);
				}
				levels[i][j] = level;
			}
		}
		return levels;
	}

	/** The levels of every name of a against every name of b, everyday forms among the given names read as full names. */
	private static int[][] nameLevels(PreparedPerson a, PreparedPerson b) {
		int[][] all = levels(a.all, b.all);
		if (all != null && (a.givenNameForm || b.givenNameForm)) {
			givenNameForms(a, b, all);
		}
		return all;
	}

	/**
	 * Reads an everyday form that is a family name too ("Hamoudi", "Hamo": {@code NameVariants.givenFullName}) as the
	 * full name it stands for where both records write the two names among their given names: there "Hamoudi" is
	 * equivalent to any spelling of Muhammad. Elsewhere the form stays as written, so that "Fatima Hamo" is not
	 * "Fatima Mohammad", and "Hamo Abdulrazzaq", its names in the wrong fields, is still "Abdulrazzaq Hamo". Given
	 * names come first among a record's names ({@link PreparedPerson#all}), so the levels of two given names are the
	 * top left corner of the records' matrix.
	 */
	private static void givenNameForms(PreparedPerson a, PreparedPerson b, int[][] levels) {
		for (int i = 0; i < a.given.size(); i++) {
			String tokenA = a.given.tokens().get(i);
			String fullA = NameVariants.givenFullName(tokenA);
			for (int j = 0; j < b.given.size(); j++) {
				String tokenB = b.given.tokens().get(j);
				String fullB = NameVariants.givenFullName(tokenB);
				if (fullA == null && fullB == null || levels[i][j] >= 2) {
					continue;
				}
				String x = fullA != null ? fullA : tokenA;
				String y = fullB != null ? fullB : tokenB;
				levels[i][j] = Math.max(levels[i][j], fullNameLevel(x, y));
			}
		}
	}

	/**
	 * Aligns x with y, reading token levels from {@code matrix} at the given offsets: the given and family names
	 * of a record are slices of all its names, so one matrix serves every way of comparing two records.
	 */
	private Alignment align(Name x, Name y, int[][] matrix, int rowOffset, int columnOffset) {
		return align(x, y, matrix, rowOffset, columnOffset, -1, -1);
	}

	/**
	 * As above; {@code lastGivenX} (Y) is the position of x's (y's) last given name when it holds a structured
	 * record's given and family names, which are not joined across as one name written apart; else -1.
	 */
	private Alignment align(Name x, Name y, int[][] matrix, int rowOffset, int columnOffset, int lastGivenX,
			int lastGivenY) {
		if (x.isEmpty() || y.isEmpty()) {
			return null;
		}
		int n = x.size();
		int m = y.size();
		boolean[] usedX = new boolean[n];
		boolean[] usedY = new boolean[m];
		double sameWeight = 0;
		double equivalentWeight = 0;
		double similarWeight = 0;
		double slipWeight = 0;
		int same = 0;
		int equivalent = 0;
		int similar = 0;
		boolean common = false;
		Agreement first = null;
		Agreement second = null;
		int joinedX = 0;
		int joinedY = 0;
		for (int level = 3; level >= 1; level--) {
			if (level == 1) {
				// A compound name written apart on one side and together on the other ("Gul Nora" and "Gulnora",
				// "Mohammad Reza" and "Mohammadreza"), before names that are only similar take its parts: "Mohammad"
				// is similar to "Mohammadreza", and would leave "Reza" without counterpart.
				double[] joinedWeight = { 0 };
				joinedX = joinedNames(x, y, usedX, usedY, lastGivenX, joinedWeight);
				joinedY = joinedNames(y, x, usedY, usedX, lastGivenY, joinedWeight);
				equivalent += joinedX + joinedY;
				equivalentWeight += joinedWeight[0];
			}
			for (int i = 0; i < n; i++) {
				for (int j = 0; j < m; j++) {
					// similar spellings each common in the file are two names ("Rahimi", "Rahmani"), not one mistyped
					if (!usedX[i] && !usedY[j] && matrix[rowOffset + i][columnOffset + j] == level
							&& (level > 1 || !frequencies.twoCommonSpellings(x.tokens().get(i), y.tokens().get(j)))) {
						usedX[i] = true;
						usedY[j] = true;
						String nameX = frequencies.name(x.tokens().get(i), x.skeletons().get(i));
						String nameY = frequencies.name(y.tokens().get(j), y.skeletons().get(j));
						double share = Math.max(frequencies.share(nameX), frequencies.share(nameY));
						common |= share >= 0.01;
						double agree;
						double w;
						if (level == 3) {
							same++;
							agree = 0.95;
							w = Math.min(12, log2(agree / share));
							sameWeight += w;
						}
						else if (level == 2) {
							equivalent++;
							agree = 0.9;
							w = Math.min(11, log2(agree / share));
							equivalentWeight += w;
						}
						else {
							similar++;
							if (oneSlipApart(x.tokens().get(i), y.tokens().get(j))) {
								agree = 0.5;
								w = Math.min(SLIP_CAP, log2(agree / Math.max(share, 0.001)));
								slipWeight += w;
							}
							else {
								agree = 0.3;
								w = Math.min(6, log2(agree / Math.max(share, 0.005)));
								similarWeight += w;
							}
						}
						Agreement[] top = Agreement.top(first, second, new Agreement(nameX, nameY, w, agree));
						first = top[0];
						second = top[1];
					}
				}
			}
		}
		// A spelling the file writes once or twice, two keystrokes from one it writes often ("Yusv" and "Yusuf" where
		// many records write Yusuf): a slip the rules for two spellings alone cannot tell from another name.
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < m && !usedX[i]; j++) {
				String a = x.tokens().get(i);
				String b = y.tokens().get(j);
				// (the distance is -1 beyond two)
				if (!usedY[j] && frequencies.slipOfCommonSpelling(x, i, y, j) && TYPO_DISTANCE.apply(a, b) >= 0) {
					usedX[i] = true;
					usedY[j] = true;
					similar++;
					String name = frequencies.records(x, i) >= frequencies.records(y, j)
							? frequencies.name(a, x.skeletons().get(i)) : frequencies.name(b, y.skeletons().get(j));
					similarWeight += Math.min(6, log2(0.3 / Math.max(frequencies.share(name), 0.005)));
				}
			}
		}
		int compared = Math.min(n - joinedX, m - joinedY);
		int unmatched = Math.max(0, compared - (same + equivalent + similar));
		int extra = Math.max(n - joinedX, m - joinedY) - compared;
		return new Alignment(sameWeight, equivalentWeight, similarWeight, slipWeight, same, equivalent, similar, compared,
				unmatched(unmatched, x, usedX, y, usedY), extra, common, first, second,
				ownNameLeft(x, usedX, y, usedY) || ownNameLeft(y, usedY, x, usedX));
	}

	/**
	 * Pairs of neighbouring names of {@code split} that, written as one word, are a name of {@code whole} not yet
	 * used; marks them used and adds their weight to {@code weight[0]}. Returns how many pairs were joined.
	 *
	 * @param lastGiven the position of {@code split}'s last given name when it holds a structured record's given and
	 *                  family names (a given name and a family name are two names, not one written apart: "Ali Dogan"
	 *                  is not "Aytekin"), else -1
	 */
	private int joinedNames(Name split, Name whole, boolean[] usedSplit, boolean[] usedWhole, int lastGiven,
			double[] weight) {
		int joinedPairs = 0;
		for (int i = 0; i + 1 < split.size(); i++) {
			if (usedSplit[i] || usedSplit[i + 1] || i == lastGiven) {
				continue;
			}
			for (int j = 0; j < whole.size(); j++) {
				// as joinedAsOne's first rule, on counts kept with the names: most triples end here
				if (!usedWhole[j] && Math.abs(split.consonants()[i] + split.consonants()[i + 1] - whole.consonants()[j]) <= 1
						&& joined(split, i, whole, j)) {
					usedSplit[i] = true;
					usedSplit[i + 1] = true;
					usedWhole[j] = true;
					weight[0] += Math.min(11,
							log2(0.9 / frequencies.share(frequencies.name(whole.tokens().get(j), whole.skeletons().get(j)))));
					joinedPairs++;
					break;
				}
			}
		}
		return joinedPairs;
	}

	/** Whether names {@code i} and {@code i + 1} of {@code split}, written as one word, are name {@code j} of {@code whole}. */
	private static boolean joined(Name split, int i, Name whole, int j) {
		int held = LEVELS.heldJoin(split.ids()[i], split.ids()[i + 1], whole.ids()[j]);
		if (held != LevelCache.NOT_HELD) {
			return held == LevelCache.JOINED;
		}
		boolean one = joinedAsOne(split.tokens().get(i), split.tokens().get(i + 1), whole.tokens().get(j),
				whole.skeletons().get(j));
		LEVELS.holdJoin(split.ids()[i], split.ids()[i + 1], whole.ids()[j], one);
		return one;
	}

	/** Whether {@code first} and {@code second} written as one word are the name {@code other}. */
	static boolean joinedAsOne(String first, String second, String other) {
		return joinedAsOne(first, second, other, NameNormaliser.skeleton(other));
	}

	private static boolean joinedAsOne(String first, String second, String other, String otherSkeleton) {
		String joined = first + second;
		// One name writes as many consonants as the other, but for one (a letter another script leaves out). The rules
		// for two names do not see it for a joined pair, whose skeleton drops y, w and v and keeps a consonant class
		// once when it comes again: "Muhammad Haddad" is m-k-m-t as "Mahmud" is, "Gurbanova Ayna" k-r-b-n as "Gurban".
		if (Math.abs(consonants(first) + consonants(second) - consonants(other)) > 1) {
			return false;
		}
		String joinedSkeleton = NameNormaliser.skeleton(joined);
		// The joined word is read without an article only when its first name is one, or an article and a name
		// ("Alhasan"): a first name that merely begins as one ("Ali", "Aly") would leave the second name alone, and
		// "Ali Ahmad" would be "Ahmad".
		boolean articleAlone = NameNormaliser.isArticle(first);
		int level = level(joined, other, joinedSkeleton, otherSkeleton, articleAlone || bareName(first, null) != null);
		// Similar, not the same: only when the lengths say one name, not two written into one, and the letters do too
		// when the skeletons differ (the looser rules for two names are not for a joined pair: "Georgecojocaru" is not
		// similar to "Kvirikishvili"); and in any case only when the other name divides into the two
		return (level >= 2 || level == 1 && Math.abs(joined.length() - other.length()) <= 2
				&& (joinedSkeleton.equals(otherSkeleton) || jaroWinkler(joined, other) >= 0.8))
				&& (articleAlone ? articleAndName(second, other) : inTwoParts(first, second, other));
	}

	/** Whether the article followed by {@code second} is {@code other}: {@code second} is a spelling of it, with or without its article. */
	private static boolean articleAndName(String second, String other) {
		String bare = NameNormaliser.withoutArticle(other);
		return partLevel(second, other) > 0 || bare != null && partLevel(second, bare) > 0;
	}

	/**
	 * Whether {@code other} divides into a part that is a spelling of {@code first} and a part that is one of
	 * {@code second}, one of them at least equivalent ("Abdul|karim", "Mohammad|reza", "Mhmd|rza"). The joined word
	 * alone would meet a name through one of its halves ("Abdul Fatma" and "Abdulrahman" share a long beginning, "Ali
	 * Ahmad" and "Ahmadi" their consonants), and through parts of a letter or two, which any name has.
	 */
	private static boolean inTwoParts(String first, String second, String other) {
		// parts of three letters at least, or of one fewer than a shorter name has ("Bou|zid" is written "Bu|zid")
		int tail = Math.max(1, Math.min(3, second.length() - 1));
		for (int k = Math.max(1, Math.min(3, first.length() - 1)); k <= other.length() - tail; k++) {
			int headLevel = partLevel(first, other.substring(0, k));
			if (headLevel > 0) {
				int restLevel = partLevel(second, other.substring(k));
				if (restLevel > 0 && Math.max(headLevel, restLevel) >= 2) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * How a name agrees with a part of another: as two names do, or similar when both have four letters or more,
	 * begin with the same letter and are close in their letters (Jaro–Winkler ≥ 0.8), as a name mistyped within a
	 * joined pair is ("Chshra" and "çehra"). A part of two letters is similar at most: it says too little to be the
	 * part that agrees.
	 */
	private static int partLevel(String name, String part) {
		int level = level(name, part, NameNormaliser.skeleton(name), NameNormaliser.skeleton(part));
		if (part.length() < 3) {
			return Math.min(level, 1);
		}
		boolean slip = Math.min(name.length(), part.length()) >= 4 && name.charAt(0) == part.charAt(0)
				&& jaroWinkler(name, part) >= 0.8;
		return level == 0 && slip ? 1 : level;
	}

	/**
	 * The consonants of a token: a doubled letter is one ("Mohammad" m-h-m-d, as a script without short vowels writes
	 * it), and so are ch, sh, kh, zh, gh, dh, th and ph (ç, ş, x, ж, غ, ذ, ث: "Gulchehra" and "Gulçehra"); y and w
	 * count with the vowels.
	 */
	private static int consonants(String token) {
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

	/**
	 * Whether x has more names than y and its first, left without counterpart, comes before y's first, which agrees
	 * with a later one of x (see {@link #OWN_NAME_LEFT}); never when that first name is a title ("Seyed", "Haji"),
	 * which another registration may leave out.
	 */
	private static boolean ownNameLeft(Name x, boolean[] usedX, Name y, boolean[] usedY) {
		return x.size() > y.size() && !usedX[0] && usedY[0] && !NameNormaliser.isTitle(x.tokens().get(0));
	}

	/**
	 * The names left without counterpart, told apart by how often the file writes them: as many pairs of them as both
	 * sides have names written by many records are two names; the others may be a name mistyped past recognition.
	 */
	private Unmatched unmatched(int count, Name x, boolean[] usedX, Name y, boolean[] usedY) {
		if (count == 0 || !frequencies.spellingsCounted()) {
			return new Unmatched(count, 0, 0);
		}
		int common = Math.min(count, Math.min(commonLeft(x, usedX), commonLeft(y, usedY)));
		return new Unmatched(count, common, frequencies.spellingsTellSlips() ? count - common : 0);
	}

	/** Names of x that agree with none of the other record's and are written so by many records of the file. */
	private int commonLeft(Name x, boolean[] used) {
		int common = 0;
		for (int i = 0; i < x.size(); i++) {
			if (!used[i] && frequencies.commonSpelling(x, i)) {
				common++;
			}
		}
		return common;
	}

	/**
	 * The names' evidence in bits; when {@code parts} is given, its first element receives it part by part (what the
	 * weights are fitted on). Comparisons ask for bits only, millions of times, and build no record for it.
	 */
	private double names(PreparedPerson a, PreparedPerson b, List<ExplanationItem> reasons, NameEvidence[] parts) {
		int[][] all = nameLevels(a, b);
		Alignment flat = bestFlat(a, b, all);
		if (a.structured() && b.structured()) {
			// A structured record's names are its given names followed by its family names.
			int givenA = a.given.size();
			int givenB = b.given.size();
			Alignment given = align(a.given, b.given, all, 0, 0);
			Alignment family = align(a.family, b.family, all, givenA, givenB);
			Alignment givenSwapped = align(a.given, b.family, all, 0, givenB);
			Alignment familySwapped = align(a.family, b.given, all, givenA, 0);
			double straight = given.weight() + family.weight();
			double swapped = givenSwapped.weight() + familySwapped.weight() + NAME_EVIDENCE * SWAPPED;
			if (straight >= swapped && straight >= flat.weight() - 0.5) {
				part("given", given, reasons);
				part("family", family, reasons);
				extra(reasons, given, family);
				if (given.firstNameLeft()) {
					note(reasons, "givenFirstLeft");
				}
				return names(given, family, together(given, family, reasons), false, given.firstNameLeft(), parts);
			}
			// swapped only where a name agrees so: with none agreeing either way, which names differ from which is no
			// evidence ("given and family names swapped; given name differs; family name differs")
			boolean agreeSwapped = givenSwapped.agreeing() + familySwapped.agreeing() > 0;
			if (swapped > straight && swapped >= flat.weight() - 1 && agreeSwapped) {
				note(reasons, "namesSwapped");
				part("given", givenSwapped, reasons);
				part("family", familySwapped, reasons);
				extra(reasons, givenSwapped, familySwapped);
				return names(givenSwapped, familySwapped, together(givenSwapped, familySwapped, reasons), true, false,
						parts);
			}
		}
		if (flat == null) {
			note(reasons, "namesMissing");
			if (parts != null) {
				parts[0] = NameEvidence.NONE;
			}
			return 0;
		}
		if (flat.unmatched().count() == 0 && flat.agreeing() > 0) {
			note(reasons, flat.similar() > 0 ? "namesSimilar" : flat.equivalent() > 0 ? "namesEquivalent" : "namesSame");
		}
		else if (flat.agreeing() > 0) {
			note(reasons, "namesPartly", flat.agreeing(), flat.compared());
		}
		else {
			note(reasons, "namesDiffer");
		}
		extra(reasons, flat, null);
		return names(flat, null, together(flat, null, reasons), false, false, parts);
	}

	private static double names(Alignment x, Alignment y, double pairCorrection, boolean swapped, boolean ownNameLeft,
			NameEvidence[] parts) {
		if (parts != null) {
			parts[0] = NameEvidence.of(x, y, pairCorrection, swapped, ownNameLeft);
		}
		return x.weight() + (y == null ? 0 : y.weight()) + NAME_EVIDENCE * (pairCorrection + (swapped ? SWAPPED : 0))
				+ (ownNameLeft ? OWN_NAME_LEFT : 0);
	}

	/**
	 * At most this many bits added when two agreeing names are rarer together than their shares say: the pair count
	 * of a file is itself a small number, and its rarity partly chance. At 1,000,000 records, letting the pair raise
	 * the weight (by up to 3 bits) with names counted by name rather than by skeleton lifted MATCH F1 by 0.2 to 0.3
	 * point of the ceiling; at 10,000 and 100,000 it changes under 0.05 point.
	 */
	static final double JOINT_GAIN = 3;

	/**
	 * Weight taken back because two agreeing names are less rare together than their shares multiplied: within
	 * one nationality a common given name and a common family name come together. When the data at hand was
	 * counted, the two names that weigh most are looked up as a pair, and their joint weight, log2(m1*m2 / share of
	 * other records carrying both), replaces the sum: when smaller, wholly; when larger (two names seldom seen
	 * together), by at most {@value #JOINT_GAIN} bits more than the sum. Notes a common name when the correction takes
	 * more than a bit back or a name is common.
	 */
	private double together(Alignment first, Alignment second, List<ExplanationItem> reasons) {
		Agreement[] top = { first.first(), first.second() };
		if (second != null) {
			top = Agreement.top(top[0], top[1], second.first());
			top = Agreement.top(top[0], top[1], second.second());
		}
		double correction = 0;
		if (top[1] != null) {
			Agreement a = top[0];
			Agreement b = top[1];
			int own = a.x().equals(a.y()) && b.x().equals(b.y()) ? 1 : 0;
			double share = Math.max(frequencies.pairShare(a.x(), b.x(), own), frequencies.pairShare(a.y(), b.y(), own));
			if (!Double.isNaN(share)) {
				correction = Math.min(JOINT_GAIN, log2(a.m() * b.m() / share) - a.weight() - b.weight());
			}
		}
		if (correction < -1) {
			note(reasons, "commonName");
		}
		else {
			common(first, second, reasons);
		}
		return correction;
	}

	/** The best of comparing all name tokens, or the original-script names, of one record with the other's. */
	private Alignment bestFlat(PreparedPerson a, PreparedPerson b, int[][] all) {
		Alignment best = null;
		for (Name x : List.of(a.all, a.original)) {
			for (Name y : List.of(b.all, b.original)) {
				// a structured record's given and family names are two names against the other's script as well
				int lastGivenX = x == a.all && a.structured() ? a.given.size() - 1 : -1;
				int lastGivenY = y == b.all && b.structured() ? b.given.size() - 1 : -1;
				Alignment candidate = align(x, y, x == a.all && y == b.all ? all : levels(x, y), 0, 0, lastGivenX,
						lastGivenY);
				if (candidate != null && (best == null || candidate.weight() > best.weight())) {
					best = candidate;
				}
			}
		}
		return best;
	}

	private static void part(String part, Alignment alignment, List<ExplanationItem> reasons) {
		String state = alignment.unmatched().count() == 0 && alignment.agreeing() > 0
				? (alignment.similar() > 0 ? "Similar" : alignment.equivalent() > 0 ? "Equivalent" : "Same")
				: alignment.agreeing() > 0 ? "Partly" : "Differs";
		note(reasons, part + state);
	}

	/**
	 * Says so when one record has a name the other lacks ("Ayşe / Demir Kaya" and "Ayşe / Demir"): the names that
	 * both have may be identical, and the score has taken something off for the one left over.
	 */
	private static void extra(List<ExplanationItem> reasons, Alignment first, Alignment second) {
		if (first.extra() + (second == null ? 0 : second.extra()) > 0) {
			note(reasons, "namesExtra");
		}
	}

	private static void common(Alignment first, Alignment second, List<ExplanationItem> reasons) {
		if (first != null && first.common() && first.agreeing() > 0 || second != null && second.common() && second.agreeing() > 0) {
			note(reasons, "commonName");
		}
	}

	// --- the other fields -----------------------------------------------------------------------------------

	/*
	 * Weights of the date of birth, sex and citizenship, in bits, given that the names were compared: a name
	 * already says much about sex and nationality, so agreeing on them adds little, and disagreeing weighs less than
	 * it would between strangers. Fitted by logistic regression on the compared pairs of generated registers (10,000
	 * and 100,000 records; the two fits within a bit or so of each other), rounded. Any field missing on either side
	 * weighs 0.
	 */

	private double birthDate(PreparedPerson a, PreparedPerson b, List<ExplanationItem> reasons) {
		if (a.birthYear == null || b.birthYear == null) {
			note(reasons, "birthMissing");
			return 0;
		}
		LocalDate x = a.birthDate;
		LocalDate y = b.birthDate;
		int years = Math.abs(a.birthYear - b.birthYear);
		if (x != null && y != null) {
			if (x.equals(y)) {
				if (firstOfJanuary(x)) {
					// written for "day unknown" by many registrations: shared by far more people than another day
					note(reasons, "birthSameFirstJanuary");
					return 7;
				}
				note(reasons, "birthSame");
				return 11;
			}
			if (firstOfJanuary(x) != firstOfJanuary(y) && years <= 1) {
				// 1 January is written for "day unknown" by one registrar while another, with the person's papers, has
				// the day; or it is the person's official date. Either way the day says nothing and the year counts,
				// half as much as a year written alone (+4 and +1.2): the generated registers, whose people keep one
				// date in every registration, fitted 0 for the same year; an independently written generator's
				// register, whose registrars write 1 January for a day they do not know, gained 2 points of MATCH F1
				// from +2 and 0 (docs/benchmarks.md)
				note(reasons, years == 0 ? "birthSameYear" : "birthYearOffByOne");
				return years == 0 ? 2 : 0;
			}
			if (x.getYear() == y.getYear() && x.getMonthValue() == y.getDayOfMonth() && x.getDayOfMonth() == y.getMonthValue()) {
				note(reasons, "birthDayMonthSwapped");
				return 9;
			}
			if (years == 1 && x.getMonthValue() == y.getMonthValue() && x.getDayOfMonth() == y.getDayOfMonth()) {
				note(reasons, "birthYearOffByOne");
				return 5.5;
			}
			if (digitsSwapped(a.birthYear, b.birthYear) && x.getMonthValue() == y.getMonthValue()
					&& x.getDayOfMonth() == y.getDayOfMonth()) {
				// "1987" typed "1978" with the day and month kept: a rare slip, and far rarer between strangers (one
				// day in 365, one year in forty)
				note(reasons, "birthYearDigitsSwapped");
				return 5.5;
			}
			if (Math.abs(ChronoUnit.DAYS.between(x, y)) == SPREADSHEET_1904_SHIFT) {
				// a workbook of the 1904 date system (old Mac spreadsheets) read as one of the 1900 system, or the
				// other way, when a ministry merges its legacy files: every date four years and a day off; between
				// strangers one pair of dates in several thousand, so weighed as the year's digits swapped
				note(reasons, "birthSpreadsheetShift");
				return 5.5;
			}
			if ((Calendars.solarHijriMonthDayKept(x, y) || Calendars.solarHijriMonthDayKept(y, x))
					&& Calendars.eitherIn(a.citizenship, b.citizenship, Calendars.SOLAR_HIJRI_COUNTRIES)) {
				// an Afghan or Iranian date turned Gregorian by its year alone, its Solar Hijri month and day kept
				// (1366-07-11, 3 October 1987, written 1987-07-11): between strangers whose years are within one, one
				// pair of dates in several hundred, so weighed as the other slips of a date
				note(reasons, "birthSolarHijriMonthDay");
				return 5.5;
			}
			if (years >= 2 && years <= BIRTHDAY_KEPT_GAP && x.getMonthValue() == y.getMonthValue()
					&& x.getDayOfMonth() == y.getDayOfMonth() && !firstOfJanuary(x) && !firstOfJuly(x)) {
				// the birthday kept and the year another: an age told differently at another registration (a minor
				// made older, an adult younger) moves the year and keeps the day, as does a slip of one digit ("1992"
				// typed "1995"). One pair of strangers in 365 shares a day, so the date counts neither for nor
				// against, where other dates this far apart weigh -10; but for the two days written for a day not
				// known. Measured on twelve registers: recall up to 0.5 points higher, none lower (docs/benchmarks.md)
				note(reasons, "birthSameDayOtherYear");
				return 0;
			}
			if (years == 0 && x.getMonthValue() == y.getMonthValue()) {
				note(reasons, "birthSameMonth");
				return 2;
			}
			if (years == 0) {
				note(reasons, "birthSameYearOnly");
				return -8;
			}
			if (ethiopianYear(a, b, years)) {
				note(reasons, "birthEthiopianYear");
				return 0;
			}
			note(reasons, "birthDiffers");
			// 1 January on either side: a year as soft as one written alone, weighed as the file shows (YearGaps)
			double soft = years >= 2 && (firstOfJanuary(x) || firstOfJanuary(y)) ? yearGaps.weight(years) : Double.NaN;
			return !Double.isNaN(soft) ? soft : years == 1 ? -4.5 : -10;
		}
		if (years == 0) {
			note(reasons, "birthSameYear");
			return 4;
		}
		if (years == 1) {
			note(reasons, "birthYearOffByOne");
			return 1.2;
		}
		if (digitsSwapped(a.birthYear, b.birthYear)) {
			// a rarer slip than a year off by one (+1.2), and one year in forty is the swap of another's: no evidence
			// for the same person, less against than another year
			note(reasons, "birthYearDigitsSwapped");
			return -4;
		}
		if (ethiopianYear(a, b, years)) {
			note(reasons, "birthEthiopianYear");
			return 0;
		}
		note(reasons, "birthDiffers");
		double soft = yearGaps.weight(years);
		return !Double.isNaN(soft) ? soft : years == 2 ? YearGaps.FITTED_TWO : YearGaps.FITTED_MORE;
	}

	/**
	 * Whether two years 7 or 8 apart may be one, the earlier of the Ethiopian calendar (whose year begins on 11 or
	 * 12 September, 7 or 8 years after the Gregorian one's), as an Ethiopian or Eritrean may give it: either record's
	 * citizenship is one of theirs. Counted neither for nor against, where years this far apart weigh -10.
	 */
	private static boolean ethiopianYear(PreparedPerson a, PreparedPerson b, int years) {
		return (years == 7 || years == 8)
				&& Calendars.eitherIn(a.citizenship, b.citizenship, Calendars.ETHIOPIAN_COUNTRIES);
	}

	/** 1 July: written for a day not known by registrations that take the middle of the year, as 1 January is. */
	static boolean firstOfJuly(LocalDate date) {
		return date.getMonthValue() == 7 && date.getDayOfMonth() == 1;
	}

	/** Days between a spreadsheet's 1900 and 1904 date systems: the same day number is 1,462 days apart in them. */
	static final long SPREADSHEET_1904_SHIFT = 1462;

	/** Two different years, one the other with two neighbouring digits swapped ("1987", "1978"; "2010", "2001"). */
	static boolean digitsSwapped(int a, int b) {
		// asked of every compared pair whose years differ by more than one: swapping two neighbouring digits changes a
		// number by a multiple of 9, which most pairs of years are not, so they are answered without writing digits out
		if (a == b || (a - b) % 9 != 0) {
			return false;
		}
		// digit by digit from the last, without writing them out: exactly two neighbours differ, each the other's
		int x = a;
		int y = b;
		int differing = 0;
		int at = 0;
		int lastDiffering = -1;
		int lowX = 0;
		int lowY = 0;
		while (x > 0 || y > 0) {
			if (x == 0 || y == 0) {
				return false; // not as many digits
			}
			int dx = x % 10;
			int dy = y % 10;
			if (dx != dy) {
				differing++;
				if (differing == 1) {
					lowX = dx;
					lowY = dy;
				}
				else if (differing > 2 || at != lastDiffering + 1 || dx != lowY || dy != lowX) {
					return false;
				}
				lastDiffering = at;
			}
			x /= 10;
			y /= 10;
			at++;
		}
		return differing == 2;
	}

	static final double SEX_DIFFERS = -4;

	/**
	 * The most years apart two dates with one birthday are still read as an age told differently or a slip of the
	 * year. Further apart, they are a parent and a child with one name (a "Mehmet Emin Karakoyunlu" of 1950 and his
	 * son of 1985), and weigh as other dates that far apart: on the benchmark's registers of 100,000 records the
	 * pairs with one birthday more than ten years apart that were MATCHes were one person in 16 of 64.
	 */
	static final int BIRTHDAY_KEPT_GAP = 10;

	static final double CITIZENSHIP_SHARED = 0.2;

	static final double CITIZENSHIP_DIFFERS = -2.5;

	static boolean firstOfJanuary(LocalDate date) {
		return date.getMonthValue() == 1 && date.getDayOfMonth() == 1;
	}

	private static double sex(PreparedPerson a, PreparedPerson b, List<ExplanationItem> reasons) {
		if (a.sex == null || b.sex == null || a.sex == b.sex) {
			return 0;
		}
		note(reasons, "sexDiffers");
		return SEX_DIFFERS;
	}

	private static double citizenship(PreparedPerson a, PreparedPerson b, List<ExplanationItem> reasons) {
		if (a.citizenship.isEmpty() || b.citizenship.isEmpty()) {
			return 0;
		}
		for (String c : a.citizenship) {
			if (b.citizenship.contains(c)) {
				note(reasons, "citizenshipSame");
				return CITIZENSHIP_SHARED;
			}
		}
		note(reasons, "citizenshipDiffers");
		return CITIZENSHIP_DIFFERS;
	}

	private static double log2(double value) {
		return Math.log(value) / Math.log(2);
	}

}
