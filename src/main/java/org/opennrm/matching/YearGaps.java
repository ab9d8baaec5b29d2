package org.opennrm.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How much a year of birth two or three years from the other record's weighs when either date is soft (a year alone,
 * or 1 January, as written for an age a person claims or an officer estimates), read from the file at hand. The
 * fitted weights, −4 bits for two years apart and −10 for more, come from the generated registers, whose people
 * keep their year in every registration but for a slip of one. A register whose years come from ages told again at
 * each registration holds many more such gaps within one person: an independently written register whose
 * registrars work out the year from a claimed age has 8 % of its true pairs two years apart and 4 % three, against
 * 0.4 % and none in ours (docs/benchmarks.md, "A fourth independently written register, and years told as ages").
 *
 * <p>The file tells: records that write the same full name of two or more names, when at most
 * {@value #LARGEST_GROUP} records write it, are mostly one person; the years of those pairs with a soft date,
 * against the years of any two records of the file, give the odds of each gap. Different people who share a full
 * name are in those groups too, their years as far apart as any two records'; their share is read from the gaps of
 * four years and more (which the fitted weights keep at −10, as one person's are rare) and taken out. A gap's weight
 * is the file's when at least {@value #SMALLEST_COUNT} of its pairs are one person's and the weight is at least
 * {@value #SMALLEST_RAISE} bit above the fitted one, never above 0 (a gap is
 * never evidence for one person), and three years never weigh more than two; otherwise the fitted weight stands,
 * as it does in the index, which has no file to read.
 */
public final class YearGaps {

	/** The fitted weights only: the index, and a file that does not show otherwise. */
	public static final YearGaps FITTED = new YearGaps(Double.NaN, Double.NaN, 0, 0);

	/** A full name written by more records than this is too often two people's to tell a person's years. */
	static final int LARGEST_GROUP = 4;

	/** Fewer pairs than this with a soft date tell too little. */
	static final int SMALLEST_SAMPLE = 200;

	/** A gap is read from the file when at least this many of its pairs are one person's. */
	static final int SMALLEST_COUNT = 10;

	/** A weight read from the file is used when it is at least this much above the fitted one. */
	static final double SMALLEST_RAISE = 1;

	static final double FITTED_TWO = -4;

	static final double FITTED_MORE = -10;

	private final double two;
	private final double three;
	private final int pairs;
	private final double sharedByTwoPeople;

	private YearGaps(double two, double three, int pairs, double sharedByTwoPeople) {
		this.two = two;
		this.three = three;
		this.pairs = pairs;
		this.sharedByTwoPeople = sharedByTwoPeople;
	}

	/**
	 * The weight of a gap of {@code years} (two or more) when either date is soft, or NaN where the fitted weight
	 * stands.
	 */
	double weight(int years) {
		return years == 2 ? two : years == 3 ? three : Double.NaN;
	}

	/** Whether the file changed any weight. */
	public boolean read() {
		return !Double.isNaN(two) || !Double.isNaN(three);
	}

	/** The weight of two years apart in use. */
	public double twoYears() {
		return Double.isNaN(two) ? FITTED_TWO : two;
	}

	/** The weight of three years apart in use. */
	public double threeYears() {
		return Double.isNaN(three) ? FITTED_MORE : three;
	}

	/** The pairs of one full name with a soft date the weights were read from. */
	public int pairs() {
		return pairs;
	}

	/** The share of those pairs taken for two people who share a full name. */
	public double sharedByTwoPeople() {
		return sharedByTwoPeople;
	}

	/** A year alone, or 1 January: a date written for an age told or estimated, not read from a paper. */
	static boolean soft(PreparedPerson person) {
		return person.birthYear != null && (person.birthDate == null || FieldEvidence.firstOfJanuary(person.birthDate));
	}

	/** The weights the records of a file show (see the class). */
	public static YearGaps estimate(PreparedPerson[] people) {
		Map<String, List<PreparedPerson>> byName = new HashMap<>();
		Map<Integer, Integer> years = new HashMap<>();
		int withYear = 0;
		for (PreparedPerson person : people) {
			if (person.birthYear == null) {
				continue;
			}
			withYear++;
			years.merge(person.birthYear, 1, Integer::sum);
			if (person.all.size() >= 2) {
				List<String> tokens = new ArrayList<>(person.all.tokens());
				tokens.sort(null);
				byName.computeIfAbsent(String.join(" ", tokens), k -> new ArrayList<>(2)).add(person);
			}
		}
		long[] gaps = new long[5]; // 0, 1, 2, 3, 4 and more
		for (List<PreparedPerson> group : byName.values()) {
			if (group.size() < 2 || group.size() > LARGEST_GROUP) {
				continue;
			}
			for (int i = 0; i < group.size(); i++) {
				for (int j = i + 1; j < group.size(); j++) {
					PreparedPerson a = group.get(i);
					PreparedPerson b = group.get(j);
					if (soft(a) || soft(b)) {
						gaps[Math.min(4, Math.abs(a.birthYear - b.birthYear))]++;
					}
				}
			}
		}
		long sample = gaps[0] + gaps[1] + gaps[2] + gaps[3] + gaps[4];
		if (sample < SMALLEST_SAMPLE) {
			return FITTED;
		}
		// how often any two records of the file are k years apart
		double[] apart = new double[5];
		for (Map.Entry<Integer, Integer> x : years.entrySet()) {
			for (Map.Entry<Integer, Integer> y : years.entrySet()) {
				double share = (double) x.getValue() / withYear * y.getValue() / withYear;
				apart[Math.min(4, Math.abs(x.getKey() - y.getKey()))] += share;
			}
		}
		// two people of one name are as far apart as any two records: their share, from the gaps of four and more
		double twoPeople = Math.min(0.9, gaps[4] / (double) sample / apart[4]);
		double two = weight(gaps[2], sample, twoPeople, apart[2], FITTED_TWO, 0);
		double three = weight(gaps[3], sample, twoPeople, apart[3], FITTED_MORE, Double.isNaN(two) ? FITTED_TWO : two);
		return new YearGaps(two, three, (int) Math.min(Integer.MAX_VALUE, sample), twoPeople);
	}

	/**
	 * log2(m/u) of one gap, one person's share of the pairs only; NaN when fewer than {@value #SMALLEST_COUNT} of the
	 * pairs are one person's (a gap the sample hardly shows says nothing of how rare it is) or the weight is not
	 * enough above the fitted one.
	 */
	private static double weight(long count, long sample, double twoPeople, double apart, double fitted, double most) {
		double onePersonPairs = count - twoPeople * apart * sample;
		if (onePersonPairs < SMALLEST_COUNT) {
			return Double.NaN;
		}
		double read = Math.min(most, Math.log(onePersonPairs / (1 - twoPeople) / sample / apart) / Math.log(2));
		return read >= fitted + SMALLEST_RAISE ? read : Double.NaN;
	}

}
