package org.opennrm.matching;

/**
 * How far to lower the prior for a file whose people are registered again less often than in the registers the
 * weights were fitted on. The prior odds that two records are of one person grow with the number of people
 * registered more than once; the fitted prior assumes as many as the generated registers held. The file's own
 * repeat rate is read from its near-certain pairs, those whose evidence alone reaches {@value #CERTAIN_BITS} bits
 * (the same full name with the same full date, or names and date with one slip): nearly all of them are one person
 * (99.7–99.9 % on generated registers), and their number per record follows the number of people registered twice.
 * On the fitting registers there were {@value #REFERENCE_RATE} per record (0.275 at 10,000 records, 0.293 at
 * 100,000); a file with half as many gets prior odds halved, −1 bit.
 * <p>
 * Only lowered, never raised (measured with the weights before the names' parts were fitted apart, and 18 bits
 * for near-certain): on a generated register of 100,000 records with fewer repeats (0.109 per record) lowering the
 * prior by the estimated 1.35 bits took MATCH F1 over the compared pairs from 0.646 to 0.698 (the best shift, 1.5
 * bits, gave 0.699); on one with more repeats (0.446) raising it by the estimated 0.7 bit cost 0.7 point, keeping it
 * cost nothing.
 */
public final class PriorEstimate {

	/** Evidence from which a pair counts as near-certain. */
	public static final double CERTAIN_BITS = 16;

	/** Near-certain pairs per record in the registers the weights were fitted on. */
	public static final double REFERENCE_RATE = 0.284;

	/** A small file's count is taken with this many records at the reference rate: a handful of records says little. */
	static final double PRIOR_RECORDS = 1_000;

	/** The prior is never lowered by more than this. */
	static final double LARGEST_SHIFT = 4;

	/**
	 * Shifts smaller than this are left alone: a rate within 16 % of the reference is within what the generated
	 * registers themselves vary by (0.275 to 0.293), not a register of another kind.
	 */
	static final double SMALLEST_SHIFT = 0.25;

	private PriorEstimate() {
	}

	/** Near-certain pairs per record, the small-file correction included. */
	public static double rate(long certainPairs, long records) {
		return (certainPairs + PRIOR_RECORDS * REFERENCE_RATE) / (records + PRIOR_RECORDS);
	}

	/** Bits to add to the prior odds (0 or negative) for a file with this many near-certain pairs. */
	public static double shift(long certainPairs, long records) {
		double bits = Math.log(rate(certainPairs, records) / REFERENCE_RATE) / Math.log(2);
		return bits > -SMALLEST_SHIFT ? 0 : Math.max(-LARGEST_SHIFT, bits);
	}

}
