package org.opennrm.matching.bulk;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

import org.opennrm.matching.PersonMatcher;
import org.opennrm.matching.PreparedPerson;

/**
 * Which records of a file are compared with one another: those that share blocking keys ({@link BlockTable}) enough
 * to be worth it, so that a file of 1,000,000 records is matched without comparing every two.
 */
final class PairSelection {

	private PairSelection() {
	}

	/**
	 * Blocks larger than this are left to narrower keys (a name pair, a name with the full date). On the generated
	 * register of 100,000 records, 600 instead of 1,000 took the run from 52 s to 39 s, for 0.01 less
	 * MATCH-or-POSSIBLE recall and the same MATCH F1.
	 */
	static final int BLOCK_LIMIT = 600;

	/** Blocks this small are specific enough that sharing one is reason to compare. */
	static final int SMALL_BLOCK = 40;

	/**
	 * Comparisons a file can afford for sharing one key alone: a block of up to this many records divided by the
	 * file's records is small enough, when that is more than {@link #SMALL_BLOCK} (400 at 10,000 records, 40 from
	 * 100,000). A small file compares nearly every two records that share a key, as it takes seconds: at 10,000
	 * generated records MATCH-or-POSSIBLE recall went from 0.970 to 0.979 (typing slips in names leave one key shared,
	 * not two), for 2 s more. At 100,000 records, 80 instead of 40 would have added 0.2 point for 4 s, and 160 taken
	 * the run past its 60 s.
	 */
	static final long SMALL_FILE_BUDGET = 4_000_000;

	/** The size up to which one shared block is reason to compare, in a file of {@code records}. */
	static int smallBlock(int records) {
		return (int) Math.max(SMALL_BLOCK, Math.min(BLOCK_LIMIT, SMALL_FILE_BUDGET / Math.max(1, records)));
	}

	/**
	 * The blocks by which a record naming one name only meets the records carrying that name among others
	 * ({@link PersonMatcher#oneNameKeys}), and which records name one name. Sharing such a block is reason to compare
	 * two records only when one of them names one name: "Mehmet Yılmaz" and "Mehmet Kaya" share "Mehmet" and are not
	 * compared for it. Only the keys some record naming one name has are filed, so a file without such records files
	 * none (the benchmark's generated registers) and one with a few files few.
	 */
	record OneNameBlocks(BlockTable table, boolean[] oneName) {

		/**
		 * @param slips whether a slip in a name alone counts too ({@link PersonMatcher#oneNameSlipKeys}; a file
		 *              that {@linkplain #affordsSlips affords them})
		 */
		static OneNameBlocks build(PreparedPerson[] prepared, PersonMatcher matcher, boolean slips) {
			int n = prepared.length;
			boolean[] oneName = new boolean[n];
			Map<Integer, Set<String>> ownKeys = new HashMap<>();
			Set<String> wanted = new HashSet<>();
			for (int i = 0; i < n; i++) {
				oneName[i] = matcher.namesOneName(prepared[i]);
				if (oneName[i]) {
					Set<String> keys = keys(matcher, prepared[i], slips);
					ownKeys.put(i, keys);
					wanted.addAll(keys);
				}
			}
			if (wanted.isEmpty()) {
				return null;
			}
			BlockTable table = BlockTable.build(n, i -> oneName[i] ? ownKeys.get(i)
					: keys(matcher, prepared[i], slips).stream().filter(wanted::contains).toList());
			return new OneNameBlocks(table, oneName);
		}

		/** A record's keys of names alone: as written, and with a slip if {@code slips}. */
		private static Set<String> keys(PersonMatcher matcher, PreparedPerson person, boolean slips) {
			Set<String> keys = new LinkedHashSet<>(matcher.oneNameKeys(person));
			if (slips) {
				keys.addAll(matcher.oneNameSlipKeys(person));
			}
			return keys;
		}

	}

	/**
	 * The records after {@code i} worth comparing with it: those sharing at least two blocking keys, or one
	 * small block (of up to {@code smallBlock} records), or, when one of the two names one name only, one small block
	 * of {@code oneName} (null: no record of the file does), or one small block of {@code slips} (null: the file is
	 * too large to afford them; {@link #slipBlocks}). Records of one person share several keys (the name with the
	 * year, twice; name pairs); two people who only share a common name with a year do not get compared at all.
	 */
	static int[] candidates(int i, BlockTable blocks, int smallBlock, OneNameBlocks oneName, BlockTable slips) {
		return candidates(i, blocks, smallBlock, oneName, slips, new Votes(blocks.records()));
	}

	/** The same, counting with {@code votes} (one per thread, reused record after record). */
	static int[] candidates(int i, BlockTable blocks, int smallBlock, OneNameBlocks oneName, BlockTable slips,
			Votes votes) {
		for (long key : blocks.keys(i)) {
			int first = blocks.first(key);
			int end = blocks.end(key);
			if (end - first <= BLOCK_LIMIT) {
				votes.add(blocks, key, first, end, i, end - first <= smallBlock ? 2 : 1, j -> true);
			}
		}
		if (oneName != null) {
			boolean[] lone = oneName.oneName();
			votes.addSmall(oneName.table(), i, smallBlock, j -> lone[i] || lone[j]);
		}
		if (slips != null) {
			votes.addSmall(slips, i, smallBlock, j -> true);
		}
		return votes.chosen();
	}

	/** The same, without blocks of slips. */
	static int[] candidates(int i, BlockTable blocks, int smallBlock, OneNameBlocks oneName) {
		return candidates(i, blocks, smallBlock, oneName, null);
	}

	/**
	 * Whether a file of {@code records} is small enough to be keyed for slips too ({@link PersonMatcher#slipKeys},
	 * {@link PersonMatcher#oneNameSlipKeys}): one whose small-block size is above {@link #SMALL_BLOCK}, below about
	 * 100,000 records. At 10,000 records they add about a second; at 100,000 the slips in name pairs would add 0.2 to
	 * 0.5 point of recall for a fifth more time (8 s on the generated register), those in names alone nothing for 2 to
	 * 7 s on the first independent register, whose time was then near the 60 s the issue allows (the time won since is
	 * kept for slower files, docs/matching.md).
	 */
	static boolean affordsSlips(int records) {
		return smallBlock(records) > SMALL_BLOCK;
	}

	/** The blocks of names with a slip, for a file that {@linkplain #affordsSlips affords them}; null otherwise. */
	static BlockTable slipBlocks(PreparedPerson[] prepared, PersonMatcher matcher) {
		return affordsSlips(prepared.length)
				? BlockTable.build(prepared.length, i -> matcher.slipKeys(prepared[i]))
				: null;
	}

	/**
	 * The records after one that its blocks bring, with their votes; those with two votes or more are compared. Counted
	 * in an array over the file's records, as sorting every vote cast took a twentieth of a run.
	 */
	static final class Votes {

		/** Each record's votes so far, up to 2 (enough to tell); 0 for every record between two calls of {@link #chosen}. */
		private final byte[] counts;

		/** The records that have a vote, each once. */
		private int[] voted = new int[64];

		private int count;

		Votes(int records) {
			this.counts = new byte[records];
		}

		/** Every record of a block of at most {@code smallBlock} records that {@code wanted} accepts, two votes each. */
		void addSmall(BlockTable table, int i, int smallBlock, IntPredicate wanted) {
			for (long key : table.keys(i)) {
				int first = table.first(key);
				int end = table.end(key);
				if (end - first <= smallBlock) {
					add(table, key, first, end, i, 2, wanted);
				}
			}
		}

		/**
		 * Every record after {@code i} of the block of {@code key} (entries {@code first} to {@code end}) that
		 * {@code wanted} accepts, {@code votes} votes each.
		 */
		void add(BlockTable table, long key, int first, int end, int i, int votes, IntPredicate wanted) {
			for (int at = table.after(key, i, first, end); at < end; at++) {
				int j = table.record(at);
				if (wanted.test(j)) {
					int had = counts[j];
					if (had == 0) {
						if (count == voted.length) {
							voted = Arrays.copyOf(voted, count * 2);
						}
						voted[count++] = j;
					}
					counts[j] = (byte) Math.min(2, had + votes);
				}
			}
		}

		/** The records with two votes or more, in order; the votes are then cleared. */
		int[] chosen() {
			int[] chosen = new int[count];
			int size = 0;
			for (int k = 0; k < count; k++) {
				int j = voted[k];
				if (counts[j] >= 2) {
					chosen[size++] = j;
				}
				counts[j] = 0;
			}
			count = 0;
			Arrays.sort(chosen, 0, size);
			return size == chosen.length ? chosen : Arrays.copyOf(chosen, size);
		}

	}

}
