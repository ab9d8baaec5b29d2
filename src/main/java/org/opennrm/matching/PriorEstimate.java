package org.opennrm.matching;

/**
 * How far to move the prior for a file whose people are registered again less or more often than in the registers
 * the weights were fitted on. The prior odds that two records are of one person grow with the number of people
 * registered more than once; the fitted prior assumes as many as the generated registers held. The file's own
 * repeat rate is read from its near-certain pairs, those whose evidence alone reaches {@value #CERTAIN_BITS} bits
 * (the same full name with the same full date, or names and date with one slip): nearly all of them are one person
 * (99.7–99.9 % on generated registers), and their number per record follows the number of people registered twice.
 * On the fitting generator's registers, with the weights in use, there are 0.291 per record at 10,000 records, 0.321
 * at 100,000 and 0.348 at 1,000,000 ({@link #reference}); a file with half as many as its size expects gets prior
 * odds halved, −1 bit.
 * <p>
 * Lowered: on a generated register of 100,000 records with fewer repeats (0.109 per record) lowering the prior by the
 * estimated 1.35 bits took MATCH F1 over the compared pairs from 0.646 to 0.698 (the best shift, 1.5 bits, gave
 * 0.699). Raised since December 2026, by at most {@value #LARGEST_RAISE} bit: on the second independently written
 * register (docs/benchmarks.md), whose people are registered again more often (0.41 and 0.46 per record), raising
 * it by the estimate took MATCH F1 from 94.1 to 95.8 % of the ceiling at 10,000 records and from 96.6 to 97.6 % at
 * 100,000; on the generated register with more repeats (0.459 at 100,000 records) it cost 0.4 point (95.9 to
 * 95.5 %). Half the estimate was tried too: +0.8, +0.7 and +0.2 points. With the references counted again (below):
 * 95.7 and 97.5 % on the second independent register, 95.8 % on the generated one with more repeats.
 */
public final class PriorEstimate {

	/** Evidence from which a pair counts as near-certain. */
	public static final double CERTAIN_BITS = 16;

	/**
	 * Near-certain pairs per record that the fitting generator's registers give at 10,000, 100,000 and 1,000,000
	 * records: a larger register holds more people who share a full name and a date by chance, so the count grows
	 * with its size. Read against 0.284 alone, the generated register of 1,000,000 records (0.348) had its prior
	 * raised by 0.29 bit, and its MATCH F1 fell from 95.2 to 94.9 % of the ceiling. Counted again in December 2026
	 * with the weights in use (the first two were counted with the fifth round's, 0.275 and 0.293): against the old
	 * values, MATCH F1 of registers of another kind moved by −0.1 to +0.3 point of their ceilings.
	 */
	private static final double[][] REFERENCE_BY_SIZE = { { 10_000, 0.291 }, { 100_000, 0.321 }, { 1_000_000, 0.348 } };

	/** A small file's count is taken with this many records at the reference rate: a handful of records says little. */
	static final double PRIOR_RECORDS = 1_000;

	/** The prior is never lowered by more than this. */
	static final double LARGEST_SHIFT = 4;

	/** The prior is never raised by more than this: the largest raise measured was 0.7 bit. */
	public static final double LARGEST_RAISE = 1;

	/**
	 * Shifts smaller than this are left alone: a rate within 16 % of the reference is within what registers of the
	 * fitting generator itself give (0.300 per record with more siblings and name twins, 0.321 as fitted, at 100,000
	 * records), not a register of another kind.
	 */
	static final double SMALLEST_SHIFT = 0.25;

	private PriorEstimate() {
	}

	/** Near-certain pairs per record, the small-file correction included. */
	public static double rate(long certainPairs, long records) {
		return (certainPairs + PRIOR_RECORDS * reference(records)) / (records + PRIOR_RECORDS);
	}

	/**
	 * Near-certain pairs per record expected of a file of this size registered as the fitting registers were:
	 * {@link #REFERENCE_BY_SIZE} read on a logarithmic scale, its end values beyond it.
	 */
	public static double reference(long records) {
		double[][] r = REFERENCE_BY_SIZE;
		if (records <= r[0][0]) {
			return r[0][1];
		}
		for (int i = 1; i < r.length; i++) {
			if (records <= r[i][0]) {
				double t = Math.log(records / r[i - 1][0]) / Math.log(r[i][0] / r[i - 1][0]);
				return r[i - 1][1] + t * (r[i][1] - r[i - 1][1]);
			}
		}
		return r[r.length - 1][1];
	}

	/** Bits to add to the prior odds for a file with this many near-certain pairs. */
	public static double shift(long certainPairs, long records) {
		double bits = Math.log(rate(certainPairs, records) / reference(records)) / Math.log(2);
		return Math.abs(bits) < SMALLEST_SHIFT ? 0 : Math.max(-LARGEST_SHIFT, Math.min(LARGEST_RAISE, bits));
	}

}
