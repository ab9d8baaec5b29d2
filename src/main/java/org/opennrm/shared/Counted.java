package org.opennrm.shared;

import java.util.Locale;

/** A count with its noun, in English, for the commands' reports and the log: "1 entry", "2,345 entries", "0 values". */
public final class Counted {

	private Counted() {
	}

	public static String of(long count, String one, String many) {
		return String.format(Locale.ROOT, "%,d %s", count, count == 1 ? one : many);
	}

}
