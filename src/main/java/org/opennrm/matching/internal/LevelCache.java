package org.opennrm.matching.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Remembers how two name tokens agree. A register compares the same few hundred thousand tokens with one another
 * millions of times ("Mohammad" with "Muhammed", with "Ahmad", with "Karimi"…), and each comparison costs string
 * similarity and edit distances. Tokens get stable ids; a direct-mapped table holds the level of recently seen
 * pairs of ids, each slot one long written and read atomically (key and level together), so threads share it
 * without locks and a slot lost to another pair is only recomputed. Levels are 0 to 3. A second table of as many
 * slots holds, the same way, whether two neighbouring tokens written as one word are a third.
 */
public final class LevelCache {

	private static final int ID_BITS = 28;
	private static final long VALID = 1L << 62;

	private final Map<String, Integer> ids = new ConcurrentHashMap<>();
	private final AtomicInteger nextId = new AtomicInteger(1);
	private final AtomicLongArray slots;
	private final int mask;
	private final AtomicLongArray joins;
	private final int maxIds;

	/**
	 * @param slotsPowerOfTwo each table has 2^this slots (8 bytes each)
	 * @param maxIds          how many tokens get an id, at most 2^28: the map of ids is never emptied (the ids are kept
	 *                        in prepared names and name counts), so this bounds its memory in a process that runs for
	 *                        months and sees every name a search is asked about
	 */
	public LevelCache(int slotsPowerOfTwo, int maxIds) {
		if (maxIds < 1 || maxIds > 1 << ID_BITS) {
			throw new IllegalArgumentException("at most 2^28 ids: " + maxIds);
		}
		this.slots = new AtomicLongArray(1 << slotsPowerOfTwo);
		this.mask = (1 << slotsPowerOfTwo) - 1;
		this.joins = new AtomicLongArray(1 << slotsPowerOfTwo);
		this.maxIds = maxIds;
	}

	/**
	 * A token's id, stable for the life of this cache (one map entry per distinct token: about 50 bytes each); 0,
	 * never cached, once {@code maxIds} tokens have one. A token without an id is compared as well, only not cached.
	 */
	public int id(String token) {
		Integer id = ids.get(token);
		if (id != null) {
			return id;
		}
		if (nextId.get() > maxIds) {
			return 0;
		}
		int given = ids.computeIfAbsent(token, t -> nextId.getAndIncrement());
		if (given > maxIds) {
			// another thread took the last id first: this one is not kept
			ids.remove(token, given);
			return 0;
		}
		return given;
	}

	/** What {@link #held} answers for a pair it does not hold. */
	public static final int NOT_HELD = -1;

	/**
	 * The level held for tokens {@code a} and {@code b} (ids), or {@link #NOT_HELD}: the caller then computes it and
	 * {@linkplain #hold holds} it. The comparison loop asks this tens of millions of times.
	 */
	public int held(int a, int b) {
		if (!cacheable(a, ID_BITS) || !cacheable(b, ID_BITS)) {
			return NOT_HELD;
		}
		long key = ((long) a << ID_BITS) | b;
		long held = slots.getOpaque(slot(key, mask));
		if ((held & VALID) != 0 && (held & ((1L << 2 * ID_BITS) - 1)) == key) {
			return (int) ((held >>> 2 * ID_BITS) & 3);
		}
		return NOT_HELD;
	}

	/** Holds the level of tokens {@code a} and {@code b} (ids), in place of any pair held in its slot. */
	public void hold(int a, int b, int level) {
		if (level < 0 || level > 3) {
			throw new IllegalArgumentException("a level is 0 to 3: " + level);
		}
		if (cacheable(a, ID_BITS) && cacheable(b, ID_BITS)) {
			long key = ((long) a << ID_BITS) | b;
			slots.setOpaque(slot(key, mask), VALID | ((long) level << 2 * ID_BITS) | key);
		}
	}

	/**
	 * Ids in a triple have 20 bits (three keys and the answer in one long): a token with a later id is compared
	 * without the cache. A file of 1,000,000 generated records writes about 120,000 distinct words.
	 */
	private static final int TRIPLE_ID_BITS = 20;

	/**
	 * Whether tokens {@code a} and {@code b} (ids), neighbours written apart, are the name {@code whole} written as one
	 * word ("Abdul Rahman" and "Abdulrahman"): {@link #JOINED}, {@link #NOT_JOINED} or {@link #NOT_HELD}. The
	 * comparison of a joined pair is as costly as that of two tokens, and asked as often.
	 */
	public int heldJoin(int a, int b, int whole) {
		if (!cacheable(a, TRIPLE_ID_BITS) || !cacheable(b, TRIPLE_ID_BITS) || !cacheable(whole, TRIPLE_ID_BITS)) {
			return NOT_HELD;
		}
		long key = triple(a, b, whole);
		long held = joins.getOpaque(slot(key, mask));
		if ((held & VALID) != 0 && (held & ((1L << 3 * TRIPLE_ID_BITS) - 1)) == key) {
			return (held & JOINED_BIT) != 0 ? JOINED : NOT_JOINED;
		}
		return NOT_HELD;
	}

	/** Holds whether {@code a} and {@code b} written as one are {@code whole} (see {@link #heldJoin}). */
	public void holdJoin(int a, int b, int whole, boolean joined) {
		if (cacheable(a, TRIPLE_ID_BITS) && cacheable(b, TRIPLE_ID_BITS) && cacheable(whole, TRIPLE_ID_BITS)) {
			long key = triple(a, b, whole);
			joins.setOpaque(slot(key, mask), VALID | (joined ? JOINED_BIT : 0) | key);
		}
	}

	/** {@link #heldJoin}'s answers besides {@link #NOT_HELD}. */
	public static final int NOT_JOINED = 0;

	public static final int JOINED = 1;

	private static final long JOINED_BIT = 1L << 3 * TRIPLE_ID_BITS;

	private static long triple(int a, int b, int whole) {
		return ((long) a << 2 * TRIPLE_ID_BITS) | ((long) b << TRIPLE_ID_BITS) | whole;
	}

	/** An id the tables hold: 0 is none ({@link #id}), and a key has {@code bits} bits. */
	private static boolean cacheable(int id, int bits) {
		return id > 0 && id < 1 << bits;
	}

	private static int slot(long key, int mask) {
		long h = key * 0x9E3779B97F4A7C15L;
		return (int) (h ^ (h >>> 29)) & mask;
	}

}
