package org.opennrm.matching;

/**
 * How far to move the prior for a file whose people are registered again less or more often than in the registers
 * the weights were fitted on. The prior odds that two records are of one person grow with the number of people
 * registered more than once; the fitted prior assumes as many as the generated registers held. The file's own
 * repeat rate is read from its near-certain pairs, those whose evidence alone reaches {@value #CERTAIN_BITS} bits
 * (the same full name with the same full date, or names and date with one slip): nearly all of them are one person
 * (99.7–99.9 % on generated registers), and their number per record follows the number of people registered twice.
 * On the fitting registers there were {@value #REFERENCE_RATE} per record (0.275 at 10,000 records, 0.293 at
 * 100,000); a file with half as many gets prior odds halved, −1 bit.
 * <p>
 * Lowered: on a generated register of 100,000 records with fewer repeats (0.109 per record) lowering the prior by the
 * estimated 1.35 bits took MATCH F1 over the compared pairs from 0.646 to 0.698 (the best shift, 1.5 bits, gave
 * 0.699). Raised since December 2026, by at most {@value #LARGEST_RAISE} bit: on the two independently written
 * registers (docs/benchmarks.md), whose people are registered again more often (0.34 to 0.46 per record), raising
 * it by the estimate took MATCH F1 from 94.1 to 95.7 % of the ceiling (second register, 10,000 records), from 96.6
 * to 97.6 % (100,000) and from 99.2 to 99.5 % (first register, 100,000); on the generated register with more
 * repeats (0.459) it cost 0.2 point (95.9 to 95.7 %). Half the estimate was tried too: +0.8, +0.7 and +0.2 points.
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

	/** The prior is never raised by more than this: the largest raise measured was 0.7 bit. */
	static final double LARGEST_RAISE = 1;

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

	/** Bits to add to the prior odds for a file with this many near-certain pairs. */
	public static double shift(long certainPairs, long records) {
		double bits = Math.log(rate(certainPairs, records) / REFERENCE_RATE) / Math.log(2);
		return Math.abs(bits) < SMALLEST_SHIFT ? 0 : Math.max(-LARGEST_SHIFT, Math.min(LARGEST_RAISE, bits));
	}

}
