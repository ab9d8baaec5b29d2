package org.opennrm.matching.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.opennrm.matching.PersonMatcher;
import org.opennrm.matching.PreparedPerson;

class BlockTableTests {

	/** The records filed under a key of record {@code record}, in order. */
	private static List<Integer> block(BlockTable table, int record, int keyIndex) {
		long key = table.keys(record)[keyIndex];
		List<Integer> members = new ArrayList<>();
		for (int at = table.first(key); at < table.end(key); at++) {
			members.add(table.record(at));
		}
		return members;
	}

	@Test
	void recordsSharingAKeyAreOneBlockInRecordOrder() {
		List<Set<String>> keys = List.of(Set.of("y995:hsn"), Set.of("p:hsn+lv", "y995:hsn"), Set.of("p:fhr+nr"),
				Set.of("y995:hsn", "p:fhr+nr"), Set.of("p:hsn+lv"));
		BlockTable table = BlockTable.build(keys.size(), keys::get);
		assertThat(block(table, 0, 0)).containsExactly(0, 1, 3);
		assertThat(block(table, 2, 0)).containsExactly(2, 3);
		long pair = table.keys(4)[0];
		assertThat(table.end(pair) - table.first(pair)).isEqualTo(2);
		assertThat(table.keys(1)).hasSize(2);
	}

	@Test
	void aKeyNobodyElseHasIsABlockOfOne() {
		BlockTable table = BlockTable.build(3, i -> Set.of("n:record" + i));
		for (int i = 0; i < 3; i++) {
			assertThat(block(table, i, 0)).containsExactly(i);
		}
	}

	@Test
	void candidatesShareTwoKeysOrOneSmallBlockAndComeAfterTheRecord() {
		// records 0..99 share a wide key; 0 and 50 also share a second one; 7 and 8 share a small block
		int n = 700;
		BlockTable table = BlockTable.build(n, i -> {
			List<String> own = new ArrayList<>();
			if (i < 100) {
				own.add("wide");
			}
			if (i < PairSelection.BLOCK_LIMIT + 50) {
				own.add("too-wide");
			}
			if (i == 0 || i == 50) {
				own.add("second");
			}
			if (i == 7 || i == 8) {
				own.add("small");
			}
			return own;
		});
		assertThat(PairSelection.candidates(0, table, PairSelection.SMALL_BLOCK, null)).containsExactly(50);
		assertThat(PairSelection.candidates(7, table, PairSelection.SMALL_BLOCK, null)).containsExactly(8);
		assertThat(PairSelection.candidates(8, table, PairSelection.SMALL_BLOCK, null)).isEmpty();
		assertThat(PairSelection.candidates(50, table, PairSelection.SMALL_BLOCK, null)).isEmpty();
	}

	@Test
	void aBlockOfOneNameAloneBringsARecordNamingOneNameToTheOthersButNotTheOthersToEachOther() {
		// 0 "Mehmet Yılmaz", 1 "Mehmet Kaya", 2 "Mehmet", 3 "Mehmet" of a block too wide; no key of the usual table shared
		BlockTable usual = BlockTable.build(4, i -> List.of("own" + i));
		BlockTable byName = BlockTable.build(4, i -> List.of("o:mhm"));
		var oneName = new PairSelection.OneNameBlocks(byName, new boolean[] { false, false, true, true });
		assertThat(PairSelection.candidates(0, usual, PairSelection.SMALL_BLOCK, oneName)).containsExactly(2, 3);
		assertThat(PairSelection.candidates(1, usual, PairSelection.SMALL_BLOCK, oneName)).containsExactly(2, 3);
		assertThat(PairSelection.candidates(2, usual, PairSelection.SMALL_BLOCK, oneName)).containsExactly(3);
		assertThat(PairSelection.candidates(0, usual, PairSelection.SMALL_BLOCK, null)).isEmpty();
		// a block of one name alone too wide to compare a record naming it with all the others
		BlockTable wide = BlockTable.build(PairSelection.SMALL_BLOCK + 1, i -> List.of("o:mhm"));
		boolean[] lone = new boolean[PairSelection.SMALL_BLOCK + 1];
		lone[0] = true;
		assertThat(PairSelection.candidates(0, BlockTable.build(lone.length, i -> List.of("own" + i)),
				PairSelection.SMALL_BLOCK, new PairSelection.OneNameBlocks(wide, lone))).isEmpty();
	}

	@Test
	void aSmallBlockOfNamesWithASlipBringsItsRecordsToOneAnother() {
		// 0 and 1 share a block of slips only; 2 to 2 + SMALL_BLOCK share one too wide to compare on
		int records = PairSelection.SMALL_BLOCK + 3;
		BlockTable usual = BlockTable.build(records, i -> List.of("own" + i));
		BlockTable slips = BlockTable.build(records, i -> List.of(i < 2 ? "x:small" : "x:wide"));
		assertThat(PairSelection.candidates(0, usual, PairSelection.SMALL_BLOCK, null, slips)).containsExactly(1);
		assertThat(PairSelection.candidates(0, usual, PairSelection.SMALL_BLOCK, null, null)).isEmpty();
		assertThat(PairSelection.candidates(2, usual, PairSelection.SMALL_BLOCK, null, slips)).isEmpty();
		// a file of 100,000 records or more files none
		assertThat(PairSelection.slipBlocks(new PreparedPerson[100_000], PersonMatcher.standard())).isNull();
		assertThat(PairSelection.affordsSlips(10_000)).isTrue();
		assertThat(PairSelection.affordsSlips(97_000)).isTrue();
		assertThat(PairSelection.affordsSlips(100_000)).isFalse();
	}

	@Test
	void votesCountedForOneRecordAreClearedBeforeTheNext() {
		// 0, 1 and 2 share two large blocks; 3 and 4 one small one; 5 shares one large block with 0 only
		int records = 2 * PairSelection.SMALL_BLOCK + 10;
		BlockTable table = BlockTable.build(records, i -> {
			List<String> own = new ArrayList<>(List.of("own" + i));
			if (i < 3 || i >= 10 && i < 10 + PairSelection.SMALL_BLOCK) {
				own.add("large-a");
			}
			if (i < 3 || i >= 10 + PairSelection.SMALL_BLOCK) {
				own.add("large-b");
			}
			if (i == 3 || i == 4) {
				own.add("small");
			}
			if (i == 5) {
				own.add("large-a");
			}
			return own;
		});
		PairSelection.Votes votes = new PairSelection.Votes(records);
		for (int round = 0; round < 2; round++) {
			assertThat(PairSelection.candidates(0, table, PairSelection.SMALL_BLOCK, null, null, votes))
				.containsExactly(1, 2);
			assertThat(PairSelection.candidates(3, table, PairSelection.SMALL_BLOCK, null, null, votes))
				.containsExactly(4);
			// 5 had one vote as 0's candidate: none is left over for 1's
			assertThat(PairSelection.candidates(1, table, PairSelection.SMALL_BLOCK, null, null, votes))
				.containsExactly(2);
			assertThat(PairSelection.candidates(4, table, PairSelection.SMALL_BLOCK, null, null, votes)).isEmpty();
		}
	}

	@Test
	void aSmallFileComparesTheRecordsOfALargerBlockOnOneSharedKey() {
		// records 0..99 share one key of 100 records and nothing else
		BlockTable table = BlockTable.build(300, i -> i < 100 ? List.of("hundred", "own" + i) : List.of("own" + i));
		assertThat(PairSelection.candidates(0, table, PairSelection.smallBlock(1_000_000), null)).isEmpty();
		assertThat(PairSelection.candidates(0, table, PairSelection.smallBlock(10_000), null)).hasSize(99);
		assertThat(PairSelection.smallBlock(10_000)).isEqualTo(400);
		assertThat(PairSelection.smallBlock(50_000)).isEqualTo(80);
		assertThat(PairSelection.smallBlock(100_000)).isEqualTo(PairSelection.SMALL_BLOCK);
		assertThat(PairSelection.smallBlock(1_000_000)).isEqualTo(PairSelection.SMALL_BLOCK);
		assertThat(PairSelection.smallBlock(50)).isEqualTo(PairSelection.BLOCK_LIMIT);
	}

	@Test
	void holdsAMillionRecordsNumbers() {
		int n = 1_000_000;
		BlockTable table = BlockTable.build(n, i -> Set.of("k" + (i % 1000)));
		long key = table.keys(999_999)[0];
		int[] members = IntStream.range(table.first(key), table.end(key)).map(table::record).toArray();
		assertThat(members).hasSize(1000);
		assertThat(Arrays.stream(members).allMatch(i -> i % 1000 == 999)).isTrue();
	}

}
