package org.opennrm.matching.bulk;

import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The streams the bulk command writes its messages and usage to: UTF-8, which terminals and log files read, whatever
 * the system's own encoding; but on a Windows console whose code page is another (a Turkish {@code cmd.exe} is 857,
 * which shows UTF-8's "Satır" as "SatÄ±r"), that code page, the characters it lacks written as {@code ?}. On Linux and
 * macOS the terminal reads UTF-8 whatever the locale says ({@code LANG=C} over ssh), so UTF-8 stays. Java 17 knows the
 * console only when stdin and stdout are one: stderr alone redirected to a file there gets the code page too.
 */
final class ConsoleStreams {

	private ConsoleStreams() {
	}

	/** A stream writing to {@code descriptor} in {@link #charset}'s encoding for this process. */
	static PrintStream open(FileDescriptor descriptor) {
		Console console = System.console();
		return new PrintStream(new FileOutputStream(descriptor), true,
				charset(System.getProperty("os.name", ""), console == null ? null : console.charset()));
	}

	/**
	 * The encoding to write in: the console's on Windows, when there is a console ({@code consoleCharset} not null)
	 * and it is not UTF-8 ({@code chcp 65001} makes it so); UTF-8 otherwise.
	 */
	static Charset charset(String osName, Charset consoleCharset) {
		boolean windows = osName.toLowerCase(Locale.ROOT).startsWith("windows");
		return windows && consoleCharset != null ? consoleCharset : StandardCharsets.UTF_8;
	}

}
