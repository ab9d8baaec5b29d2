package org.opennrm.matching.bulk;

import java.util.Arrays;

import org.opennrm.matching.MatchThresholds;

/**
 * How far down the bulk command's review queue reaches when the user sets no POSSIBLE limit: the best-scoring pairs
 * below MATCH, down to {@link #FLOOR} at most, as many as the MATCH list is long (the length the reviewers' work is
 * planned for), or {@link #SHORTEST} pairs when the MATCH list is shorter than that.
 *
 * <p>A file with many people registered once or twice has room in its queue below the usual limit (0.25) and fills
 * it with the pairs likeliest to be one person. A file whose pairs from 0.25 alone outnumber its MATCH pairs gets a
 * limit above 0.25, its least likely pairs left out, so that the reviewers are not buried: on a third independently
 * written register of 1,000,000 records (docs/benchmarks.md) 839,770 pairs from 0.25 against 761,298 MATCH pairs,
 * and of the 78,503 pairs left out, about one in eight was one person (MATCH-or-POSSIBLE recall 0.573 to 0.565).
 *
 * <p>On the generated registers MATCH-or-POSSIBLE recall went from 0.916 to 0.948 at 10,000 records, from 0.810 to
 * 0.846 at 100,000 and from 0.631 to 0.644 at 1,000,000, MATCH unchanged; of the pairs added below 0.25, one in eight
 * (1,000,000 records) to one in thirteen (10,000) was one person.
 */
final class ReviewQueue {

	/**
	 * No pair below this score goes to a reviewer unless the user asks for it: at 10,000 generated records fewer than
	 * one pair in thirty between 0.02 and 0.05 was one person.
	 */
	static final double FLOOR = 0.05;

	/**
	 * A queue of this many pairs buries nobody: a small file with few MATCH pairs still gets its likeliest POSSIBLE
	 * ones, up to this many, rather than a queue as short as its MATCH list.
	 */
	static final int SHORTEST = 100;

	private ReviewQueue() {
	}

	/**
	 * The lowest likelihood still POSSIBLE for a queue of at most {@code room} of the pairs given (the bulk command
	 * gives the MATCH list's length, or {@link #SHORTEST}), not below {@link #FLOOR}. It is
	 * {@code thresholds.possible()} when that limit already gives such a queue and nothing below it fits, lower when
	 * there is room below it, higher when the pairs from it are too many. Pairs of one likelihood are all in or all
	 * out, so the queue never grows past its length by a tie. Pairs from the MATCH limit count too (a pair scored
	 * MATCH whose clusters the other records keep apart is in the queue): they come first, and when they alone are
	 * more than the room, the least likely of them are left out as well.
	 *
	 * @param scores the likelihoods of the pairs that may queue, at least those from {@link #FLOOR}, in any order
	 */
	static double limitFor(double[] scores, MatchThresholds thresholds, long room) {
		double usual = thresholds.possible();
		double lowest = Math.min(FLOOR, usual);
		// ascending: the best pairs are at the end
		double[] ranked = Arrays.stream(scores).filter(s -> s >= lowest).sorted().toArray();
		if (ranked.length <= room) {
			return ranked.length == 0 ? usual : Math.min(ranked[0], usual);
		}
		// the first pair left out is at ranked.length - room - 1; the limit is the next higher score in the queue
		double firstOut = ranked[(int) (ranked.length - room - 1)];
		for (int i = (int) (ranked.length - room); i < ranked.length; i++) {
			if (ranked[i] > firstOut) {
				// the same pairs as from the usual limit: the usual limit
				return usual > firstOut ? Math.min(ranked[i], usual) : ranked[i];
			}
		}
		// every pair that would fit ties with one left out: none of them
		return usual > firstOut ? usual : Math.nextUp(firstOut);
	}

}
