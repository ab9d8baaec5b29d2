package org.opennrm.matching.bulk;

import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The progress of a run long enough to need it, on stderr: on a terminal a bar redrawn every 2 % over itself (with a
 * carriage return); elsewhere (a file, a pipe, a log) a line of its own at every 10 %, so that a log holds ten lines
 * and no carriage returns.
 */
final class Progress {

	/** The fewest records whose matching shows its progress. */
	static final int SHOWN_FROM = 20_000;

	private final int total;
	private final AtomicInteger done = new AtomicInteger();
	private final boolean show;
	private final boolean terminal;
	private final PrintStream err;
	private final CommandText text;
	/** The percentage shown last: none on a terminal, where the bar is drawn from 0 %; 0 % in a log, which begins at 10 %. */
	private volatile int shown;

	/** @param terminal whether {@code err} is a terminal, which draws the bar over itself */
	Progress(int total, PrintStream err, CommandText text, boolean terminal) {
		this.total = total;
		this.show = total >= SHOWN_FROM;
		this.terminal = terminal;
		this.shown = terminal ? -1 : 0;
		this.err = err;
		this.text = text;
	}

	void step() {
		int now = done.incrementAndGet();
		if (show) {
			int percent = (int) (100L * now / total);
			if (percent > shown && percent % (terminal ? 2 : 10) == 0) {
				synchronized (err) {
					// threads step at once: a percentage is shown once, and never after a greater one
					if (percent > shown) {
						shown = percent;
						if (terminal) {
							err.print("\r[" + "#".repeat(percent / 4) + " ".repeat(25 - percent / 4) + "] "
									+ text.text("matching.cli.progress", percent, now, total));
						}
						else {
							err.println(text.text("matching.cli.progress", percent, now, total));
						}
					}
				}
			}
		}
	}

	void done() {
		if (show && terminal) {
			err.println();
		}
	}

	/**
	 * Whether the process's stderr is a terminal. On Linux its descriptor tells (a terminal is a device of
	 * {@code /dev/pts} or a {@code /dev/tty}); elsewhere the console does, which Java has only when stdin and stdout
	 * are a terminal (so stderr alone redirected there still gets the bar).
	 */
	static boolean stderrIsTerminal() {
		Path descriptor = Path.of("/proc/self/fd/2");
		if (Files.isSymbolicLink(descriptor)) {
			try {
				String target = Files.readSymbolicLink(descriptor).toString();
				return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
			}
			catch (IOException | SecurityException ex) {
				return false;
			}
		}
		Console console = System.console();
		if (console == null) {
			return false;
		}
		try {
			// from Java 22 there is a console when the streams are redirected too, and it tells whether it is a terminal
			return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
		}
		catch (ReflectiveOperationException ex) {
			return true;
		}
	}

}
