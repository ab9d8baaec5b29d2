package org.opennrm.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The two hand-written tables of the matcher: name-pair counts and the cache of token levels. */
class CountingTablesTests {

	@Test
	void pairCountsCountEachPairOfPositionsOnceInEitherOrderAndSurviveGrowth() {
		PairCounts counts = new PairCounts();
		counts.add(List.of("ln", "skl9"));
		counts.add(List.of("skl9", "ln", "lksntr"));
		counts.add(List.of("kmt", "kmt"));
		for (int i = 0; i < 100_000; i++) {
			counts.add(List.of("g" + i, "f" + i)); // forces the table to grow many times
		}
		assertThat(counts.count("ln", "skl9")).isEqualTo(2);
		assertThat(counts.count("skl9", "ln")).isEqualTo(2);
		assertThat(counts.count("ln", "lksntr")).isEqualTo(1);
		assertThat(counts.count("kmt", "kmt")).isEqualTo(1);
		assertThat(counts.count("g99999", "f99999")).isEqualTo(1);
		assertThat(counts.count("g1", "f2")).isZero();
		assertThat(counts.count("never", "seen")).isZero();
		counts.add(List.of("single"));
		assertThat(counts.count("single", "single")).isZero();
	}

	@Test
	void levelCacheHoldsAPairsLevelAndKeepsPairsApart() {
		LevelCache cache = new LevelCache(4, 1_000); // 16 slots: pairs evict one another, and must never be confused
		int a = cache.id("muhammad");
		int b = cache.id("mehmet");
		int c = cache.id("karimi");
		assertThat(cache.id("muhammad")).isEqualTo(a);
		assertThat(cache.held(a, b)).isEqualTo(LevelCache.NOT_HELD);
		cache.hold(a, b, 2);
		assertThat(cache.held(a, b)).isEqualTo(2);
		assertThat(cache.held(a, b)).isEqualTo(2); // held: not to be computed again
		int[] names = new int[200];
		for (int i = 0; i < names.length; i++) {
			names[i] = cache.id("name" + i);
			cache.hold(names[i], c, i % 4);
			assertThat(cache.held(names[i], c)).isEqualTo(i % 4);
		}
		for (int i = 0; i < names.length; i++) {
			// held, or evicted by another pair: never another's level
			assertThat(cache.held(names[i], c)).isIn(i % 4, LevelCache.NOT_HELD);
		}
		assertThat(cache.held(b, a)).isEqualTo(LevelCache.NOT_HELD); // (b, a) is another pair than (a, b)
	}

	@Test
	void tokensBeyondTheLastIdAreComparedWithoutTheCacheAndKeepNoMemory() {
		LevelCache cache = new LevelCache(4, 3);
		int a = cache.id("muhammad");
		int b = cache.id("mehmet");
		int c = cache.id("karimi");
		assertThat(new int[] { a, b, c }).doesNotContain(0).doesNotHaveDuplicates();
		assertThat(cache.id("rahimi")).isZero();
		assertThat(cache.id("rahimi")).isZero();
		assertThat(cache.id("mehmet")).isEqualTo(b);
		for (int i = 0; i < 3; i++) {
			cache.hold(0, a, 1);
			assertThat(cache.held(0, a)).isEqualTo(LevelCache.NOT_HELD); // computed each time it is asked
		}
	}

	@Test
	void levelCacheHoldsWhetherTwoTokensWrittenAsOneAreAThirdAndKeepsTriplesApart() {
		LevelCache cache = new LevelCache(4, 1_000); // 16 slots
		int abdul = cache.id("abdul");
		int rahman = cache.id("rahman");
		int whole = cache.id("abdulrahman");
		assertThat(cache.heldJoin(abdul, rahman, whole)).isEqualTo(LevelCache.NOT_HELD);
		cache.holdJoin(abdul, rahman, whole, true);
		assertThat(cache.heldJoin(abdul, rahman, whole)).isEqualTo(LevelCache.JOINED);
		assertThat(cache.heldJoin(rahman, abdul, whole)).isEqualTo(LevelCache.NOT_HELD); // another order, another triple
		for (int i = 0; i < 200; i++) {
			int x = cache.id("name" + i);
			boolean joined = i % 3 == 0;
			cache.holdJoin(abdul, x, whole, joined);
			int held = cache.heldJoin(abdul, x, whole);
			// held, or evicted: never another triple's answer
			assertThat(held).isIn(joined ? LevelCache.JOINED : LevelCache.NOT_JOINED);
			int other = cache.heldJoin(x, abdul, whole);
			assertThat(other).isEqualTo(LevelCache.NOT_HELD);
		}
		// the pairs' table is another: a triple held is no pair's level
		assertThat(cache.held(abdul, rahman)).isEqualTo(LevelCache.NOT_HELD);
		cache.hold(abdul, rahman, 3);
		assertThat(cache.held(abdul, rahman)).isEqualTo(3);
	}

	@Test
	void tripleIdsBeyondTwentyBitsAreNotHeld() {
		LevelCache cache = new LevelCache(4, 1 << 21);
		for (int i = 0; i < 1 << 20; i++) {
			cache.id("t" + i);
		}
		int last = cache.id("beyond");
		assertThat(last).isEqualTo((1 << 20) + 1);
		int first = cache.id("t0");
		cache.holdJoin(first, first, last, true);
		assertThat(cache.heldJoin(first, first, last)).isEqualTo(LevelCache.NOT_HELD);
		cache.hold(first, last, 2); // pairs take 28 bits
		assertThat(cache.held(first, last)).isEqualTo(2);
		assertThatThrownBy(() -> cache.hold(first, last, 4)).isInstanceOf(IllegalArgumentException.class);
	}

}
