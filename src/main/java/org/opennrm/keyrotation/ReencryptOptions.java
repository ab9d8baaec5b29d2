package org.opennrm.keyrotation;

import java.util.List;

/**
 * The {@code reencrypt} command's options, read before the application starts (so that a mistyped option starts
 * nothing) and again by the command.
 *
 * @param check only count the values under each key
 * @param batch rows per transaction
 */
public record ReencryptOptions(boolean check, int batch) {

	static final int DEFAULT_BATCH = 500;

	static final int MAX_BATCH = 999_999;

	/**
	 * Reads the command's own arguments (Spring's {@code --name=value} settings left out).
	 * @throws IllegalArgumentException saying what is wrong, for the person who typed it
	 */
	public static ReencryptOptions parse(List<String> args) {
		boolean check = false;
		int batch = DEFAULT_BATCH;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if ("--check".equals(arg)) {
				check = true;
			}
			else if ("--batch".equals(arg)) {
				String rows = i + 1 < args.size() ? args.get(++i) : "";
				if (!rows.matches("[1-9][0-9]{0,5}")) {
					throw new IllegalArgumentException("--batch takes a number of rows from 1 to 999,999"
							+ (rows.isEmpty() ? "." : ", not " + rows + "."));
				}
				batch = Integer.parseInt(rows);
			}
			else {
				throw new IllegalArgumentException("Not an option of reencrypt: " + arg + ".");
			}
		}
		return new ReencryptOptions(check, batch);
	}

}
