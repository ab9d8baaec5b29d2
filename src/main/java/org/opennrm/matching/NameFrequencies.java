package org.opennrm.matching;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How common each name (by consonant skeleton) is: agreeing on "Mohammad" says less than agreeing on a rare
 * name. The bulk command counts the file it matches; the register-wide index uses the shipped defaults.
 */
public final class NameFrequencies {

	/** Shares of records carrying these names in registers of Türkiye's caseload (rounded, from experience). */
	public static final NameFrequencies DEFAULT = new NameFrequencies(Map.ofEntries(Map.entry("mhmt", 0.06),
			Map.entry("hmt", 0.03), Map.entry("l", 0.03), Map.entry("hsn", 0.03), Map.entry("ftm", 0.02),
Map.entry("brhm", 0.015), Map.entry("mstf", 0.015), Map.entry("sf", 0.012),
			Map.entry("mr", 0.015), Map.entry("btlh", 0.012), Map.entry("ks", 0.01), Map.entry("snb", 0.01),
			Map.entry("mrm", 0.012), Map.entry("krm", 0.008), Map.entry("hmtf", 0.006)), 0.002);

	private final Map<String, Double> shares;
	private final double unknown;

	private NameFrequencies(Map<String, Double> shares, double unknown) {
		this.shares = Map.copyOf(shares);
		this.unknown = unknown;
	}

	/** Counts the skeletons of the given records (each once per record). */
	public static Counter counter() {
		return new Counter();
	}

	/** The share of records that carry this name; never below the floor that keeps weights finite. */
	double share(String skeleton) {
		Double share = shares.get(skeleton);
		return share != null ? share : unknown;
	}

	public static final class Counter {

		private final Map<String, Integer> counts = new ConcurrentHashMap<>();
		private final java.util.concurrent.atomic.AtomicLong records = new java.util.concurrent.atomic.AtomicLong();

		public void add(PreparedPerson person) {
			records.incrementAndGet();
			java.util.Set<String> seen = new java.util.HashSet<>(person.all.skeletons());
			seen.addAll(person.original.skeletons());
			seen.forEach(s -> counts.merge(s, 1, Integer::sum));
		}

		/**
		 * Counted shares, smoothed towards the defaults as if {@value #PRIOR_RECORDS} records of a typical
		 * register came with the file: a small file cannot make its every name look common.
		 */
		public NameFrequencies build() {
			long total = records.get();
			Map<String, Double> shares = new HashMap<>();
			counts.forEach((skeleton, count) -> shares.put(skeleton,
					(count + PRIOR_RECORDS * DEFAULT.share(skeleton)) / (total + PRIOR_RECORDS)));
			double unknown = Math.max(5e-6, PRIOR_RECORDS * DEFAULT.unknown / (total + PRIOR_RECORDS));
			return new NameFrequencies(shares, unknown);
		}

		static final double PRIOR_RECORDS = 2000;

	}

}
