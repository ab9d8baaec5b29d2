package org.opennrm.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.opennrm.matching.internal.NameNormaliser;
import org.opennrm.matching.internal.PairCounts;

/**
 * How common each name (by consonant skeleton) is: agreeing on "Mohammad" says less than agreeing on a rare
 * name. The bulk command counts the file it matches, names, pairs of names and spellings; the register-wide index
 * uses the shipped defaults.
 */
public final class NameFrequencies {

	/** Shares of records carrying these names in registers of Türkiye's caseload (rounded, from experience). */
	public static final NameFrequencies DEFAULT = new NameFrequencies(shares("muhammad", 0.06, "ahmad", 0.03, "ali", 0.03,
			"hasan", 0.03, "fatma", 0.02, "ibrahim", 0.015, "mustafa", 0.015, "yusuf", 0.012, "omar", 0.015, "abdullah", 0.012,
			"ayse", 0.01, "zeynep", 0.01, "maryam", 0.012, "karim", 0.008), 0.002);

	/** Names and shares, keyed by the names' skeletons, so that the table follows the skeleton's rules. */
	private static Map<String, Double> shares(Object... namesAndShares) {
		Map<String, Double> shares = new HashMap<>();
		for (int i = 0; i < namesAndShares.length; i += 2) {
			shares.merge(NameNormaliser.skeleton((String) namesAndShares[i]), (Double) namesAndShares[i + 1], Double::sum);
		}
		return shares;
	}

	private final Map<String, Double> shares;
	private final double unknown;
	/** Records carrying each pair of names, when counted from the data at hand; null for the defaults. */
	private final PairCounts pairs;
	private final long records;

	/** Records carrying each name as written, when counted from the data at hand; null for the defaults. */
	private final Map<String, Integer> spellings;

	private NameFrequencies(Map<String, Double> shares, double unknown) {
		this(shares, unknown, null, 0, null);
	}

	private NameFrequencies(Map<String, Double> shares, double unknown, PairCounts pairs, long records,
			Map<String, Integer> spellings) {
		this.shares = Map.copyOf(shares);
		this.unknown = unknown;
		this.pairs = pairs;
		this.records = records;
		this.spellings = spellings;
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

	/** Records that make a spelling common enough to be a name of its own rather than a slip. */
	static final int COMMON_SPELLING = 5;

	/** Counts the skeletons of the given records (each once per record). */
	public static Counter counter() {
		return new Counter();
	}

	/** The share of records that carry this name; never below the floor that keeps weights finite. */
	double share(String skeleton) {
		Double share = shares.get(skeleton);
		return share != null ? share : unknown;
	}

	/**
	 * The share of records, other than one of the two compared, that carry both names: {@code count} records were
	 * counted with the pair, {@code own} of them are the compared records themselves. NaN when pairs were not
	 * counted (the shipped defaults).
	 */
	double pairShare(String skeletonA, String skeletonB, int own) {
		if (pairs == null) {
			return Double.NaN;
		}
		return Math.max(pairs.count(skeletonA, skeletonB) - own, 0.5) / records;
	}

	public static final class Counter {

		private final Map<String, Integer> counts = new HashMap<>();
		private final PairCounts pairs = new PairCounts();
		private final Map<String, Integer> spellings = new HashMap<>();
		private long records;

		/** Not thread-safe: count records one after another. */
		public void add(PreparedPerson person) {
			records++;
			List<String> names = new ArrayList<>(person.all.skeletons());
			for (String s : person.original.skeletons()) {
				if (!names.contains(s)) {
					names.add(s);
				}
			}
			new HashSet<>(names).forEach(s -> counts.merge(s, 1, Integer::sum));
			pairs.add(names);
			Set<String> written = new HashSet<>(person.all.tokens());
			written.addAll(person.original.tokens());
			written.forEach(t -> spellings.merge(t, 1, Integer::sum));
		}

		/**
		 * Counted shares, smoothed towards the defaults as if {@value #PRIOR_RECORDS} records of a typical
		 * register came with the file: a small file cannot make its every name look common.
		 */
		public NameFrequencies build() {
			long total = records;
			Map<String, Double> shares = new HashMap<>();
			counts.forEach((skeleton, count) -> shares.put(skeleton,
					(count + PRIOR_RECORDS * DEFAULT.share(skeleton)) / (total + PRIOR_RECORDS)));
			double unknown = Math.max(5e-6, PRIOR_RECORDS * DEFAULT.unknown / (total + PRIOR_RECORDS));
			return new NameFrequencies(shares, unknown, pairs, total, spellings);
		}

		static final double PRIOR_RECORDS = 2000;

	}

}
