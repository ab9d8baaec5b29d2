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

	public LevelCache(int slotsPowerOfTwo) {
		this.slots = new AtomicLongArray(1 << slotsPowerOfTwo);
		this.mask = (1 << slotsPowerOfTwo) - 1;
	}

	/**
	 * A token's id, stable for the life of this cache (one map entry per distinct token the process has seen: about
	 * 50 MB for the tokens of a million people); 0, never cached, once 2^28 tokens were seen.
	 */
	public int id(String token) {
		Integer id = ids.get(token);
		if (id != null) {
			return id;
		}
		if (nextId.get() >= 1 << ID_BITS) {
			return 0;
		}
		return ids.computeIfAbsent(token, t -> nextId.getAndIncrement());
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
