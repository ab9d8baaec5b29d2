package org.opennrm.matching.bulk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bulk command run as from a terminal, for tests: what it writes to stdout and stderr kept, files written to a
 * folder of the test's own. The command speaks the machine's language by default; a test gets an English machine
 * unless it sets another, and the machine's own language back after it.
 */
public abstract class CommandConsole {

	/** The columns of the command's input, as the README names them. */
	protected static final String HEADER = "id,given_names,family_names,full_name_original,birth_date,birth_year,sex,citizenship\n";

	@TempDir
	protected Path dir;

	protected final ByteArrayOutputStream out = new ByteArrayOutputStream();

	protected final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private final Locale machineLanguage = Locale.getDefault();

	@BeforeEach
	void englishMachine() {
		Locale.setDefault(Locale.ENGLISH);
	}

	@AfterEach
	void machineLanguageBack() {
		Locale.setDefault(machineLanguage);
	}

	/** Runs the command; what it writes is added to {@link #out} and {@link #err}. */
	protected int run(String... args) {
		return BulkMatchCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	protected String errors() {
		return err.toString(StandardCharsets.UTF_8);
	}

	protected Path file(String name, String content) throws IOException {
		return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
	}

}
