package org.opennrm.matching.bulk;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

/** A progress bar on stderr for runs long enough to need one. */
final class Progress {

	private final int total;
	private final AtomicInteger done = new AtomicInteger();
	private final boolean show;
	private final PrintStream err;
	private final CommandText text;
	private volatile int shown = -1;

	Progress(int total, PrintStream err, CommandText text) {
		this.total = total;
		this.show = total >= 20_000;
		this.err = err;
		this.text = text;
	}

	void step() {
		int now = done.incrementAndGet();
		if (show) {
			int percent = (int) (100L * now / total);
			if (percent != shown && percent % 2 == 0) {
				shown = percent;
				synchronized (err) {
					err.print("\r[" + "#".repeat(percent / 4) + " ".repeat(25 - percent / 4) + "] " + percent + "% "
							+ text.text("matching.cli.progress", now, total));
				}
			}
		}
	}

	void done() {
		if (show) {
			err.println();
		}
	}

}
