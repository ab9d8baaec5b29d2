package org.opennrm.matching.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.opennrm.matching.Explanation;
import org.opennrm.matching.ExplanationItem;
import org.opennrm.matching.MatchDecision;
import org.opennrm.matching.MatchResult;
import org.opennrm.matching.MatchThresholds;

class ClusterDecisionsTests {

	private static final MatchThresholds USUAL = new MatchThresholds(0.5, 0.25);

	private final List<ClusterDecisions.Compared> compared = new ArrayList<>();
	private final Map<String, Double> scores = new HashMap<>();

	private void compared(int left, int right, double score) {
		compared.add(new ClusterDecisions.Compared(left, right, score));
		scores.put(left + " " + right, score);
	}

	/** The comparison a file would make: the pair's score, 0.01 for a pair never compared, decided at 0.5 / 0.05. */
	private MatchResult compare(int left, int right) {
		double score = scores.getOrDefault(left + " " + right, 0.01);
		MatchDecision decision = score >= 0.5 ? MatchDecision.MATCH : score >= 0.05 ? MatchDecision.POSSIBLE : MatchDecision.NO_MATCH;
		return new MatchResult(score, decision, new Explanation(List.of(ExplanationItem.of("birthSameYear"))));
	}

	private ClusterDecisions.Outcome decide(int[] first, boolean queueFilled) {
		return decide(first, USUAL, queueFilled);
	}

	private ClusterDecisions.Outcome decide(int[] first, MatchThresholds thresholds, boolean queueFilled) {
		Clustering.Links links = new Clustering.Links(first.length, compared.size(), i -> compared.get(i).left(),
				i -> compared.get(i).right(), i -> compared.get(i).score(), ReviewQueue.FLOOR);
		return ClusterDecisions.decide(first, compared, links, thresholds, queueFilled, (l, r) -> compare(l, r).score(),
				this::compare);
	}

	private static String row(FileMatching.Pair pair) {
		return pair.left() + " " + pair.right() + " " + pair.decision() + " " + pair.result().explanation().render(Locale.ENGLISH);
	}

	@Test
	void everyTwoRecordsOfAClusterAreAMatchAndSayWhyWhenTheirOwnScoreIsLower() {
		// 0, 1, 2 and 4 one cluster, 3 another: 0-1 and 1-2 strong, 0-2 weak, 4 never compared with anyone
		compared(0, 1, 0.98);
		compared(1, 2, 0.95);
		compared(0, 2, 0.2);
		ClusterDecisions.Outcome outcome = decide(new int[] { 0, 0, 0, 3, 0 }, false);
		assertThat(outcome.pairs()).map(ClusterDecisionsTests::row).containsExactly(
				"0 1 MATCH same year of birth",
				"0 2 MATCH same year of birth; MATCH through its cluster: this pair alone scores below MATCH, but the records it shares a cluster with make it one person",
				"0 4 MATCH same year of birth; MATCH through its cluster: this pair alone scores below MATCH, but the records it shares a cluster with make it one person",
				"1 2 MATCH same year of birth",
				"1 4 MATCH same year of birth; MATCH through its cluster: this pair alone scores below MATCH, but the records it shares a cluster with make it one person",
				"2 4 MATCH same year of birth; MATCH through its cluster: this pair alone scores below MATCH, but the records it shares a cluster with make it one person");
		assertThat(outcome.pairs().get(1).score()).isEqualTo(0.2);
		assertThat(outcome.joined()).isEqualTo(4);
		assertThat(outcome.parted()).isZero();
	}

	@Test
	void aPairScoredMatchBetweenTwoClustersIsPossibleAndSaysWhyInBothLanguages() {
		compared(0, 1, 0.9);
		compared(1, 2, 0.6);
		compared(2, 3, 0.3);
		compared(0, 3, 0.1);
		ClusterDecisions.Outcome outcome = decide(new int[] { 0, 0, 2, 2 }, false);
		assertThat(outcome.pairs()).map(ClusterDecisionsTests::row).containsExactly(
				"0 1 MATCH same year of birth",
				"1 2 POSSIBLE same year of birth; scored as a MATCH, but left for review: the other records of the two clusters make them more likely two people",
				"2 3 MATCH same year of birth; MATCH through its cluster: this pair alone scores below MATCH, but the records it shares a cluster with make it one person");
		assertThat(outcome.pairs().get(1).result().explanation().render(Locale.forLanguageTag("tr")))
			.isEqualTo("aynı doğum yılı; MATCH puanı aldı, ama incelemeye bırakıldı: iki kümenin öteki kayıtları onları daha büyük olasılıkla iki kişi yapıyor");
		assertThat(outcome.pairs().get(2).result().explanation().render(Locale.forLanguageTag("tr")))
			.endsWith("kümesi üzerinden MATCH: bu çift tek başına MATCH puanının altında kalıyor, ama aynı kümedeki kayıtlar onu tek kişi yapıyor");
		// a POSSIBLE limit of the user's keeps pairs below it out, 0-3 among them
		assertThat(outcome.possibleFrom()).isEqualTo(0.25);
		assertThat(outcome.joined()).isEqualTo(1);
		assertThat(outcome.parted()).isEqualTo(1);
	}

	@Test
	void aPairBelowTheQueueGoesToItWhenItsTwoClustersTakenTogetherAreLikelyEnoughOnePerson() {
		// two clusters of two records; between them two pairs at 0.45, one at 0.4, one never compared (−4): their
		// mean log-odds −1.20, a likelihood of 0.23
		compared(0, 1, 0.95);
		compared(2, 3, 0.95);
		compared(0, 2, 0.45);
		compared(1, 3, 0.45);
		compared(0, 3, 0.4);
		ClusterDecisions.Outcome outcome = decide(new int[] { 0, 0, 2, 2 }, new MatchThresholds(0.5, 0.2), false);
		assertThat(outcome.pairs()).map(ClusterDecisionsTests::row).containsExactly(
				"0 1 MATCH same year of birth",
				"0 2 POSSIBLE same year of birth",
				"0 3 POSSIBLE same year of birth",
				"1 2 POSSIBLE same year of birth; POSSIBLE through the two clusters: this pair alone scores below the review queue, but all the pairs between their records, taken together, make them one person with a likelihood of 0.23",
				"1 3 POSSIBLE same year of birth",
				"2 3 MATCH same year of birth");
		assertThat(outcome.pairs().get(3).result().explanation().render(Locale.forLanguageTag("tr")))
			.endsWith("iki küme üzerinden POSSIBLE: bu çift tek başına inceleme kuyruğunun altında kalıyor, ama kayıtları arasındaki tüm çiftler birlikte onları 0,23 olasılıkla tek kişi yapıyor");
		assertThat(outcome.throughClusters()).isEqualTo(1);

		// at the usual 0.25, the clusters are not likely enough: the pair never compared stays out
		outcome = decide(new int[] { 0, 0, 2, 2 }, false);
		assertThat(outcome.pairs()).map(ClusterDecisionsTests::row).doesNotContain("1 2 POSSIBLE").hasSize(5);
		assertThat(outcome.throughClusters()).isZero();
	}

	@Test
	void aPairTheBlockingNeverComparedIsScoredWhenItsClustersAreLinked() {
		// 1-2 was never compared (their names share no key), but scores 0.8 when it is: it goes to the queue by its
		// own score, not by its clusters' 0.08
		compared(0, 1, 0.95);
		compared(0, 2, 0.3);
		scores.put("1 2", 0.8);
		ClusterDecisions.Outcome outcome = decide(new int[] { 0, 0, 2 }, false);
		assertThat(outcome.pairs()).map(ClusterDecisionsTests::row).containsExactly(
				"0 1 MATCH same year of birth",
				"0 2 POSSIBLE same year of birth",
				"1 2 POSSIBLE same year of birth; scored as a MATCH, but left for review: the other records of the two clusters make them more likely two people");
		assertThat(outcome.parted()).isEqualTo(1);
		assertThat(outcome.throughClusters()).isZero();
	}

	@Test
	void manyPairsScoredMatchThatTheClustersKeepApartAreCutToTheMatchListToo() {
		// one record scored MATCH against 200 records that match nothing else: it joins two of them (a cluster of
		// three, three MATCH pairs), the other 198 pairs are scored MATCH but kept apart
		int[] first = new int[201];
		for (int i = 0; i < 201; i++) {
			first[i] = i <= 2 ? 0 : i;
		}
		for (int k = 1; k <= 200; k++) {
			compared(0, k, 0.6 + k * 0.001);
		}
		ClusterDecisions.Outcome outcome = decide(first, true);
		List<FileMatching.Pair> queue = outcome.pairs().stream().filter(p -> p.decision() == MatchDecision.POSSIBLE).toList();
		assertThat(outcome.pairs()).filteredOn(p -> p.decision() == MatchDecision.MATCH).hasSize(3);
		// no longer than the shortest queue (100), the likeliest kept
		assertThat(queue).hasSize(ReviewQueue.SHORTEST).allMatch(p -> p.score() > 0.7);
		assertThat(outcome.parted()).isEqualTo(ReviewQueue.SHORTEST);
		assertThat(outcome.possibleFrom()).isGreaterThan(0.7);
	}

	@Test
	void theQueueIsNoLongerThanTheMatchListAndThePartedPairsTakeTheirPlacesFirst() {
		// 150 clusters of two records each (records 0 to 299, 150 MATCH pairs); 149 pairs of records kept apart
		// (records 300 to 598, each a cluster of its own): 10 scored MATCH, 139 below
		int[] first = new int[600];
		for (int i = 0; i < 600; i++) {
			first[i] = i < 300 ? i - i % 2 : i;
		}
		for (int c = 0; c < 150; c++) {
			compared(2 * c, 2 * c + 1, 0.9);
		}
		for (int k = 0; k < 149; k++) {
			compared(300 + 2 * k, 301 + 2 * k, k < 10 ? 0.6 : 0.06 + k * 0.002);
		}
		ClusterDecisions.Outcome outcome = decide(first, true);
		List<FileMatching.Pair> queue = outcome.pairs().stream().filter(p -> p.decision() == MatchDecision.POSSIBLE).toList();
		assertThat(outcome.pairs()).filteredOn(p -> p.decision() == MatchDecision.MATCH).hasSize(150);
		assertThat(queue).hasSize(149);
		assertThat(outcome.parted()).isEqualTo(10);

		// with a shorter MATCH list, the queue is its length (the parted pairs included), the likeliest pairs kept
		compared.removeIf(p -> p.left() >= 200 && p.left() < 300);
		int[] fewer = first.clone();
		for (int i = 200; i < 300; i++) {
			fewer[i] = i;
		}
		outcome = decide(fewer, true);
		queue = outcome.pairs().stream().filter(p -> p.decision() == MatchDecision.POSSIBLE).toList();
		assertThat(outcome.pairs()).filteredOn(p -> p.decision() == MatchDecision.MATCH).hasSize(100);
		assertThat(queue).hasSize(100);
		double lowest = queue.stream().mapToDouble(FileMatching.Pair::score).min().orElseThrow();
		assertThat(outcome.possibleFrom()).isEqualTo(lowest);
		assertThat(compared).filteredOn(p -> fewer[p.left()] != fewer[p.right()] && p.score() < lowest).hasSize(49);
	}

}
