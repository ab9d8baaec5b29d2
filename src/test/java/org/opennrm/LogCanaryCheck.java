package org.opennrm;

import java.util.List;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails the test (or, for what a class's set-up and its application context logged, the class) during which a
 * victim's name reached the log ({@link LogCanary}). Registered for every test through JUnit's extension
 * auto-detection (junit-platform.properties, META-INF/services). A log written by a background thread after its test
 * ended fails the next one: the message names the logger and the thread.
 */
public final class LogCanaryCheck implements AfterEachCallback, AfterAllCallback {

	@Override
	public void afterEach(ExtensionContext context) {
		check();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		check();
	}

	private static void check() {
		List<String> leaks = LogCanary.drain();
		if (!leaks.isEmpty()) {
			throw new AssertionError("Victim data reached the log:\n" + String.join("\n", leaks));
		}
	}

}
