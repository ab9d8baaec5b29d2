package org.opennrm.matching.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.IntSupplier;

/**
 * Remembers how two name tokens agree. A register compares the same few hundred thousand tokens with one another
 * millions of times ("Mohammad" with "Muhammed", with "Ahmad", with "Karimi"…), and each comparison costs string
 * similarity and edit distances. Tokens get stable ids; a direct-mapped table holds the level of recently seen
 * pairs of ids, each slot one long written and read atomically (key and level together), so threads share it
 * without locks and a slot lost to another pair is only recomputed. Levels are 0 to 3.
 */
public final class LevelCache {

	private static final int ID_BITS = 28;
	private static final long VALID = 1L << 62;

	private final Map<String, Integer> ids = new ConcurrentHashMap<>();
	private final AtomicInteger nextId = new AtomicInteger(1);
	private final AtomicLongArray slots;
	private final int mask;
	private final int maxIds;

	/**
	 * @param maxIds how many tokens get an id, at most 2^28: the map of ids is never emptied (the ids are kept in
	 *               prepared names and name counts), so this bounds its memory in a process that runs for months and
	 *               sees every name a search is asked about
	 */
	public LevelCache(int slotsPowerOfTwo, int maxIds) {
		if (maxIds < 1 || maxIds > 1 << ID_BITS) {
			throw new IllegalArgumentException("at most 2^28 ids: " + maxIds);
		}
		this.slots = new AtomicLongArray(1 << slotsPowerOfTwo);
		this.mask = (1 << slotsPowerOfTwo) - 1;
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

	/** The level of tokens {@code a} and {@code b} (ids), computed by {@code level} when not held. */
	public int level(int a, int b, IntSupplier level) {
		if (a == 0 || b == 0 || a >= 1 << ID_BITS || b >= 1 << ID_BITS) {
			return level.getAsInt();
		}
		long key = ((long) a << ID_BITS) | b;
		long h = key * 0x9E3779B97F4A7C15L;
		int slot = (int) (h ^ (h >>> 29)) & mask;
		long held = slots.getOpaque(slot);
		if ((held & VALID) != 0 && (held & ((1L << 2 * ID_BITS) - 1)) == key) {
			return (int) ((held >>> 2 * ID_BITS) & 3);
		}
		int computed = level.getAsInt();
		if (computed < 0 || computed > 3) {
			throw new IllegalArgumentException("a level is 0 to 3: " + computed);
		}
		slots.setOpaque(slot, VALID | ((long) computed << 2 * ID_BITS) | key);
		return computed;
	}

}
