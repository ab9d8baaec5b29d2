package org.opennrm.matching.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many records carry each pair of names (by skeleton): "Yelena" and "Sokolova" are each rare in a register of
 * many nationalities, but together far less rare than their shares multiplied, because a nationality brings both.
 * Counted once per record and pair of name positions; kept in a flat open-addressing table (a million records write
 * millions of pairs, which boxed maps would hold at several times the memory). Not thread-safe while counting;
 * safe to read once counting is over.
 */
public final class PairCounts {

	private final Map<String, Integer> ids = new HashMap<>();
	private long[] keys = new long[1 << 16];
	private int[] counts = new int[1 << 16];
	private int size;

	/** Counts every pair of the record's name skeletons, each unordered pair of positions once. */
	public void add(List<String> skeletons) {
		int n = skeletons.size();
		if (n < 2) {
			return;
		}
		int[] record = new int[n];
		for (int i = 0; i < n; i++) {
			record[i] = ids.computeIfAbsent(skeletons.get(i), s -> ids.size() + 1);
		}
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				increment(key(record[i], record[j]));
			}
		}
	}

	/** Records counted with both names; 0 when the pair, or either name, was never seen. */
	public int count(String skeletonA, String skeletonB) {
		Integer a = ids.get(skeletonA);
		Integer b = ids.get(skeletonB);
		if (a == null || b == null) {
			return 0;
		}
		long key = key(a, b);
		int mask = keys.length - 1;
		for (int slot = slot(key, mask);; slot = (slot + 1) & mask) {
			if (keys[slot] == key) {
				return counts[slot];
			}
			if (keys[slot] == 0) {
				return 0;
			}
		}
	}

	/** Ids start at 1, so no key is 0, the mark of an empty slot. */
	private static long key(int a, int b) {
		return a <= b ? ((long) a << 32) | b : ((long) b << 32) | a;
	}

	private static int slot(long key, int mask) {
		long h = key * 0x9E3779B97F4A7C15L;
		return (int) (h ^ (h >>> 32)) & mask;
	}

	private void increment(long key) {
		int mask = keys.length - 1;
		for (int slot = slot(key, mask);; slot = (slot + 1) & mask) {
			if (keys[slot] == key) {
				counts[slot]++;
				return;
			}
			if (keys[slot] == 0) {
				keys[slot] = key;
				counts[slot] = 1;
				if (++size > keys.length * 0.6) {
					grow();
				}
				return;
			}
		}
	}

	private void grow() {
		long[] oldKeys = keys;
		int[] oldCounts = counts;
		keys = new long[oldKeys.length * 2];
		counts = new int[oldKeys.length * 2];
		int mask = keys.length - 1;
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] != 0) {
				int slot = slot(oldKeys[i], mask);
				while (keys[slot] != 0) {
					slot = (slot + 1) & mask;
				}
				keys[slot] = oldKeys[i];
				counts[slot] = oldCounts[i];
			}
		}
	}

}
