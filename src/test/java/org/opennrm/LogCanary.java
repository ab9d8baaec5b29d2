package org.opennrm;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;

import org.opennrm.shared.TextFolding;

/**
 * A Logback appender of the tests (logback-test.xml) that looks for victims' names in every log event: message,
 * arguments, exceptions with their causes, MDC. The names are those the tests register, search for and match, in
 * each script; a log that holds one is a leak, whichever code wrote it, and {@link LogCanaryCheck} fails the test
 * during which it was written. Names are compared folded (case, Turkish I's and accents aside), as people type them.
 */
public final class LogCanary extends AppenderBase<ILoggingEvent> {

	/** Victims' names that the tests give the application, and that no log line may hold. */
	static final List<String> VICTIM_NAMES = List.of("Hüseyni", "Hosseini", "Fatemeh", "فاطمه", "حسینی", "Фатима",
			"Хусейни", "Rezai", "Smirnova", "Temirbekova", "Zahra", "Canary Leakwatch", "كناري",
			// the demo's people (demo/people.csv), in the index of every test context
			"Abdulrahman", "Dilnoza", "Karimova", "Ogulgerek", "Tursunov", "عبد الرحمن");

	private static final List<String> FOLDED = VICTIM_NAMES.stream().map(TextFolding::fold).toList();

	private static final Queue<String> LEAKS = new ConcurrentLinkedQueue<>();

	@Override
	protected void append(ILoggingEvent event) {
		String text = TextFolding.fold(textOf(event));
		List<String> found = new ArrayList<>();
		for (int i = 0; i < FOLDED.size(); i++) {
			if (text.contains(FOLDED.get(i))) {
				found.add(VICTIM_NAMES.get(i));
			}
		}
		if (!found.isEmpty()) {
			LEAKS.add(found + " logged by " + event.getLoggerName() + " (" + event.getLevel() + ", thread "
					+ event.getThreadName() + "): " + event.getFormattedMessage());
		}
	}

	/** The leaks seen since the last call, emptied. */
	public static List<String> drain() {
		List<String> drained = new ArrayList<>();
		for (String leak; (leak = LEAKS.poll()) != null;) {
			drained.add(leak);
		}
		return drained;
	}

	private static String textOf(ILoggingEvent event) {
		StringBuilder text = new StringBuilder(String.valueOf(event.getFormattedMessage()));
		if (event.getArgumentArray() != null) {
			for (Object argument : event.getArgumentArray()) {
				text.append('\n').append(argument);
			}
		}
		event.getMDCPropertyMap().values().forEach(value -> text.append('\n').append(value));
		if (event.getKeyValuePairs() != null) {
			event.getKeyValuePairs().forEach(pair -> text.append('\n').append(pair.value));
		}
		appendThrowable(text, event.getThrowableProxy(), 0);
		return text.toString();
	}

	private static void appendThrowable(StringBuilder text, IThrowableProxy throwable, int depth) {
		if (throwable == null || depth > 20) {
			return;
		}
		text.append('\n').append(throwable.getClassName()).append(": ").append(throwable.getMessage());
		appendThrowable(text, throwable.getCause(), depth + 1);
		for (IThrowableProxy suppressed : throwable.getSuppressed()) {
			appendThrowable(text, suppressed, depth + 1);
		}
	}

}
