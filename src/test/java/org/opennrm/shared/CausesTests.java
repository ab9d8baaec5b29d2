package org.opennrm.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class CausesTests {

	static final class Busy extends RuntimeException implements TemporarilyUnavailable {
	}

	@Test
	void theChainIsOutermostFirstAndFindsAClassOrAnInterfaceAmongTheCauses() {
		Busy busy = new Busy();
		Exception outer = new IllegalStateException(new UncheckedIOException(new IOException(busy)));
		assertThat(Causes.chain(outer)).extracting(t -> t.getClass().getSimpleName())
			.containsExactly("IllegalStateException", "UncheckedIOException", "IOException", "Busy");
		assertThat(Causes.any(outer, IOException.class)).isTrue();
		assertThat(Causes.any(outer, IllegalArgumentException.class)).isFalse();
		assertThat(TemporarilyUnavailable.in(outer)).isTrue();
		assertThat(TemporarilyUnavailable.in(new IllegalStateException())).isFalse();
	}

	@Test
	@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void twoExceptionsThatAreEachOthersCauseAreWalkedOnce() {
		// before, the walks stopped only at an exception that is its own cause: this one ran for ever, on an error
		// page or while writing the log
		IllegalStateException a = new IllegalStateException("a");
		RuntimeException b = new RuntimeException("b", a);
		a.initCause(b);
		assertThat(Causes.chain(b)).containsExactly(b, a);
		assertThat(TemporarilyUnavailable.in(b)).isFalse();
		assertThat(SafeErrors.describe(b)).startsWith("java.lang.RuntimeException [CausesTests.")
			.containsOnlyOnce(" <- caused by java.lang.IllegalStateException [CausesTests.");
	}

}
