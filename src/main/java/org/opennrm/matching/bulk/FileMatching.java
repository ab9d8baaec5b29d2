package org.opennrm.matching.bulk;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;

import org.opennrm.matching.MatchDecision;
import org.opennrm.matching.MatchResult;
import org.opennrm.matching.MatchThresholds;
import org.opennrm.matching.NameFrequencies;
import org.opennrm.matching.PersonMatcher;
import org.opennrm.matching.PersonRecord;
import org.opennrm.matching.PreparedPerson;
import org.opennrm.matching.PriorEstimate;
import org.opennrm.matching.YearGaps;

/**
 * The bulk command's matching of a whole file: every record prepared, the file's names counted, the pairs
 * {@link PairSelection} brings scored, the prior corrected by the near-certain pairs, the records grouped into people
 * ({@link Clustering}) and the pairs decided with their clusters ({@link ClusterDecisions}).
 */
final class FileMatching {

	private FileMatching() {
	}

	record Pair(int left, int right, double score, MatchDecision decision, MatchResult result) {
	}

	/**
	 * The pairs decided MATCH or POSSIBLE, the prior's correction (the near-certain pairs counted and the bits the
	 * prior odds were lowered by, {@link PriorEstimate}), the weights of years apart the file showed
	 * ({@link YearGaps}), the score from which pairs were POSSIBLE, the clusters, and
	 * the pairs whose decision the clusters changed ({@link ClusterDecisions.Outcome}).
	 */
	record Result(List<Pair> pairs, long certainPairs, double priorShift, YearGaps yearGaps, double possibleFrom,
			Clustering.Clusters clusters, long joined, long parted, long throughClusters) {
	}

	/** A pair worth deciding once the prior is known: its evidence in bits. */
	private record Scored(int left, int right, double bits) {
	}

	/**
	 * The pair's score, held below the MATCH limit when a person must decide it ({@link PersonMatcher#isHeldBack}):
	 * asked of the pairs that would be MATCHes only, a few per record.
	 */
	private static double heldOrNot(PersonMatcher matcher, PreparedPerson[] prepared, Scored pair) {
		double score = matcher.score(pair.bits());
		return matcher.decide(score) == MatchDecision.MATCH
				&& matcher.isHeldBack(prepared[pair.left()], prepared[pair.right()]) ? matcher.held(score) : score;
	}

	/**
	 * Matches the records with one another.
	 *
	 * @param queueFilled whether the POSSIBLE limit follows the MATCH list ({@link ReviewQueue}): below
	 *                    {@code thresholds.possible()}, down to {@link ReviewQueue#FLOOR}, while the review queue is
	 *                    shorter, above it when the queue would be longer
	 */
	static Result match(List<PersonRecord> records, MatchThresholds thresholds, boolean queueFilled, Progress progress) {
		int n = records.size();
		// pairs from the floor are kept whatever the POSSIBLE limit: the clusters weigh them (see below)
		double lowest = Math.min(ReviewQueue.FLOOR, thresholds.possible());
		PersonMatcher base = PersonMatcher.standard().withThresholds(new MatchThresholds(thresholds.match(), lowest));
		PreparedPerson[] prepared = new PreparedPerson[n];
		IntStream.range(0, n).parallel().forEach(i -> prepared[i] = base.prepare(records.get(i)));
		// names written apart that the file writes whole are joined again, then the file's names are counted as joined
		NameFrequencies.Counter written = NameFrequencies.counter();
		Arrays.stream(prepared).forEach(written::addSpellings);
		IntStream.range(0, n).parallel().forEach(i -> prepared[i] = base.joinWrittenApart(prepared[i], written::records));
		NameFrequencies.Counter names = NameFrequencies.counter();
		Arrays.stream(prepared).forEach(names::add);
		// what years two or three apart weigh where a date is soft, as this file shows (most often the fitted weights)
		YearGaps yearGaps = YearGaps.estimate(prepared);
		PersonMatcher matcher = base.withFrequencies(names.build()).withPopulation(n).withYearGaps(yearGaps);

		// One pass over the compared pairs: their evidence, the near-certain ones counted. The prior they are decided
		// with is known only after it, and can be raised by up to PriorEstimate.LARGEST_RAISE: the pairs left behind
		// here are those below the lowest limit even with the prior raised that far.
		PersonMatcher keeper = matcher.withPriorShift(PriorEstimate.LARGEST_RAISE);
		BlockTable blocks = BlockTable.build(n, i -> matcher.bulkBlockingKeys(prepared[i]));
		PairSelection.OneNameBlocks oneName = PairSelection.OneNameBlocks.build(prepared, matcher,
				PairSelection.affordsSlips(n));
		BlockTable slips = PairSelection.slipBlocks(prepared, matcher);
		ConcurrentLinkedQueue<Scored> kept = new ConcurrentLinkedQueue<>();
		LongAdder certain = new LongAdder();
		int smallBlock = PairSelection.smallBlock(n);
		ThreadLocal<PairSelection.Votes> votes = ThreadLocal.withInitial(() -> new PairSelection.Votes(n));
		IntStream.range(0, n).parallel().forEach(i -> {
			for (int j : PairSelection.candidates(i, blocks, smallBlock, oneName, slips, votes.get())) {
				double bits = matcher.evidenceBits(prepared[i], prepared[j]);
				if (bits >= PriorEstimate.CERTAIN_BITS) {
					certain.increment();
				}
				if (keeper.decide(keeper.score(bits)) != MatchDecision.NO_MATCH) {
					kept.add(new Scored(i, j, bits));
				}
			}
			progress.step();
		});
		progress.done();

		double shift = PriorEstimate.shift(certain.sum(), n);
		PersonMatcher shifted = matcher.withPriorShift(shift);
		// the records grouped into people by the pairs' scores (every pair from the floor weighs, whatever the review
		// queue's limit, so that the clusters and the MATCH pairs do not depend on it); then the clusters decide
		List<ClusterDecisions.Compared> compared = kept.stream()
			.map(p -> new ClusterDecisions.Compared(p.left(), p.right(), heldOrNot(shifted, prepared, p)))
			.toList();
		kept.clear(); // held twice at 1,000,000 records otherwise
		// one index of the pairs' scores for the grouping and the queue: a pair below the floor counts as one in no row
		Clustering.Links links = new Clustering.Links(n, compared.size(), i -> compared.get(i).left(),
				i -> compared.get(i).right(), i -> compared.get(i).score(), ReviewQueue.FLOOR);
		List<Pair> matches = compared.stream()
			.filter(p -> p.score() >= ReviewQueue.FLOOR && p.score() >= thresholds.match())
			.map(p -> new Pair(p.left(), p.right(), p.score(), MatchDecision.MATCH, null))
			.toList();
		int[] first = Clustering.group(n, links, matches,
				(left, right, own) -> !(own >= thresholds.match()) && shifted.fullDatesDisagree(prepared[left], prepared[right]));
		matches = null;
		PersonMatcher decider = shifted.withThresholds(new MatchThresholds(thresholds.match(), lowest));
		ClusterDecisions.Outcome outcome = ClusterDecisions.decide(first, compared, links, thresholds, queueFilled,
				(left, right) -> shifted.score(prepared[left], prepared[right]),
				(left, right) -> decider.compare(prepared[left], prepared[right]));
		// the people estimate weighs the links the reviewers get, as it was measured (docs/matching.md)
		Clustering.Clusters clusters = new Clustering.Clusters(first, Clustering.count(first),
				Clustering.people(first, outcome.pairs()));
		return new Result(outcome.pairs(), certain.sum(), shift, yearGaps, outcome.possibleFrom(), clusters, outcome.joined(),
				outcome.parted(), outcome.throughClusters());
	}

}
