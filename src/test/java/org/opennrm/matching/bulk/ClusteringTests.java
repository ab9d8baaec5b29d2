package org.opennrm.matching.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.opennrm.matching.MatchDecision;

class ClusteringTests {

	private final List<FileMatching.Pair> pairs = new ArrayList<>();

	private void pair(int left, int right, double score) {
		pairs.add(new FileMatching.Pair(left, right, score,
				score >= 0.5 ? MatchDecision.MATCH : MatchDecision.POSSIBLE, null));
	}

	/**
	 * The groups made and the people counted from one list of pairs, every pair weighing in the means (the bulk command
	 * links the compared pairs from ReviewQueue.FLOOR and counts people over its output; ClusterDecisionsTests and
	 * BulkMatchCommandTests take that path).
	 */
	private static Clustering.Clusters cluster(int size, List<FileMatching.Pair> pairs) {
		int[] first = group(size, pairs);
		return new Clustering.Clusters(first, Clustering.count(first), Clustering.people(first, pairs));
	}

	private static int[] group(int size, List<FileMatching.Pair> pairs) {
		return Clustering.group(size, new Clustering.Links(size, pairs), pairs);
	}

	@Test
	void aRecordMatchingOnlyOneOfAGroupDoesNotJoinItThroughThatOnePair() {
		// 0 and 1 one person; 2 matches 1 weakly and is in no pair with 0: joining it would rest on 1 alone
		pair(0, 1, 0.99);
		pair(1, 2, 0.6);
		assertThat(cluster(3, pairs).first()).containsExactly(0, 0, 2);
	}

	@Test
	void aRecordLikelyOnePersonWithTheGroupOnAverageJoinsIt() {
		// 2 is a POSSIBLE with 0 but a strong MATCH with 1: together, likely enough
		pair(0, 1, 0.99);
		pair(1, 2, 0.9);
		pair(0, 2, 0.4);
		assertThat(cluster(3, pairs).first()).containsExactly(0, 0, 0);
	}

	@Test
	void oneMatchBetweenTwoGroupsDoesNotJoinTwoPeople() {
		// two people of three records each, one wrong MATCH between them; connected components would join all six
		pair(0, 1, 0.99);
		pair(1, 2, 0.98);
		pair(0, 2, 0.97);
		pair(3, 4, 0.99);
		pair(4, 5, 0.98);
		pair(3, 5, 0.97);
		pair(2, 3, 0.95);
		assertThat(cluster(6, pairs).first()).containsExactly(0, 0, 0, 3, 3, 3);
	}

	@Test
	void groupsJoinFromTheBestPairDownAndAreNamedByTheirFirstRecord() {
		// the best pair (2, 3) forms first; 1 joins it through two pairs; 0 is in a POSSIBLE only
		pair(2, 3, 0.999);
		pair(1, 3, 0.95);
		pair(1, 2, 0.9);
		pair(0, 1, 0.3);
		assertThat(cluster(4, pairs).first()).containsExactly(0, 1, 1, 1);
	}

	@Test
	void twoRecordsThatAreTwoPeopleAreNeverJoinedThroughAThird() {
		// 0 and 1 two people (their full dates disagree), each a MATCH with 2, which has the year only: 2 joins the
		// first, and the other stays apart, however likely the two groups on average
		pair(0, 2, 0.998);
		pair(1, 2, 0.997);
		pair(0, 1, 0.09);
		int[] first = Clustering.group(3, new Clustering.Links(3, pairs), pairs,
				(x, y, own) -> x == 0 && y == 1 && own < 0.5);
		assertThat(first).containsExactly(0, 1, 0);
		// without them being two people, the mean joins all three
		assertThat(group(3, pairs)).containsExactly(0, 0, 0);
	}

	@Test
	void possiblePairsJoinNothingByThemselves() {
		pair(0, 1, 0.45);
		pair(1, 2, 0.3);
		assertThat(cluster(3, pairs).first()).containsExactly(0, 1, 2);
	}

	@Test
	void aScoreOfOneIsStrongButNotInfinite() {
		// scores are printed to four decimals: 1.0 and 0.0 are bounded as 0.9999 and 0.0001 are
		assertThat(Clustering.logOdds(1.0)).isFinite().isGreaterThan(9);
		assertThat(Clustering.logOdds(0.0)).isFinite().isLessThan(-9);
		assertThat(Clustering.logOdds(0.5)).isZero();
	}

	@Test
	void thePeopleAreTheClustersLessTheDoubtBetweenThem() {
		// 0 and 1 one person; 2 a POSSIBLE with 1 alone (with 0 in no pair); 3 and 4 a POSSIBLE at 0.45; 5 alone
		pair(0, 1, 0.99);
		pair(1, 2, 0.3);
		pair(3, 4, 0.45);
		Clustering.Clusters clusters = cluster(6, pairs);
		assertThat(clusters.first()).containsExactly(0, 0, 2, 3, 4, 5);
		assertThat(clusters.count()).isEqualTo(5);
		double groupAndTwo = (Clustering.logOdds(0.3) + Clustering.UNLINKED) / 2;
		assertThat(clusters.people()).isCloseTo(5 - 1 / (1 + Math.exp(-groupAndTwo)) - 0.45, org.assertj.core.api.Assertions.within(1e-6));
	}

	@Test
	void namesakesAllLinkedToOneAnotherAreAtLeastOnePerson() {
		// 40 records, each a POSSIBLE at 0.45 with every other: 780 links, none of them joins two clusters
		for (int a = 0; a < 40; a++) {
			for (int b = a + 1; b < 40; b++) {
				pair(a, b, 0.45);
			}
		}
		Clustering.Clusters clusters = cluster(41, pairs);
		assertThat(clusters.count()).isEqualTo(41);
		// the 40 linked clusters are at most 39 merges: at least one person, and the unlinked record another
		assertThat(clusters.people()).isEqualTo(2.0);
	}

	@Test
	void theGroupsAndTheEstimateCanWeighDifferentPairs() {
		// the bulk command groups by every compared pair from 0.05 and estimates by the pairs of its output
		pair(0, 1, 0.99);
		pair(2, 3, 0.3);
		int[] first = group(4, pairs);
		assertThat(first).containsExactly(0, 0, 2, 3);
		assertThat(Clustering.count(first)).isEqualTo(3);
		// a pair between two clusters that is in no output row links nothing
		assertThat(Clustering.people(first, List.of(pairs.get(0)))).isEqualTo(3.0);
		assertThat(Clustering.people(first, pairs)).isCloseTo(3 - 0.3, org.assertj.core.api.Assertions.within(1e-6));
	}

	@Test
	void clustersNoPairLinksAreEachOnePerson() {
		pair(0, 1, 0.99);
		Clustering.Clusters clusters = cluster(4, pairs);
		assertThat(clusters.count()).isEqualTo(3);
		assertThat(clusters.people()).isEqualTo(3.0);
	}

}
