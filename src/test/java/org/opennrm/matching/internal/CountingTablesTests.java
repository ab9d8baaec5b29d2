package org.opennrm.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

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
	void levelCacheComputesAPairOnceAndKeepsPairsApart() {
		LevelCache cache = new LevelCache(4, 1_000); // 16 slots: pairs evict one another, and must never be confused
		AtomicInteger computed = new AtomicInteger();
		int a = cache.id("muhammad");
		int b = cache.id("mehmet");
		int c = cache.id("karimi");
		assertThat(cache.id("muhammad")).isEqualTo(a);
		assertThat(cache.level(a, b, () -> {
			computed.incrementAndGet();
			return 2;
		})).isEqualTo(2);
		assertThat(cache.level(a, b, () -> {
			computed.incrementAndGet();
			return 2;
		})).isEqualTo(2);
		assertThat(computed).hasValue(1);
		for (int i = 0; i < 200; i++) {
			int x = cache.id("name" + i);
			int level = i % 4;
			assertThat(cache.level(x, c, () -> level)).isEqualTo(level);
			assertThat(cache.level(x, c, () -> level)).isEqualTo(level); // held, or evicted and recomputed: never another's
		}
		assertThat(cache.level(b, a, () -> 0)).isZero(); // (b, a) is another pair than (a, b)
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
		AtomicInteger computed = new AtomicInteger();
		for (int i = 0; i < 3; i++) {
			assertThat(cache.level(0, a, () -> {
				computed.incrementAndGet();
				return 1;
			})).isOne();
		}
		assertThat(computed).hasValue(3);
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
