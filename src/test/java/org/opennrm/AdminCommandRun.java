package org.opennrm;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** For tests: an admin command run as the jar runs it, with what it printed. */
record AdminCommandRun(int exitCode, String text) {

	/** Runs {@code command} with {@code options}, then {@code settings}; what it prints is captured. */
	static AdminCommandRun of(String command, String[] settings, String... options) {
		List<String> args = new ArrayList<>(List.of(command));
		args.addAll(List.of(options));
		args.addAll(List.of(settings));
		PrintStream out = System.out;
		ByteArrayOutputStream said = new ByteArrayOutputStream();
		System.setOut(new PrintStream(said, true, StandardCharsets.UTF_8));
		int exitCode;
		try {
			exitCode = OpenNrmApplication.adminCommand(args.toArray(String[]::new), System.err);
		}
		finally {
			System.setOut(out);
		}
		return new AdminCommandRun(exitCode, said.toString(StandardCharsets.UTF_8));
	}

}
