package org.opennrm.matching.bulk;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;

import org.opennrm.matching.MatchDecision;

/**
 * Groups the records of a file into people, for the bulk command's {@code --clusters}. MATCH pairs are taken from
 * the best-scoring down; each joins the groups of its two records only when the records of the two groups, taken
 * pair by pair, are on average likely enough to be one person: the mean of the pairs' log-odds must reach
 * {@link #JOIN_MEAN}, a pair that is neither MATCH nor POSSIBLE counting as {@link #UNLINKED}. Joining through every
 * MATCH pair instead (connected components) lets one wrong MATCH join two people, and chains of them join dozens:
 * "Fatma Yılmaz" of 1990 to a "Fatma Yılmaz" of 1991 through a record with the year only.
 *
 * <p>Chosen on the generated and the independently generated registers of 100,000 records (docs/benchmarks.md,
 * "Clusters"): pairwise F1 of "in one cluster" rose from 0.665 to 0.774 and from 0.738 to 0.841, above the MATCH
 * pairs' own (0.760 and 0.819); the largest cluster went from 51 and 76 records to 12.
 */
final class Clustering {

	/**
	 * The least mean log-odds (natural logarithm) of one person over the pairs between two groups that joins them:
	 * the log-odds of a single pair scored 0.27. From −0.5 to −1.25, F1 stayed within 0.002 on both registers; 0 (a
	 * group joins only what is more likely one person than two) lost 0.010 and 0.005 by splitting more people, −2
	 * lost 0.009 and 0.014 by joining more.
	 */
	static final double JOIN_MEAN = -1.0;

	/**
	 * A pair of records that is in no output row: never compared (its names share no key) or scored below the review
	 * queue. Counted as scored 0.018; from −3 to −6, F1 stayed within 0.002 on both registers. Connected components
	 * are, in effect, no penalty at all.
	 */
	static final double UNLINKED = -4.0;

	/** Log-odds are bounded as a score printed to four decimals is: 1.0 is not certainty. */
	private static final double BOUND = Math.log(0.9999 / 0.0001);

	private Clustering() {
	}

	/**
	 * The groups of a file's records and the number of people they hold, estimated.
	 *
	 * @param first  for each record, the position of the first record (in file order) of its group
	 * @param count  the number of groups
	 * @param people the groups less, for every two groups that some pair of the output links, the probability that
	 *     they are one person (the mean log-odds over the output's pairs between them). A person whose records did
	 *     not all join one group is counted more than once by the groups; this counts the doubt between them. On the
	 *     benchmark's fifteen registers it came within −6 % and +19 % of the true number of people, where the groups
	 *     were 3 % to 43 % more (docs/matching.md, "People, estimated").
	 */
	record Clusters(int[] first, long count, double people) {
	}

	/**
	 * Groups the records by pairs already linked.
	 *
	 * @param links the pairs that count in the means
	 * @param pairs pairs among them: those decided MATCH join groups
	 */
	static int[] group(int size, Links links, List<FileMatching.Pair> pairs) {
		return group(size, links, pairs, NEVER_APART);
	}

	/** Whether two records are two people, whatever other records say; {@code own}, their pair's score, or NaN. */
	@FunctionalInterface
	interface Apart {
		boolean test(int x, int y, double own);
	}

	/** No two records are two people but by their scores. */
	private static final Apart NEVER_APART = (x, y, own) -> false;

	static int[] group(int size, Links links, List<FileMatching.Pair> pairs, Apart apart) {
		Groups groups = new Groups(size);
		FileMatching.Pair[] matches = pairs.stream().filter(p -> p.decision() == MatchDecision.MATCH)
				.sorted((x, y) -> x.score() != y.score() ? Double.compare(y.score(), x.score())
						: x.left() != y.left() ? Integer.compare(x.left(), y.left()) : Integer.compare(x.right(), y.right()))
				.toArray(FileMatching.Pair[]::new);
		for (FileMatching.Pair pair : matches) {
			int a = groups.root(pair.left());
			int b = groups.root(pair.right());
			if (a != b && links.mean(groups, a, b, apart) >= JOIN_MEAN) {
				groups.join(a, b);
			}
		}
		int[] first = new int[size];
		for (int i = 0; i < size; i++) {
			first[i] = groups.first[groups.root(i)];
		}
		return first;
	}

	static long count(int[] first) {
		return IntStream.range(0, first.length).filter(i -> first[i] == i).count();
	}

	/**
	 * The people the groups hold, estimated: see {@link Clusters#people()}.
	 *
	 * @param first for each record, the first record of its group
	 * @param pairs the pairs that link groups: those of the output (MATCH and POSSIBLE), on which the estimate was
	 *              measured
	 */
	static double people(int[] first, List<FileMatching.Pair> pairs) {
		int size = first.length;
		Links links = new Links(size, pairs);
		Groups groups = new Groups(size);
		for (int i = 0; i < size; i++) {
			int a = groups.root(i);
			int b = groups.root(first[i]);
			if (a != b) {
				groups.join(a, b);
			}
		}
		long count = count(first);
		// every two groups some pair links, once: their roots packed into one long, sorted
		long[] linked = pairs.stream().mapToLong(p -> {
			int a = groups.root(p.left());
			int b = groups.root(p.right());
			return a == b ? -1 : ((long) Math.min(a, b) << 32) | Math.max(a, b);
		}).filter(key -> key >= 0).sorted().distinct().toArray();
		// the likelihood that two linked clusters are one person, summed over the clusters that links connect: no more
		// than one fewer than those clusters, whose merges it counts (120 namesakes linked to one another are at
		// least one person, however likely each link)
		Groups connected = new Groups(size);
		for (long key : linked) {
			int a = connected.root((int) (key >>> 32));
			int b = connected.root((int) key);
			if (a != b) {
				connected.join(a, b);
			}
		}
		Map<Integer, double[]> components = new HashMap<>();
		for (long key : linked) {
			double p = probability(links.mean(groups, (int) (key >>> 32), (int) key, NEVER_APART));
			components.computeIfAbsent(connected.root((int) key), root -> new double[2])[0] += p;
		}
		for (int i = 0; i < size; i++) {
			if (groups.root(i) == i) {
				double[] component = components.get(connected.root(i));
				if (component != null) {
					component[1]++;
				}
			}
		}
		double doubt = 0;
		for (double[] component : components.values()) {
			doubt += Math.min(component[0], component[1] - 1);
		}
		return count - doubt;
	}

	/** The probability of log-odds (natural logarithm). */
	static double probability(double logOdds) {
		return 1 / (1 + Math.exp(-logOdds));
	}

	static double logOdds(double score) {
		double p = Math.min(Math.max(score, 0), 1);
		return Math.max(-BOUND, Math.min(BOUND, Math.log(p / (1 - p))));
	}

	/**
	 * The pairs' log-odds by record, each record's neighbours in order (compressed rows). A pair below the floor it is
	 * built with weighs in the means as a pair in no row ({@link #UNLINKED}), its own score still known.
	 */
	static final class Links {

		private final int[] start;
		private final int[] neighbour;
		private final double[] score;
		private final double floor;

		/** Every pair given, each once, whatever its score. */
		Links(int size, List<FileMatching.Pair> pairs) {
			this(size, pairs.size(), i -> pairs.get(i).left(), i -> pairs.get(i).right(), i -> pairs.get(i).score(), 0);
		}

		/**
		 * @param count      the number of pairs, each given once by its position
		 * @param floorScore pairs scored below it weigh in the means as pairs in no row
		 */
		Links(int size, int count, IntUnaryOperator left, IntUnaryOperator right, IntToDoubleFunction score, double floorScore) {
			floor = floorScore;
			start = new int[size + 1];
			for (int i = 0; i < count; i++) {
				start[left.applyAsInt(i) + 1]++;
				start[right.applyAsInt(i) + 1]++;
			}
			for (int i = 0; i < size; i++) {
				start[i + 1] += start[i];
			}
			// each record's neighbours with the pair's position, sorted by neighbour
			long[] packed = new long[start[size]];
			int[] fill = Arrays.copyOf(start, size);
			for (int i = 0; i < count; i++) {
				int l = left.applyAsInt(i);
				int r = right.applyAsInt(i);
				packed[fill[l]++] = ((long) r << 32) | i;
				packed[fill[r]++] = ((long) l << 32) | i;
			}
			for (int i = 0; i < size; i++) {
				Arrays.sort(packed, start[i], start[i + 1]);
			}
			neighbour = new int[packed.length];
			this.score = new double[packed.length];
			for (int k = 0; k < packed.length; k++) {
				neighbour[k] = (int) (packed[k] >>> 32);
				this.score[k] = score.applyAsDouble((int) packed[k]);
			}
		}

		/** The pair's own score, or NaN when it was not compared. */
		double own(int x, int y) {
			int k = Arrays.binarySearch(neighbour, start[x], start[x + 1], y);
			return k >= 0 ? score[k] : Double.NaN;
		}

		/** The mean log-odds over every pair of a record of {@code a} and one of {@code b}. */
		double mean(int[] a, int[] b) {
			return mean(a, b, NEVER_APART);
		}

		/** The same over the records of group {@code a} and those of group {@code b} (their roots). */
		double mean(Groups groups, int a, int b, Apart apart) {
			return mean(groups.members(a), groups.members(b), apart);
		}

		/**
		 * The mean log-odds over every pair of a record of {@code a} and one of {@code b}; minus infinity, which joins
		 * nothing, as soon as one of those pairs is two people whatever other records say ({@code apart}). One loop for
		 * the clusters' decisions, the grouping and the people's estimate: the same pairs, summed in the same order,
		 * give each the same mean.
		 */
		private double mean(int[] a, int[] b, Apart apart) {
			double sum = 0;
			for (int x : a) {
				for (int y : b) {
					int k = Arrays.binarySearch(neighbour, start[x], start[x + 1], y);
					if (apart.test(Math.min(x, y), Math.max(x, y), k >= 0 ? score[k] : Double.NaN)) {
						return Double.NEGATIVE_INFINITY;
					}
					sum += logOddsAt(k);
				}
			}
			return sum / ((double) a.length * b.length);
		}

		/** The log-odds of the pair at {@code k} of the rows: UNLINKED when a search found none, or below the floor. */
		private double logOddsAt(int k) {
			return k >= 0 && score[k] >= floor ? logOdds(score[k]) : UNLINKED;
		}
	}

	/** Union–find whose roots also hold their group's members (a ring through {@code next}), size and first record. */
	private static final class Groups {

		final int[] parent;
		final int[] next;
		final int[] size;
		final int[] first;

		Groups(int n) {
			parent = new int[n];
			next = new int[n];
			size = new int[n];
			first = new int[n];
			for (int i = 0; i < n; i++) {
				parent[i] = i;
				next[i] = i;
				size[i] = 1;
				first[i] = i;
			}
		}

		/** The records of the group whose root is {@code root}, from it around its ring. */
		int[] members(int root) {
			int[] members = new int[size[root]];
			int member = root;
			for (int i = 0; i < members.length; i++) {
				members[i] = member;
				member = next[member];
			}
			return members;
		}

		int root(int i) {
			while (parent[i] != i) {
				parent[i] = parent[parent[i]];
				i = parent[i];
			}
			return i;
		}

		void join(int a, int b) {
			if (size[a] < size[b]) {
				int t = a;
				a = b;
				b = t;
			}
			parent[b] = a;
			size[a] += size[b];
			first[a] = Math.min(first[a], first[b]);
			int t = next[a];
			next[a] = next[b];
			next[b] = t;
		}
	}

}
