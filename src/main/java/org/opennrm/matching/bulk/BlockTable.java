package org.opennrm.matching.bulk;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.apache.commons.codec.digest.MurmurHash3;

/**
 * Which records of a file share a blocking key, in arrays of primitives. A million records file some twenty million
 * (key, record) entries; held as strings in hash maps they filled most of a 4 GB heap. Here each entry is one
 * {@code long}: a 64-bit hash of the key in its high bits, the record's number in the low bits. Sorted, the entries
 * of one key are a run, found by binary search. Two keys whose hashes agree in all their high bits (44 of them for a
 * million records, at least 40: a few such pairs among ten million keys) make one block, which costs only a few more
 * comparisons.
 * Safe to read from many threads once built.
 */
final class BlockTable {

	private final long recordMask;
	/** Every (key, record) entry, sorted. */
	private final long[] entries;
	/** The keys of each record, as hashes with the low bits cleared. */
	private final long[][] keysOf;

	private BlockTable(int recordBits, long[] entries, long[][] keysOf) {
		this.recordMask = (1L << recordBits) - 1;
		this.entries = entries;
		this.keysOf = keysOf;
	}

	/** Files records 0 to {@code records - 1} under the keys {@code keys} gives each. */
	static BlockTable build(int records, IntFunction<Collection<String>> keys) {
		int recordBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, records - 1)));
		if (recordBits > 24) {
			throw new IllegalArgumentException("more than 16,777,216 records");
		}
		long high = -1L << recordBits;
		long[][] keysOf = new long[records][];
		IntStream.range(0, records).parallel().forEach(i -> {
			Collection<String> own = keys.apply(i);
			long[] hashes = new long[own.size()];
			int k = 0;
			for (String key : own) {
				hashes[k++] = hash(key) & high;
			}
			keysOf[i] = hashes;
		});
		long total = 0;
		for (long[] own : keysOf) {
			total += own.length;
		}
		if (total > Integer.MAX_VALUE - 8) {
			throw new IllegalArgumentException("too many blocking keys: " + total);
		}
		long[] entries = new long[(int) total];
		int next = 0;
		for (int i = 0; i < records; i++) {
			for (long key : keysOf[i]) {
				entries[next++] = key | i;
			}
		}
		Arrays.parallelSort(entries);
		return new BlockTable(recordBits, entries, keysOf);
	}

	private static long hash(String key) {
		return MurmurHash3.hash128x64(key.getBytes(StandardCharsets.UTF_8))[0];
	}

	/** The keys of record {@code record}, to pass to {@link #first} and {@link #end}. */
	long[] keys(int record) {
		return keysOf[record];
	}

	/** Where the block of {@code key} starts in the sorted entries. */
	int first(long key) {
		return search(key);
	}

	/** Where the block of {@code key} ends (exclusive). */
	int end(long key) {
		long last = key | recordMask;
		int at = search(last);
		return at < entries.length && entries[at] == last ? at + 1 : at;
	}

	/**
	 * Where the records after {@code record} start in the block of {@code key}, one of its keys, which runs from
	 * {@code first} to {@code end} ({@link #first}, {@link #end}): its records are in order.
	 */
	int after(long key, int record, int first, int end) {
		long own = key | record;
		int at = search(own, first, end);
		return at < end && entries[at] == own ? at + 1 : at;
	}

	/** How many records are filed. */
	int records() {
		return keysOf.length;
	}

	/** The record of the entry at {@code position}. */
	int record(int position) {
		return (int) (entries[position] & recordMask);
	}

	/** The first position whose entry is not below {@code entry}, comparing as signed longs (the sort's order). */
	private int search(long entry) {
		return search(entry, 0, entries.length);
	}

	/** The same, between positions {@code from} and {@code to}. */
	private int search(long entry, int from, int to) {
		int low = from;
		int high = to;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (entries[middle] < entry) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

}
