package org.opennrm.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.opennrm.matching.internal.PairCounts;
import org.opennrm.matching.internal.Skeletons;

/**
 * How common each name is: agreeing on "Mohammad" says less than agreeing on a rare name. The bulk command counts the
 * file it matches: spellings, names (see {@link #name}) and pairs of names; the register-wide index uses the shipped
 * defaults, kept by consonant skeleton.
 */
public final class NameFrequencies {

	/** Names of the shipped defaults, and the shares of records carrying them (see {@link #DEFAULT}). */
	private static final Object[] LISTED = { "muhammad", 0.06, "ahmad", 0.03, "ali", 0.03, "hasan", 0.03, "fatma", 0.02,
			"ibrahim", 0.015, "mustafa", 0.015, "yusuf", 0.012, "omar", 0.015, "abdullah", 0.012, "ayse", 0.01, "zeynep",
			0.01, "maryam", 0.012, "karim", 0.008 };

	/**
	 * Shares of records carrying these names in registers of Türkiye's caseload (rounded, from experience), kept by
	 * skeleton: every name of a listed name's skeleton is weighed by its share ("Layla", l, as "Ali"; "Hosseini",
	 * k-s-n, as "Hasan").
	 */
	public static final NameFrequencies DEFAULT = new NameFrequencies(shares(LISTED), 0.002, spellings(LISTED));

	/** Names and shares, keyed by the names' skeletons, so that the table follows the skeleton's rules. */
	private static Map<String, Double> shares(Object... namesAndShares) {
		Map<String, Double> shares = new HashMap<>();
		for (int i = 0; i < namesAndShares.length; i += 2) {
			shares.merge(Skeletons.skeleton((String) namesAndShares[i]), (Double) namesAndShares[i + 1], Double::sum);
		}
		return shares;
	}

	/** The names listed, by skeleton. */
	private static Map<String, List<String>> spellings(Object... namesAndShares) {
		Map<String, List<String>> listed = new HashMap<>();
		for (int i = 0; i < namesAndShares.length; i += 2) {
			String name = (String) namesAndShares[i];
			listed.computeIfAbsent(Skeletons.skeleton(name), k -> new ArrayList<>()).add(name);
		}
		return Map.copyOf(listed);
	}

	private final Map<String, Double> shares;
	private final double unknown;
	/** Records carrying each pair of names, when counted from the data at hand; null for the defaults. */
	private final PairCounts pairs;
	private final long records;

	/** Records carrying each name as written, when counted from the data at hand; null for the defaults. */
	private final Map<String, Integer> spellings;
	/** The name each spelling counts under (see {@link #name}), when counted from the data at hand; null for the defaults. */
	private final Map<String, String> names;

	/** The names the shipped defaults list, by skeleton; null where the data at hand was counted. */
	private final Map<String, List<String>> listed;

	private NameFrequencies(Map<String, Double> shares, double unknown, Map<String, List<String>> listed) {
		this(shares, unknown, null, 0, null, null, listed);
	}

	private NameFrequencies(Map<String, Double> shares, double unknown, PairCounts pairs, long records,
			Map<String, Integer> spellings, Map<String, String> names) {
		this(shares, unknown, pairs, records, spellings, names, null);
	}

	private NameFrequencies(Map<String, Double> shares, double unknown, PairCounts pairs, long records,
			Map<String, Integer> spellings, Map<String, String> names, Map<String, List<String>> listed) {
		this.listed = listed;
		this.shares = Map.copyOf(shares);
		this.unknown = unknown;
		this.pairs = pairs;
		this.records = records;
		this.spellings = spellings;
		this.names = names;
		this.recordsById = spellings == null ? null : byId(spellings);
		this.tellsSlips = spellings != null && commonShare(spellings) >= SLIPS_TOLD;
	}

	/** See {@link #spellingsTellSlips}. */
	private final boolean tellsSlips;

	/**
	 * The share of the names written that must be common spellings for a rare one to be taken for a slip: 0.73 to
	 * 0.84 in the registers of 10,000 records the weights were fitted on, 0.27 to 0.58 in samples of 300 to 2,000
	 * records of them; measured on those samples, 0.6 against 0.5 and against always (docs/benchmarks.md,
	 * "Twenty-fifth round").
	 */
	static final double SLIPS_TOLD = 0.6;

	/** Of the names the records write (each spelling once a record), the share written by many records. */
	private static double commonShare(Map<String, Integer> spellings) {
		long written = 0;
		long common = 0;
		for (int records : spellings.values()) {
			written += records;
			common += records >= COMMON_SPELLING ? records : 0;
		}
		return written == 0 ? 0 : (double) common / written;
	}

	/**
	 * Records carrying each spelling, by the id the matcher gives the spelling ({@link PersonMatcher#tokenId}): read for
	 * every name left without counterpart in every comparison, an array read instead of a map look-up.
	 */
	private final int[] recordsById;

	private static int[] byId(Map<String, Integer> spellings) {
		int[] ids = new int[spellings.size()];
		int[] counts = new int[spellings.size()];
		int k = 0;
		int largest = -1;
		for (Map.Entry<String, Integer> spelling : spellings.entrySet()) {
			ids[k] = PersonMatcher.tokenId(spelling.getKey());
			counts[k] = spelling.getValue();
			largest = Math.max(largest, ids[k++]);
		}
		int[] byId = new int[largest + 1];
		for (int i = 0; i < k; i++) {
			if (ids[i] != 0) { // a spelling without an id is looked up by its text
				byId[ids[i]] = counts[i];
			}
		}
		return byId;
	}

	/** Records of the data at hand that write the i-th name of {@code name}; 0 when spellings were not counted. */
	int records(PreparedPerson.Name name, int i) {
		if (recordsById == null) {
			return 0;
		}
		int id = name.ids()[i];
		return id != 0 && id < recordsById.length ? recordsById[id] : records(name.tokens().get(i));
	}

	/**
	 * The name a spelling is counted under: its consonant skeleton, or, when the data at hand was counted and the
	 * skeleton's spellings form more than one name, the skeleton with the name's commonest spelling. "Mahmud",
	 * "Muhammad" and "Mohammadi" share the skeleton m-k-m-t; "Hasan" and "Hüseyin" k-s-n. A spelling is counted under
	 * the commonest name whose commonest spelling the matcher finds it equivalent to (Mohammed and Mehmet under
	 * Muhammad); counting them apart tells how common "Hasan" is, not how common k-s-n. The shares, pair counts and
	 * weights are kept under these names.
	 */
	String name(String token, String skeleton) {
		return names == null ? skeleton : names.getOrDefault(token, skeleton);
	}

	/**
	 * Whether two similar spellings ("Rahimi" and "Rahmani", "Yildiz" and "Yilmaz") are each written by many records
	 * of the data at hand: a slip of the keyboard writes a spelling few others write, so two spellings each common in
	 * the file, the rarer at least a tenth as common as the other, are two names. False when spellings were not
	 * counted (the shipped defaults).
	 */
	boolean twoCommonSpellings(String a, String b) {
		if (spellings == null) {
			return false;
		}
		int x = spellings.getOrDefault(a, 0);
		int y = spellings.getOrDefault(b, 0);
		int rarer = Math.min(x, y);
		return rarer >= COMMON_SPELLING && rarer * 10 >= Math.max(x, y);
	}

	/** Whether the spellings of the data at hand were counted (the bulk command), not the shipped defaults (the index). */
	boolean spellingsCounted() {
		return spellings != null;
	}

	/**
	 * Whether the data at hand tells a name from a slip by its counts: a spelling written by few records is likely a
	 * slip only where most of the names written are spellings many records write ({@link #SLIPS_TOLD}). In a file of
	 * a few hundred records nearly every name is written by few, "Elif" as much as "Elfi", and a name that agrees with
	 * nothing of the other record's is another name as often as not: it weighs as where spellings are not counted.
	 */
	boolean spellingsTellSlips() {
		return tellsSlips;
	}

	/** Whether many records of the data at hand write the i-th name; false when spellings were not counted. */
	boolean commonSpelling(PreparedPerson.Name name, int i) {
		return records(name, i) >= COMMON_SPELLING;
	}

	/**
	 * Whether one spelling (the i-th name of x, the j-th of y) is written by at most {@value #RARE_SPELLING} records of
	 * the data at hand and the other, beginning with the same letter, by at least {@value #COMMON_SPELLING}: the rare one
	 * may be the common one mistyped ("Yusv", "Yusuf"). The caller asks how far apart they are. False when spellings
	 * were not counted.
	 */
	boolean slipOfCommonSpelling(PreparedPerson.Name x, int i, PreparedPerson.Name y, int j) {
		String a = x.tokens().get(i);
		String b = y.tokens().get(j);
		if (spellings == null || Math.min(a.length(), b.length()) < 4 || a.charAt(0) != b.charAt(0)) {
			return false;
		}
		int countA = records(x, i);
		int countB = records(y, j);
		return Math.min(countA, countB) <= RARE_SPELLING && Math.max(countA, countB) >= COMMON_SPELLING;
	}

	/** Records of the data at hand that write this spelling; 0 when spellings were not counted. */
	int records(String spelling) {
		return spellings == null ? 0 : spellings.getOrDefault(spelling, 0);
	}

	/** Records that write a spelling seldom enough that, beside a common one, it may be a slip. */
	static final int RARE_SPELLING = 2;

	/** Records that make a spelling common enough to be a name of its own rather than a slip. */
	static final int COMMON_SPELLING = 5;

	/** Counts the names of the given records (each once per record), pairs of names and spellings. */
	public static Counter counter() {
		return new Counter();
	}

	/** The share of records that carry this name (see {@link #name}); never below the floor that keeps weights finite. */
	double share(String name) {
		Double share = shares.get(name);
		return share != null ? share : unknown;
	}

	/** The share of a name not counted, or not listed: the rarest a name is taken to be. */
	double unknownShare() {
		return unknown;
	}

	/**
	 * Whether the share a name as written is weighed by is its own name's, so that an explanation may call it common:
	 * where the data at hand was counted, always; of the shipped defaults, kept by skeleton, only for a spelling of the
	 * name listed under its skeleton ("Mohammed" of Muhammad's), not for another name of that skeleton ("Layla" of
	 * Ali's, "Hamidi" of Ahmad's, "Hosseini" of Hasan's), which the score weighs as the listed one all the same.
	 */
	boolean ownShare(String token, String skeleton) {
		if (listed == null) {
			return true;
		}
		List<String> names = listed.get(skeleton);
		return names != null && names.stream().anyMatch(name -> NameLevels.level(token, name, skeleton, skeleton) >= 2);
	}

	/**
	 * The share of records, other than one of the two compared, that carry both names: {@code count} records were
	 * counted with the pair, {@code own} of them are the compared records themselves. Smoothed as the names' shares
	 * are, towards the two shares multiplied, as if {@link Counter#PRIOR_RECORDS} records of a typical register came
	 * with the file: in a file of three records, two of them "Ayşe Yılmaz", the pair is not one record in six of a
	 * register, and the two agreeing weighed less than "Ayşe" against "Zeynep Yılmaz". NaN when pairs were not
	 * counted (the shipped defaults).
	 */
	double pairShare(String nameA, String nameB, int own) {
		if (pairs == null) {
			return Double.NaN;
		}
		double expected = Counter.PRIOR_RECORDS * share(nameA) * share(nameB);
		return (Math.max(pairs.count(nameA, nameB) - own, 0.5) + expected) / (records + Counter.PRIOR_RECORDS);
	}

	/**
	 * How many records, other than the {@code own} compared ones, carry both names: the two names' namesakes. None when
	 * pairs were not counted.
	 */
	int pairRecords(String nameA, String nameB, int own) {
		return pairs == null ? 0 : Math.max(pairs.count(nameA, nameB) - own, 0);
	}

	public static final class Counter {

		private final Map<String, Integer> spellings = new HashMap<>();
		/** The records added: their names are counted once all spellings, and so the names they form, are known. */
		private final List<PreparedPerson> people = new ArrayList<>();

		/** How many of the records added so far carry this spelling. */
		public int records(String spelling) {
			return spellings.getOrDefault(spelling, 0);
		}

		/** Not thread-safe: count records one after another. */
		public void add(PreparedPerson person) {
			people.add(person);
			addSpellings(person);
		}

		/**
		 * Counts a record's spellings without keeping the record, for data too large to hold at once: once every
		 * record's spellings are counted, each record goes once more through the {@link #tally()}.
		 */
		public void addSpellings(PreparedPerson person) {
			Set<String> written = new HashSet<>(person.all.tokens());
			written.addAll(person.original.tokens());
			written.forEach(t -> spellings.merge(t, 1, Integer::sum));
		}

		/**
		 * Counted shares, smoothed towards the defaults as if {@value #PRIOR_RECORDS} records of a typical
		 * register came with the file: a small file cannot make its every name look common. Names are counted once
		 * all spellings are known (see {@link NameFrequencies#name}).
		 */
		public NameFrequencies build() {
			Tally tally = tally();
			people.forEach(tally::add);
			return tally.build();
		}

		/** The names the spellings counted so far form; the records' names and pairs of names are counted on it. */
		public Tally tally() {
			return new Tally(spellings, names());
		}

		/**
		 * The name each spelling counts under: within each skeleton, commonest first and unvowelled spellings last, a
		 * spelling joins the first name whose first spelling it is equivalent to, or begins a name of its own; kept
		 * under the skeleton for the first name and under the skeleton and its first spelling for the others.
		 */
		private Map<String, String> names() {
			Map<String, List<String>> bySkeleton = new HashMap<>();
			spellings.keySet().forEach(t -> bySkeleton.computeIfAbsent(Skeletons.skeleton(t), k -> new ArrayList<>()).add(t));
			Map<String, String> names = new ConcurrentHashMap<>();
			bySkeleton.entrySet().parallelStream().forEach(group -> {
				String skeleton = group.getKey();
				List<String> written = group.getValue();
				// commonest first, unvowelled spellings last: an unvowelled "hsyn" is equivalent to Hüseyin and to
				// Oksana alike, and would begin a name that takes both in
				written.sort(Comparator.comparing(NameLevels::vowelPoor)
					.thenComparing(Comparator.comparing(spellings::get).reversed()));
				int n = written.size();
				// each spelling joins the first name whose first spelling it is equivalent to, or begins a name; names
				// are never joined to each other (joined through "hsyn", Hasan, Hüseyin, Oksana and Kakajan were one)
				List<Integer> firsts = new ArrayList<>();
				for (int i = 0; i < n; i++) {
					int first = -1;
					// against the commonest few thousand names of its skeleton: bounded on any file
					for (int k = 0; k < Math.min(firsts.size(), NAMES_COMPARED) && first < 0; k++) {
						if (NameLevels.level(written.get(i), written.get(firsts.get(k)), skeleton, skeleton) >= 2) {
							first = firsts.get(k);
						}
					}
					if (first < 0) {
						first = i;
						firsts.add(i);
					}
					names.put(written.get(i), first == 0 ? skeleton : skeleton + "#" + written.get(first));
				}
			});
			return names;
		}

		/** Names of one skeleton each spelling is compared with when names are formed, the commonest first. */
		static final int NAMES_COMPARED = 2000;

		private static String skeletonOf(String name) {
			int mark = name.indexOf('#');
			return mark < 0 ? name : name.substring(0, mark);
		}

		static final double PRIOR_RECORDS = 2000;

	}

	/**
	 * The second count: each record's names, as formed from all the spellings ({@link Counter#tally()}), and each pair
	 * of them. Not thread-safe: add records one after another.
	 */
	public static final class Tally {

		private final Map<String, Integer> spellings;
		private final Map<String, String> names;
		private final Map<String, Integer> counts = new HashMap<>();
		private final PairCounts pairs = new PairCounts();
		private long total;

		private Tally(Map<String, Integer> spellings, Map<String, String> names) {
			this.spellings = spellings;
			this.names = names;
		}

		public void add(PreparedPerson person) {
			// by position, the one-line name's only where it adds a name
			List<String> carried = new ArrayList<>();
			for (int i = 0; i < person.all.size(); i++) {
				carried.add(names.getOrDefault(person.all.tokens().get(i), person.all.skeletons().get(i)));
			}
			for (int i = 0; i < person.original.size(); i++) {
				String name = names.getOrDefault(person.original.tokens().get(i), person.original.skeletons().get(i));
				if (!carried.contains(name)) {
					carried.add(name);
				}
			}
			new HashSet<>(carried).forEach(name -> counts.merge(name, 1, Integer::sum));
			pairs.add(carried);
			total++;
		}

		/** See {@link Counter#build()}. */
		public NameFrequencies build() {
			Map<String, Double> shares = new HashMap<>();
			counts.forEach((name, count) -> shares.put(name,
					(count + Counter.PRIOR_RECORDS * DEFAULT.share(Counter.skeletonOf(name))) / (total + Counter.PRIOR_RECORDS)));
			double unknown = Math.max(5e-6, Counter.PRIOR_RECORDS * DEFAULT.unknown / (total + Counter.PRIOR_RECORDS));
			return new NameFrequencies(shares, unknown, pairs, total, spellings, names);
		}

	}

}
