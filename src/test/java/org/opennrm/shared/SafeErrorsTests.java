package org.opennrm.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeErrorsTests {

	@Test
	void keepsClassesAndOurFramesButNoMessages() {
		Exception error = new IllegalStateException("saving Fatma Hüseyni failed",
				new RuntimeException("Key (name)=(Fatma Hüseyni) already exists"));
		String described = SafeErrors.describe(error);
		assertThat(described).contains("java.lang.IllegalStateException", "caused by java.lang.RuntimeException",
				"SafeErrorsTests.keepsClassesAndOurFramesButNoMessages")
			.doesNotContain("Fatma", "Key (name)");
	}

}
