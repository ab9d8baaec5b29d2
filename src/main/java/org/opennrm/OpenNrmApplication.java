package org.opennrm;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

import org.opennrm.keyrotation.ReencryptOptions;
import org.opennrm.matching.bulk.BulkMatchCommand;

/**
 * OpenNRM: the application, and the entry point of its command-line tools.
 *
 * <p>{@code java -jar opennrm.jar} starts the web application. A first argument naming a command
 * runs that command instead: {@code match} runs without Spring and without touching {@code ./data};
 * the administrative commands start the application without its web server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "OpenNRM", sharedModules = "shared")
public class OpenNrmApplication {

	/**
	 * Commands run by a {@code shared.AdminCommand} bean of the same name, without the web server, and what
	 * {@code --help} says of each: without starting anything, since a command starts the application with its database
	 * and keys.
	 */
	static final Map<String, String> ADMIN_COMMANDS = Map.of(
			"create-admin", """
					Usage: java -jar opennrm.jar create-admin --username NAME [--full-name "Full Name"] [--organisation "Name"]
					  Creates the first system administrator of a production installation. The password comes from
					  OPENNRM_ADMIN_PASSWORD, or is asked for in a terminal; never on the command line.""",
			"reencrypt", """
					Usage: java -jar opennrm.jar reencrypt [--check] [--batch N]
					  Re-encrypts under the active data key every encrypted value that is under another key, and keys again
					  under the active index key every look-up and matching key keyed by another: the last step of a key
					  rotation (docs/encryption.md, "Rotating a data key", "Rotating the index key"). Once nothing is keyed
					  by an earlier index key, notes it as superseded. Run it once every node has the new active keys; the
					  application can go on serving meanwhile.
					  --check    only count the values under each key; change nothing
					  --batch N  rows per transaction (default 500)
					  A row another transaction holds (an open psql session) is named in the log; after
					  opennrm.encryption.reencrypt.row-wait (--opennrm.encryption.reencrypt.row-wait=30m; default 10m) of
					  waiting for it, the command stops, to be run again.
					Exit code: 0 every value is under the active keys, 1 some are not, 2 it could not run, 3 it stopped
					  waiting for rows another transaction held (run it again once that transaction has ended).""",
			"verify-audit", """
					Usage: java -jar opennrm.jar verify-audit
					  Checks the audit trail's hash chain; changes nothing in the database.
					Exit code: 0 intact, 1 broken, 2 it could not check (database unreachable, other keys, another schema).""");

	private static final String VERIFY_AUDIT = "verify-audit";

	private static final String REENCRYPT = "reencrypt";

	/**
	 * The exit code of {@code verify-audit} and {@code reencrypt} when they could not start (their own: 0 intact or every
	 * value under the active key, 1 broken or some not, 2 could not check or run).
	 */
	static final int COULD_NOT_CHECK = 2;

	public static void main(String[] args) {
		if (args.length > 0 && "match".equals(args[0])) {
			// the command's messages are its output; no library logs to the console (logback-match.xml)
			if (System.getProperty("logback.configurationFile") == null) {
				System.setProperty("logback.configurationFile", "logback-match.xml");
			}
			// UTF-8, or a Windows console's code page, in which cmd.exe shows Turkish letters right
			System.exit(BulkMatchCommand.run(Arrays.copyOfRange(args, 1, args.length),
					BulkMatchCommand.console(FileDescriptor.out), BulkMatchCommand.console(FileDescriptor.err)));
		}
		if (args.length > 0 && ADMIN_COMMANDS.containsKey(args[0])) {
			if (asksForHelp(args)) {
				utf8(FileDescriptor.out).println(ADMIN_COMMANDS.get(args[0]));
				System.exit(0);
			}
			Optional<String> wrong = wrongArguments(args);
			if (wrong.isPresent()) {
				utf8(FileDescriptor.err).println(wrong.get() + " See java -jar opennrm.jar " + args[0] + " --help.");
				System.exit(COULD_NOT_CHECK);
			}
			// the command's report on standard output, the application's log on standard error (logback-command.xml)
			if (System.getProperty("logging.config") == null && System.getenv("LOGGING_CONFIG") == null) {
				System.setProperty("logging.config", "classpath:logback-command.xml");
			}
			System.exit(adminCommand(args, utf8(FileDescriptor.err)));
		}
		Optional<String> refusal = refusal(args);
		if (refusal.isPresent()) {
			BulkMatchCommand.console(FileDescriptor.err).println(refusal.get());
			System.exit(2);
		}
		SpringApplication.run(OpenNrmApplication.class, args);
	}

	/**
	 * Runs an administrative command without the web server, and returns its exit code. A check ({@code verify-audit},
	 * {@code reencrypt --check}) runs in the {@code check} profile too, which changes nothing in the database (no
	 * migration, no key recorded). A command whose exit codes tell monitoring something ({@code verify-audit}: 0
	 * intact, 1 broken; {@code reencrypt}: 0 every value under the active key, 1 some not) exits 2 when it could not
	 * start at all (the database unreachable or unreadable, its schema at another version, other keys), so that an
	 * outage is not read as tampering, nor as values left under an old key.
	 */
	static int adminCommand(String[] args, PrintStream err) {
		SpringApplication app = new SpringApplication(OpenNrmApplication.class);
		app.setWebApplicationType(WebApplicationType.NONE);
		boolean check = VERIFY_AUDIT.equals(args[0]) || REENCRYPT.equals(args[0]) && Arrays.asList(args).contains("--check");
		if (check) {
			app.setAdditionalProfiles("command", "check");
		}
		else {
			app.setAdditionalProfiles("command");
		}
		try {
			return SpringApplication.exit(app.run(args));
		}
		catch (RuntimeException notStarted) {
			String notDone = NOT_DONE_WITHOUT_A_START.get(args[0]);
			if (notDone == null) {
				throw notStarted;
			}
			// Spring Boot has reported why, above
			err.println(notDone + ": the application could not start (see above).");
			return COULD_NOT_CHECK;
		}
	}

	/** What a command with meaningful exit codes says when it could not start. */
	private static final Map<String, String> NOT_DONE_WITHOUT_A_START = Map.of(VERIFY_AUDIT,
			"The audit trail could not be checked", REENCRYPT, "No value was counted or re-encrypted");

	/**
	 * What is wrong with an administrative command's arguments, before anything starts: Spring's settings are
	 * {@code --name=value} with a dotted name ({@code --spring.datasource.url=…}, {@code --opennrm.data-dir=…}); a
	 * command's own option is written apart from its value ({@code --batch 500}), since {@code --batch=500} or
	 * {@code --check=true} would be taken for a setting and the option silently not given.
	 */
	static Optional<String> wrongArguments(String[] args) {
		List<String> own = new ArrayList<>();
		for (String arg : Arrays.asList(args).subList(1, args.length)) {
			if (arg.startsWith("--") && arg.contains("=")) {
				String name = arg.substring(2, arg.indexOf('='));
				if (!name.contains(".")) {
					return Optional.of(arg + " is neither an option (an option is written apart from its value, as --batch 500,"
							+ " or alone, as --check) nor a setting (a dotted name, as --spring.datasource.url=…).");
				}
			}
			else {
				own.add(arg);
			}
		}
		try {
			switch (args[0]) {
				case REENCRYPT -> ReencryptOptions.parse(own);
				case VERIFY_AUDIT -> {
					if (!own.isEmpty()) {
						return Optional.of("verify-audit takes no option: " + own.get(0) + ".");
					}
				}
				default -> {
					// create-admin reads its own
				}
			}
		}
		catch (IllegalArgumentException wrong) {
			return Optional.of(wrong.getMessage());
		}
		return Optional.empty();
	}

	/** Whether an administrative command's arguments ask for its usage. */
	static boolean asksForHelp(String[] args) {
		return Arrays.stream(args).skip(1).anyMatch(arg -> "--help".equals(arg) || "-h".equals(arg));
	}

	/**
	 * Why the arguments must not start the web application, or nothing when they are its own or run a command. A
	 * mistyped command ({@code Match}, {@code macth}, an option before {@code match}) would otherwise start the server
	 * in the folder that holds the victims' file, with a database and fresh keys in its {@code ./data}, and ignore the
	 * file. The web application takes Spring's {@code --name=value} settings only, so any other word is refused too,
	 * and so is an option only the match command knows.
	 */
	public static Optional<String> refusal(String[] args) {
		if (args.length > 0 && ("match".equals(args[0]) || ADMIN_COMMANDS.containsKey(args[0]))) {
			return Optional.empty();
		}
		for (String arg : args) {
			if (arg.startsWith("--")) {
				String name = arg.substring(2).split("=", 2)[0];
				if (BulkMatchCommand.OPTIONS.contains(name) || "help".equals(name)) {
					return Optional.of(BulkMatchCommand.misplacedOption(args, "--" + name));
				}
			}
			else {
				String meant = Stream.concat(Stream.of("match"), ADMIN_COMMANDS.keySet().stream().sorted())
					.filter(command -> nearMiss(arg, command))
					.findFirst()
					.orElse(null);
				return Optional.of(BulkMatchCommand.unknownCommand(args, arg, meant));
			}
		}
		return Optional.empty();
	}

	/**
	 * Whether {@code word} is {@code command} mistyped: in another case, or two slips away (a letter wrong, missing or
	 * added; two neighbours swapped are two letters wrong).
	 */
	static boolean nearMiss(String word, String command) {
		return SLIPS.apply(word.toLowerCase(Locale.ROOT), command) >= 0;
	}

	/** At most two slips: -1 beyond. */
	private static final LevenshteinDistance SLIPS = new LevenshteinDistance(2);

	/** A stream writing UTF-8, which terminals and log files read, whatever the system's own encoding (Java 17). */
	private static PrintStream utf8(FileDescriptor descriptor) {
		return new PrintStream(new FileOutputStream(descriptor), true, StandardCharsets.UTF_8);
	}

}
