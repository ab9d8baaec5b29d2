package org.opennrm.matching.bulk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.opennrm.matching.Explanation;
import org.opennrm.matching.ExplanationItem;
import org.opennrm.matching.MatchDecision;
import org.opennrm.matching.MatchResult;
import org.opennrm.matching.MatchThresholds;

/**
 * The bulk command's decisions once the records are grouped into people ({@link Clustering}): every two records of
 * one cluster are a MATCH, and only they; the review queue holds the likeliest of the other pairs.
 *
 * <p>A pair's own score is not all a file tells about it. Three records of one woman, one in Arabic script with her
 * year of birth, one transliterated with her full date, one in Turkish spelling with the full date, may make two
 * strong pairs through the middle record and a weak one between the ends; the cluster joins all three, and its list
 * of pairs now says so, where it used to leave the third pair out or in the queue. The other way round, a pair scored
 * MATCH whose two groups the other records keep apart (a "Fatma Yılmaz" of 1990 and one of 1991 joined only through a
 * record with the year) goes to the queue instead. The pairs file and the clusters file then tell the same story.
 *
 * <p>On the benchmark's registers (docs/benchmarks.md, eighteenth round) MATCH F1 rose by 1.2 to 2.2 points at every
 * size and MATCH-or-POSSIBLE recall by up to 0.8 point at 10,000 and 100,000 records.
 */
final class ClusterDecisions {

	/** Compares two records of the file, with the prior and limits the file is decided with. */
	@FunctionalInterface
	interface Comparison {
		MatchResult compare(int left, int right);
	}

	/** A compared pair kept for deciding: its records' positions and its score. */
	record Compared(int left, int right, double score) {
	}

	/**
	 * @param pairs        the MATCH and POSSIBLE pairs, ordered by record
	 * @param possibleFrom the lowest score of a POSSIBLE pair below the MATCH limit
	 * @param joined       MATCH pairs whose own score is below the MATCH limit: one person through their cluster
	 * @param parted       pairs scored MATCH whose records are in two clusters: POSSIBLE
	 */
	record Outcome(List<BulkMatchCommand.Pair> pairs, double possibleFrom, long joined, long parted) {
	}

	private ClusterDecisions() {
	}

	/**
	 * Decides the pairs of a file by its clusters.
	 *
	 * @param first       for each record, the first record of its cluster ({@link Clustering.Clusters#first()})
	 * @param compared    the pairs compared and kept, each once, with the score they are decided with
	 * @param thresholds  the MATCH limit, and the usual POSSIBLE limit
	 * @param queueFilled whether the review queue follows the MATCH list's length ({@link ReviewQueue}) rather than
	 *                    the POSSIBLE limit alone
	 * @param comparison  compares two records, for the explanation of each pair in the output (and the score of the
	 *                    pairs of a cluster that were never compared)
	 */
	static Outcome decide(int[] first, List<Compared> compared, MatchThresholds thresholds, boolean queueFilled,
			Comparison comparison) {
		List<BulkMatchCommand.Pair> pairs = new ArrayList<>();
		long joined = 0;
		// the members of each cluster, in file order: records sorted by their cluster's first record
		int n = first.length;
		Integer[] order = new Integer[n];
		Arrays.setAll(order, i -> i);
		Arrays.sort(order, (a, b) -> first[a] != first[b] ? Integer.compare(first[a], first[b]) : Integer.compare(a, b));
		List<int[]> inClusters = new ArrayList<>();
		for (int start = 0; start < n;) {
			int end = start;
			while (end < n && first[order[end]] == first[order[start]]) {
				end++;
			}
			for (int x = start; x < end; x++) {
				for (int y = x + 1; y < end; y++) {
					inClusters.add(new int[] { order[x], order[y] });
				}
			}
			start = end;
		}
		List<BulkMatchCommand.Pair> matches = inClusters.parallelStream().map(p -> {
			MatchResult result = comparison.compare(p[0], p[1]);
			if (result.decision() != MatchDecision.MATCH) {
				result = with(result, MatchDecision.MATCH, "joinedByCluster");
			}
			return new BulkMatchCommand.Pair(p[0], p[1], result.score(), MatchDecision.MATCH, result);
		}).toList();
		for (BulkMatchCommand.Pair match : matches) {
			if (match.score() < thresholds.match()) {
				joined++;
			}
		}
		pairs.addAll(matches);

		// the queue: pairs of two clusters, those scored MATCH first (they take their room), then the likeliest others
		List<Compared> apart = compared.stream().filter(p -> first[p.left()] != first[p.right()]).toList();
		long parted = apart.stream().filter(p -> p.score() >= thresholds.match()).count();
		double possibleFrom = thresholds.possible();
		if (queueFilled) {
			long room = Math.max(ReviewQueue.SHORTEST, matches.size()) - parted;
			possibleFrom = ReviewQueue.limitFor(apart.stream().mapToDouble(Compared::score).toArray(), thresholds,
					Math.max(0, room));
		}
		double from = possibleFrom;
		pairs.addAll(apart.parallelStream().filter(p -> p.score() >= from).map(p -> {
			MatchResult result = comparison.compare(p.left(), p.right());
			if (result.decision() != MatchDecision.POSSIBLE) {
				result = with(result, MatchDecision.POSSIBLE, "partedByCluster");
			}
			return new BulkMatchCommand.Pair(p.left(), p.right(), result.score(), MatchDecision.POSSIBLE, result);
		}).toList());
		pairs.sort((a, b) -> a.left() != b.left() ? Integer.compare(a.left(), b.left()) : Integer.compare(a.right(), b.right()));
		return new Outcome(pairs, possibleFrom, joined, parted);
	}

	/** The result with another decision, and the reason for it after the others. */
	private static MatchResult with(MatchResult result, MatchDecision decision, String reason) {
		List<ExplanationItem> items = new ArrayList<>(result.explanation().items());
		items.add(ExplanationItem.of(reason));
		return new MatchResult(result.score(), decision, new Explanation(items));
	}

}
