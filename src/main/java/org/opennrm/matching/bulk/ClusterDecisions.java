package org.opennrm.matching.bulk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.opennrm.matching.Explanation;
import org.opennrm.matching.ExplanationItem;
import org.opennrm.matching.MatchDecision;
import org.opennrm.matching.MatchResult;
import org.opennrm.matching.MatchThresholds;

/**
 * The bulk command's decisions once the records are grouped into people ({@link Clustering}): every two records of
 * one cluster are a MATCH, and only they; the review queue holds the likeliest of the other pairs.
 *
 * <p>A pair's own score is not all a file tells about it. Four records of one woman (the README's example): "Fatemeh
 * Hosseini" with the year only, "Fatma Hüseyni" and the Arabic script alone with the full date, and "Fatma Nur
 * Hüseyni" with the full date and another citizenship. The last scored 0.11 against the first when this was written
 * (0.94 since), but shares the date with the two others, which the first matches; the cluster holds the four, and its
 * list of pairs says so. The
 * other way round, a pair scored MATCH whose two groups the other records keep apart (a "Fatma Yılmaz" of 1990 and
 * one of 1991 joined only through a record with the year) goes to the queue instead. The pairs file and the clusters
 * file then tell the same story.
 *
 * <p>The review queue holds the pairs of records of two clusters that some compared pair links, each as likely as the
 * likelier of its own score and its two clusters taken together: when the clusters are one person, so is every pair
 * between them, whatever a pair alone shows.
 *
 * <p>On the benchmark's fifteen registers (docs/benchmarks.md, eighteenth round) MATCH F1 rose by 0.5 to 2.3 points
 * and MATCH-or-POSSIBLE recall by 0.4 to 2.7 points.
 */
final class ClusterDecisions {

	/** Compares two records of the file, with the prior and limits the file is decided with. */
	@FunctionalInterface
	interface Comparison {
		MatchResult compare(int left, int right);
	}

	/** Scores two records of the file as {@link Comparison} does, without the explanation. */
	@FunctionalInterface
	interface Scoring {
		double score(int left, int right);
	}

	/** A compared pair kept for deciding: its records' positions and its score. */
	record Compared(int left, int right, double score) {
	}

	/**
	 * @param pairs        the MATCH and POSSIBLE pairs, ordered by record
	 * @param possibleFrom the lowest likelihood of a POSSIBLE pair below the MATCH limit: the likelier of its own
	 *                     score and its two clusters' taken together
	 * @param joined       MATCH pairs whose own score is below the MATCH limit: one person through their cluster
	 * @param parted       pairs scored MATCH whose records are in two clusters: POSSIBLE
	 * @param throughClusters POSSIBLE pairs whose own score is below the queue's limit, but not their clusters'
	 */
	record Outcome(List<FileMatching.Pair> pairs, double possibleFrom, long joined, long parted, long throughClusters) {
	}

	private ClusterDecisions() {
	}

	/**
	 * Decides the pairs of a file by its clusters.
	 *
	 * @param first       for each record, the first record of its cluster ({@link Clustering.Clusters#first()})
	 * @param compared    the pairs compared and kept, each once, with the score they are decided with
	 * @param links       the same pairs indexed by record, a pair below {@link ReviewQueue#FLOOR} counting as one in
	 *                    no row, as the clusters were grouped by them
	 * @param thresholds  the MATCH limit, and the usual POSSIBLE limit
	 * @param queueFilled whether the review queue follows the MATCH list's length ({@link ReviewQueue}) rather than
	 *                    the POSSIBLE limit alone
	 * @param scoring     scores two records that were never compared (the blocking kept them apart) when their
	 *                    clusters are linked
	 * @param comparison  compares two records, for the explanation of each pair in the output (and the score of the
	 *                    pairs of a cluster that were never compared)
	 */
	static Outcome decide(int[] first, List<Compared> compared, Clustering.Links links, MatchThresholds thresholds,
			boolean queueFilled, Scoring scoring, Comparison comparison) {
		List<FileMatching.Pair> pairs = new ArrayList<>();
		long joined = 0;
		Members members = new Members(first);
		List<int[]> inClusters = new ArrayList<>();
		for (int c = 0; c < first.length; c++) {
			if (first[c] == c) {
				int[] cluster = members.of(c);
				for (int x = 0; x < cluster.length; x++) {
					for (int y = x + 1; y < cluster.length; y++) {
						inClusters.add(new int[] { cluster[x], cluster[y] });
					}
				}
			}
		}
		List<FileMatching.Pair> matches = inClusters.parallelStream().map(p -> {
			MatchResult result = comparison.compare(p[0], p[1]);
			if (result.decision() != MatchDecision.MATCH) {
				result = with(result, MatchDecision.MATCH, ExplanationItem.of("joinedByCluster"));
			}
			return new FileMatching.Pair(p[0], p[1], result.score(), MatchDecision.MATCH, result);
		}).toList();
		for (FileMatching.Pair match : matches) {
			if (match.score() < thresholds.match()) {
				joined++;
			}
		}
		pairs.addAll(matches);

		// the queue: pairs of records of two clusters that some compared pair links, each as likely as the likelier of
		// its own score and its two clusters taken together (the mean log-odds of all pairs between them)
		Candidates candidates = candidates(first, members, compared, links, scoring,
				Math.min(ReviewQueue.FLOOR, thresholds.possible()));
		double possibleFrom = thresholds.possible();
		if (queueFilled) {
			// the pairs scored MATCH that the clusters keep apart are the likeliest, and take their room first
			possibleFrom = ReviewQueue.limitFor(Arrays.copyOf(candidates.likelihood, candidates.size), thresholds,
					Math.max(ReviewQueue.SHORTEST, matches.size()));
		}
		double from = possibleFrom;
		List<FileMatching.Pair> queue = IntStream.range(0, candidates.size).parallel()
			.filter(k -> candidates.likelihood[k] >= from)
			.mapToObj(k -> {
				int left = (int) (candidates.pair[k] >>> 32);
				int right = (int) candidates.pair[k];
				MatchResult result = comparison.compare(left, right);
				if (result.score() >= thresholds.match()) {
					result = with(result, MatchDecision.POSSIBLE, ExplanationItem.of("partedByCluster"));
				}
				else if (result.score() < from) {
					result = with(result, MatchDecision.POSSIBLE, ExplanationItem.of("possibleByClusters",
							(double) candidates.clusters[k]));
				}
				else if (result.decision() != MatchDecision.POSSIBLE) {
					result = new MatchResult(result.score(), MatchDecision.POSSIBLE, result.explanation());
				}
				return new FileMatching.Pair(left, right, result.score(), MatchDecision.POSSIBLE, result);
			})
			.toList();
		long parted = queue.stream().filter(p -> p.score() >= thresholds.match()).count();
		long throughClusters = queue.stream().filter(p -> p.score() < from).count();
		pairs.addAll(queue);
		pairs.sort((a, b) -> a.left() != b.left() ? Integer.compare(a.left(), b.left()) : Integer.compare(a.right(), b.right()));
		return new Outcome(pairs, possibleFrom, joined, parted, throughClusters);
	}

	/** Pairs of records of two clusters, as {@code left << 32 | right}, their likelihood and their clusters'. */
	private static final class Candidates {
		long[] pair = new long[1024];
		double[] likelihood = new double[1024];
		float[] clusters = new float[1024];
		int size;

		void add(int x, int y, double likelihood, double clusters) {
			if (size == pair.length) {
				pair = Arrays.copyOf(pair, size * 2);
				this.likelihood = Arrays.copyOf(this.likelihood, size * 2);
				this.clusters = Arrays.copyOf(this.clusters, size * 2);
			}
			pair[size] = ((long) Math.min(x, y) << 32) | Math.max(x, y);
			this.likelihood[size] = likelihood;
			this.clusters[size] = (float) clusters;
			size++;
		}
	}

	/** Cluster pairs are gone through in blocks of this many, in parallel. */
	private static final int BLOCK = 4096;

	/**
	 * Every pair of records of two clusters that a compared pair links, from {@code lowest} likely: the likelier of
	 * its own score and its clusters' mean. A pair the blocking never brought together is scored here.
	 */
	private static Candidates candidates(int[] first, Members members, List<Compared> compared, Clustering.Links links,
			Scoring scoring, double lowest) {
		long[] linked = compared.stream().filter(p -> first[p.left()] != first[p.right()])
			.mapToLong(p -> {
				int a = first[p.left()];
				int b = first[p.right()];
				return ((long) Math.min(a, b) << 32) | Math.max(a, b);
			}).sorted().distinct().toArray();
		List<Candidates> blocks = IntStream.range(0, (linked.length + BLOCK - 1) / BLOCK).parallel().mapToObj(block -> {
			Candidates candidates = new Candidates();
			for (int k = block * BLOCK; k < Math.min(linked.length, (block + 1) * BLOCK); k++) {
				int[] a = members.of((int) (linked[k] >>> 32));
				int[] b = members.of((int) linked[k]);
				double clusters = Clustering.probability(links.mean(a, b));
				for (int x : a) {
					for (int y : b) {
						double own = links.own(x, y);
						if (Double.isNaN(own)) {
							own = scoring.score(Math.min(x, y), Math.max(x, y));
						}
						double likelihood = Math.max(own, clusters);
						if (likelihood >= lowest) {
							candidates.add(x, y, likelihood, clusters);
						}
					}
				}
			}
			return candidates;
		}).toList();
		Candidates all = new Candidates();
		for (Candidates block : blocks) {
			for (int k = 0; k < block.size; k++) {
				all.add((int) (block.pair[k] >>> 32), (int) block.pair[k], block.likelihood[k], block.clusters[k]);
			}
		}
		return all;
	}

	/** Each cluster's records in file order, by the cluster's first record. */
	private static final class Members {

		/** The records sorted by their cluster's first record, then in file order. */
		private final int[] order;
		/** For a cluster's first record: where its members begin in {@link #order}, and how many they are. */
		private final int[] from;
		private final int[] size;

		Members(int[] first) {
			int n = first.length;
			size = new int[n];
			for (int c : first) {
				size[c]++;
			}
			from = new int[n];
			for (int c = 0, at = 0; c < n; c++) {
				from[c] = at;
				at += size[c];
			}
			order = new int[n];
			int[] fill = from.clone();
			for (int i = 0; i < n; i++) {
				order[fill[first[i]]++] = i;
			}
		}

		int[] of(int cluster) {
			return Arrays.copyOfRange(order, from[cluster], from[cluster] + size[cluster]);
		}
	}

	/** The result with another decision, and the reason for it after the others. */
	private static MatchResult with(MatchResult result, MatchDecision decision, ExplanationItem reason) {
		List<ExplanationItem> items = new ArrayList<>(result.explanation().items());
		items.add(reason);
		return new MatchResult(result.score(), decision, new Explanation(items, result.explanation().search()));
	}

}
