package org.opennrm.matching;

import static org.opennrm.matching.ExplanationItem.note;
import static org.opennrm.matching.ExplanationItem.noteOf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

import org.opennrm.matching.PreparedPerson.Name;
import org.opennrm.matching.internal.NameNormaliser;
import org.opennrm.matching.internal.NameVariants;
import org.opennrm.matching.internal.Skeletons;

/**
 * Compares two person records, Fellegi–Sunter style: each piece of evidence adds log2(m/u), the odds that it
 * is seen between records of one person (m) rather than of two people (u). Names are compared token by
 * token with the best assignment between the two records' tokens, by spelling and by consonant skeleton;
 * agreeing on a common name weighs less than agreeing on a rare one. Thread-safe.
 *
 * <p>The matcher prepares records, answers for their blocking keys ({@link BlockingKeys}), weighs the names
 * ({@link NameComparison}, over {@link NameLevels}, how two names agree) and the other fields ({@link FieldEvidence}),
 * and turns the evidence into a score, a decision and its explanation, holding back the pairs a person decides.
 */
public final class PersonMatcher {

	/**
	 * The score is the evidence (bits) plus the prior odds, which shrink as the register grows (a name and a year
	 * shared in a file of 1,000 people says more than in a register of 1,000,000). The midpoint, where the score is
	 * 0.5, is 0.85 * log2(N) - 4.0 bits: 7.3 at 10,000 records, 10.1 at 100,000, 12.9 at 1,000,000. The regression that
	 * fitted the weights (NameComparison, FieldEvidence) put the posterior's own midpoint at log2(N) - 5.8 (7.4 at 10,000, 10.9 at 100,000);
	 * the midpoint in use lies lower, near where MATCH F1 peaks at the three sizes (one line for all three; 0.3 bit
	 * higher since names are no longer counted together through an unvowelled spelling, which made them weigh more:
	 * see NameFrequencies.Counter#names). The decision that maximises F1 accepts
	 * pairs more likely than half the F1 it reaches, and a larger register, holding more people who share a name and
	 * a year, reaches less.
	 */
	static final double PRIOR_SLOPE = 0.85;

	static final double PRIOR_OFFSET = 4.0;

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
	 * keyed without the Somali c, the ʿayn ("Cali Cumar" as "Ali Umar": {@code Skeletons.withoutSomaliAyn}).
	 */
	public static final int KEY_SCHEME = 17;

	/** Register size assumed when none is given. */
	static final long DEFAULT_POPULATION = 10_000;

	private final MatchThresholds thresholds;
	private final NameFrequencies frequencies;
	private final NameComparison nameComparison;
	private final NameNormaliser normaliser;
	private final long population;
	/** Bits added to the prior odds, for a register with fewer repeated registrations than usual (≤ 0). */
	private final double priorShift;
	/** What years two or three apart weigh when either date is soft, as the file at hand shows (the bulk command). */
	private final YearGaps yearGaps;
	/**
	 * Whether this matcher compares a candidate search with registered people's records ({@link #forSearch}): the
	 * search's further pairs are held back from MATCH, and reasons about one record say which.
	 */
	private final boolean search;
	/** Where the score is 0.5, in bits of evidence: fixed by the register's size, so computed once. */
	private final double midpoint;

	public PersonMatcher(MatchThresholds thresholds, NameFrequencies frequencies) {
		this(thresholds, frequencies, new NameNormaliser(), DEFAULT_POPULATION, 0, YearGaps.FITTED, false);
	}

	private PersonMatcher(MatchThresholds thresholds, NameFrequencies frequencies, NameNormaliser normaliser,
			long population, double priorShift, YearGaps yearGaps, boolean search) {
		this.search = search;
		this.thresholds = thresholds;
		this.frequencies = frequencies;
		this.nameComparison = new NameComparison(frequencies);
		this.normaliser = normaliser;
		this.population = Math.max(100, population);
		this.priorShift = priorShift;
		this.yearGaps = yearGaps;
		this.midpoint = PRIOR_SLOPE * Math.log(this.population) / Math.log(2) - PRIOR_OFFSET - priorShift;
	}

	/** The same matcher for a register of {@code records} records (the bulk file, or the index). */
	public PersonMatcher withPopulation(long records) {
		return new PersonMatcher(thresholds, frequencies, normaliser, records, priorShift, yearGaps, search);
	}

	/**
	 * The same matcher with the prior odds moved by {@code bits}: the prior assumes as many repeated registrations
	 * as in the registers the weights were fitted on; see {@link PriorEstimate} for a register with fewer.
	 */
	public PersonMatcher withPriorShift(double bits) {
		return new PersonMatcher(thresholds, frequencies, normaliser, population, bits, yearGaps, search);
	}

	/**
	 * The same matcher for the candidate search, which compares the search (the first record) with registered
	 * people's records (the second) and shows a case worker each candidate alone. Its explanations say which of the
	 * two a reason about one of them is about ("no date of birth in the search"). It holds back from MATCH two more
	 * kinds of pairs: a pair of which one record names one name only (a search for "Zahra", a hotline's
	 * "Roya" of 1975), as one name does not tell the people who carry it apart; and a pair with a name of each record
	 * agreeing with none of the other's where either record's names are not in fields ("Omar Khalil" in one field
	 * against Ali Khalil of the same day), as which name differs, the given or the family name, cannot be told: twins
	 * look so. The bulk command does not: its clusters weigh such a record with the person's other records, and on the
	 * benchmark's registers a one-name record's pairs are mostly one person (held back, MATCH F1 fell by up to 6
	 * points; docs/benchmarks.md, thirty-second round).
	 */
	public PersonMatcher forSearch() {
		return new PersonMatcher(thresholds, frequencies, normaliser, population, priorShift, yearGaps, true);
	}

	/** The same matcher with the weights of years apart that a file shows ({@link YearGaps#estimate}). */
	public PersonMatcher withYearGaps(YearGaps gaps) {
		return new PersonMatcher(thresholds, frequencies, normaliser, population, priorShift, gaps, search);
	}

	/** Default thresholds and name frequencies. */
	public static PersonMatcher standard() {
		return new PersonMatcher(MatchThresholds.DEFAULT, NameFrequencies.DEFAULT);
	}

	/** The same matcher (sharing its normalisation cache) with name frequencies counted from the data at hand. */
	public PersonMatcher withFrequencies(NameFrequencies counted) {
		return new PersonMatcher(thresholds, counted, normaliser, population, priorShift, yearGaps, search);
	}

	public PersonMatcher withThresholds(MatchThresholds other) {
		return new PersonMatcher(other, frequencies, normaliser, population, priorShift, yearGaps, search);
	}

	public MatchThresholds thresholds() {
		return thresholds;
	}

	public PreparedPerson prepare(PersonRecord record) {
		Set<String> citizenship = new TreeSet<>();
		record.citizenship().forEach(c -> citizenship.add(c.strip().toUpperCase(java.util.Locale.ROOT)));
		citizenship.remove(FieldEvidence.UNSPECIFIED); // "nationality unspecified" is none
		boolean somali = somali(citizenship);
		boolean familyWritten = record.familyNames() != null && !record.familyNames().isBlank();
		StringBuilder initials = new StringBuilder();
		Name given = name(withoutInitials(somaliAyn(familyWritten ? normaliser.givenTokens(record.givenNames())
				: normaliser.tokens(record.givenNames()), somali), initials), WrittenScripts.of(record.givenNames()));
		Name family = name(withoutInitials(somaliAyn(normaliser.tokens(record.familyNames()), somali), initials),
				WrittenScripts.of(record.familyNames()));
		Name original = name(withoutInitials(somaliAyn(normaliser.tokens(record.fullNameOriginal()), somali),
				new StringBuilder()), WrittenScripts.of(record.fullNameOriginal()));
		Name all;
		if (given.isEmpty() && family.isEmpty()) {
			all = original;
			original = Name.EMPTY;
		}
		else {
			List<String> tokens = new ArrayList<>(given.tokens());
			tokens.addAll(family.tokens());
			all = name(tokens, given.scripts() | family.scripts());
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
	 * ({@link Skeletons#withoutSomaliAyn}): "Cali Cumar" is "Ali Umar". Other records' tokens as they are.
	 */
	private static List<String> somaliAyn(List<String> tokens, boolean somali) {
		return somali ? tokens.stream().map(Skeletons::withoutSomaliAyn).toList() : tokens;
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
			all = tokens.equals(person.all.tokens()) ? person.all : name(tokens, given.scripts() | family.scripts());
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
		return tokens.size() == name.size() ? name : name(tokens, name.scripts());
	}

	/** A name of these tokens, written in these scripts ({@link WrittenScripts}). */
	static Name name(List<String> tokens, int scripts) {
		if (tokens.isEmpty()) {
			return Name.EMPTY;
		}
		return new Name(List.copyOf(tokens), tokens.stream().map(Skeletons::skeleton).toList(),
				tokens.stream().mapToInt(NameLevels.LEVELS::id).toArray(),
				tokens.stream().mapToInt(NameLevels::consonants).toArray(), scripts);
	}

	/** The id a name token has in comparisons (stable for the life of the process); 0 when it has none. */
	static int tokenId(String token) {
		return NameLevels.LEVELS.id(token);
	}

	// --- blocking keys ---------------------------------------------------------------------------------------

	/** See {@link BlockingKeys#blockingKeys}. */
	public Set<String> blockingKeys(PreparedPerson person) {
		return BlockingKeys.blockingKeys(person);
	}

	/** See {@link BlockingKeys#bulkBlockingKeys}. */
	public Set<String> bulkBlockingKeys(PreparedPerson person) {
		return BlockingKeys.bulkBlockingKeys(person);
	}

	/** See {@link BlockingKeys#slipKeys}. */
	public Set<String> slipKeys(PreparedPerson person) {
		return BlockingKeys.slipKeys(person);
	}

	/** See {@link BlockingKeys#oneNameSlipKeys}. */
	public Set<String> oneNameSlipKeys(PreparedPerson person) {
		return BlockingKeys.oneNameSlipKeys(person);
	}

	/** See {@link BlockingKeys#namesNoName}. */
	public boolean namesNoName(PreparedPerson person) {
		return BlockingKeys.namesNoName(person);
	}

	/** See {@link BlockingKeys#namesOneName}. */
	public boolean namesOneName(PreparedPerson person) {
		return BlockingKeys.namesOneName(person);
	}

	/** See {@link BlockingKeys#oneNameKeys}. */
	public Set<String> oneNameKeys(PreparedPerson person) {
		return BlockingKeys.oneNameKeys(person);
	}

	/** See {@link BlockingKeys#indexKeys}. */
	public Set<String> indexKeys(PreparedPerson person) {
		return BlockingKeys.indexKeys(person);
	}

	/** See {@link BlockingKeys#searchKeys}. */
	public Set<String> searchKeys(PreparedPerson person) {
		return BlockingKeys.searchKeys(person);
	}

	public MatchResult compare(PreparedPerson a, PreparedPerson b) {
		List<ExplanationItem> reasons = new ArrayList<>();
		double score = score(a, b, reasons);
		return new MatchResult(score, thresholds.decide(score), new Explanation(reasons, search));
	}

	/** The score {@link #compare} gives, without its explanation. */
	public double score(PreparedPerson a, PreparedPerson b) {
		return score(a, b, null);
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
		ExplanationItem held = heldBack(a, b);
		if (held == null) {
			return score;
		}
		if (reasons != null) {
			reasons.add(held);
		}
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
	 * them one person (docs/benchmarks.md, twenty-seventh round). In the candidate search two more kinds
	 * ({@link #forSearch}).
	 */
	private ExplanationItem heldBack(PreparedPerson a, PreparedPerson b) {
		if (search && (namesOneName(a) || namesOneName(b))) {
			// one name tells no one apart: "Zahra" is every Zahra of the register, "Khalil" of 2008 either twin
			return new ExplanationItem("heldOneName", null,
					ExplanationItem.Whose.of(namesOneName(a), namesOneName(b)), List.of());
		}
		boolean sexDiffers = a.sex != null && b.sex != null && a.sex != b.sex;
		int[][] all = NameComparison.nameLevels(a, b);
		if (!a.structured() || !b.structured()) {
			NameComparison.Alignment flat = nameComparison.bestFlat(a, b, all);
			if (sexDiffers && (flat == null || flat.unmatched().count() > 0 || flat.similar() > 0
					|| genderedForms(a.all, b.all, all))) {
				return HELD_SEX;
			}
			// "1 of 2 names agree" where the fields do not say which name differs: one twin searched for the other
			return search && flat != null && flat.agreeing() > 0 && flat.unmatched().count() > 0
					? HELD_NAMES_PARTLY : null;
		}
		NameComparison.Alignment given = nameComparison.align(a.given, b.given, all, 0, 0);
		NameComparison.Alignment family = nameComparison.align(a.family, b.family, all, a.given.size(), b.given.size());
		if (given.agreeing() == 0 && family.agreeing() > 0 && nameComparison.bestFlat(a, b, all).agreeing() <= family.agreeing()) {
			return HELD_SIBLINGS;
		}
		return sexDiffers && (given.unmatched().count() > 0 || given.similar() > 0 || genderedForms(a.given, b.given, all))
				? HELD_SEX : null;
	}

	private static final ExplanationItem HELD_SEX = ExplanationItem.of("heldSex");

	private static final ExplanationItem HELD_SIBLINGS = ExplanationItem.of("heldSiblings");

	private static final ExplanationItem HELD_NAMES_PARTLY = ExplanationItem.of("heldNamesPartly");

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
		return FieldEvidence.birthDate(a, b, yearGaps, reasons) + nameComparison.names(a, b, reasons, null) + initials(a, b, reasons)
				+ FieldEvidence.sex(a, b, reasons) + FieldEvidence.citizenship(a, b, reasons);
	}

	/**
	 * Whether the two records' full dates of birth tell two people: apart by no slip this matcher reads as one date (day
	 * and month swapped, a year off by one or its digits swapped with the day kept, a calendar's or a spreadsheet's
	 * shift, the birthday kept), nor 1 January against another day of about the same year (written for a day not
	 * known); 1 January years away weighs what the file shows for such years ({@link YearGaps}).
	 */
	public boolean fullDatesDisagree(PreparedPerson a, PreparedPerson b) {
		return a.birthDate != null && b.birthDate != null && FieldEvidence.birthDate(a, b, yearGaps, null) <= DATES_DISAGREE;
	}

	/** The weight of two full dates that differ in their month (-8), or more (-10; -4.5 with a year off by one). */
	static final double DATES_DISAGREE = -4.5;

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
		int shared = 0;
		for (int k = 0; k < a.initials.length(); k++) {
			int at = restB.indexOf(String.valueOf(a.initials.charAt(k)));
			if (at >= 0) {
				shared++;
				restB.deleteCharAt(at);
			}
			else {
				restA.append(a.initials.charAt(k));
			}
		}
		int[] ab = initialsAgainst(restA, a, b, restB);
		int[] ba = initialsAgainst(restB, b, a, restA);
		int agree = shared + ab[0] + ba[0];
		int differ = ab[1] + ba[1];
		if (agree > 0) {
			// an initial both write is both records'
			noteOf(reasons, ExplanationItem.Whose.of(shared > 0 || ab[0] > 0, shared > 0 || ba[0] > 0), "initialAgrees");
		}
		if (differ > 0) {
			noteOf(reasons, ExplanationItem.Whose.of(ab[1] > 0, ba[1] > 0), "initialDiffers");
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
	record Evidence(NameComparison.NameEvidence names, double birthDate, String birthLevel, double sex, double citizenship) {
	}

	Evidence evidence(PreparedPerson a, PreparedPerson b) {
		List<ExplanationItem> dateReasons = new ArrayList<>();
		double date = FieldEvidence.birthDate(a, b, yearGaps, dateReasons);
		String level = dateReasons.get(0).code() + " " + date;
		NameComparison.NameEvidence[] names = new NameComparison.NameEvidence[1];
		nameComparison.names(a, b, null, names);
		return new Evidence(names[0], date, level, FieldEvidence.sex(a, b, null),
				FieldEvidence.citizenship(a, b, null));
	}

}
