package org.opennrm.matching.bulk;

import java.util.Arrays;

import org.opennrm.matching.MatchThresholds;

/**
 * How far down the bulk command's review queue reaches when the user sets no POSSIBLE limit. Pairs from the default
 * limit (0.25) are always POSSIBLE; below it, the best-scoring pairs are added while the queue stays no longer than
 * the MATCH list, the length the reviewers' work is planned for, and none below {@link #FLOOR}. A file with many
 * people registered once or twice has room in its queue, and fills it with the pairs likeliest to be one person; a
 * large register, whose queue at 0.25 is already nearly as long as its MATCH list, keeps the default limit.
 *
 * <p>On the generated registers (docs/benchmarks.md) MATCH-or-POSSIBLE recall went from 0.916 to 0.948 at 10,000
 * records, from 0.810 to 0.846 at 100,000 and from 0.631 to 0.644 at 1,000,000, MATCH unchanged; of the pairs added
 * below 0.25, one in eight (1,000,000 records) to one in thirteen (10,000) was one person.
 */
final class ReviewQueue {

	/**
	 * No pair below this score goes to a reviewer unless the user asks for it: at 10,000 generated records fewer than
	 * one pair in thirty between 0.02 and 0.05 was one person.
	 */
	static final double FLOOR = 0.05;

	private ReviewQueue() {
	}

	/**
	 * The lowest score still POSSIBLE: {@code thresholds.possible()}, or lower when the pairs from it are fewer than
	 * the MATCH pairs. Pairs of one score are all in or all out, so the queue never grows past the MATCH list by a tie.
	 *
	 * @param scores the scores of the pairs compared, at least those from {@link #FLOOR}, in any order
	 */
	static double limit(double[] scores, MatchThresholds thresholds) {
		long matches = Arrays.stream(scores).filter(s -> s >= thresholds.match()).count();
		long queued = Arrays.stream(scores).filter(s -> s >= thresholds.possible() && s < thresholds.match()).count();
		long room = matches - queued;
		double[] below = Arrays.stream(scores).filter(s -> s >= FLOOR && s < thresholds.possible()).sorted().toArray();
		if (room <= 0 || below.length == 0) {
			return thresholds.possible();
		}
		if (below.length <= room) {
			return below[0];
		}
		// ascending: the best pairs are at the end; the first one left out is at below.length - room - 1
		double firstOut = below[(int) (below.length - room - 1)];
		for (int i = (int) (below.length - room); i < below.length; i++) {
			if (below[i] > firstOut) {
				return below[i];
			}
		}
		return thresholds.possible();
	}

}
