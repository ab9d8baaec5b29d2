package org.opennrm.matching.bulk;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.opennrm.matching.MatchThresholds;

/**
 * What a run of the bulk command is asked to do, read from its arguments and checked before any file is read.
 *
 * @param encoding    {@code --encoding}'s or {@code --force-encoding}'s, or null: the input's own
 * @param encodingForced whether the encoding was named with {@code --force-encoding}: the input is read in it even
 *                    where its text looks like another encoding's ({@link EncodingCheck})
 * @param queueFilled whether the POSSIBLE limit follows the MATCH list ({@link ReviewQueue}): no
 *                    {@code --threshold-possible} was given
 * @param outputs     the files to write, by option name ({@code output}, then {@code clusters} when given)
 */
record Arguments(Path input, Charset encoding, boolean encodingForced, MatchThresholds thresholds,
		boolean queueFilled, Map<String, Path> outputs) {

	/** The options the command takes, each with a value. */
	static final Set<String> OPTIONS = Set.of("input", "output", "clusters", "lang", "threshold-match",
			"threshold-possible", "encoding", "force-encoding");

	/**
	 * Endings of spreadsheet formats the command does not write: a file so named would hold CSV text, which the
	 * spreadsheet refuses or shows as one column.
	 */
	static final List<String> UNWRITTEN_FORMATS = List.of(".xls", ".xlsm", ".xlsb", ".ods");

	/** The run ends before it starts: after {@code --help}'s usage, or a wrong argument named. */
	static final class Stop extends Exception {

		private final int exitCode;

		private Stop(int exitCode) {
			super(null, null, false, false);
			this.exitCode = exitCode;
		}

		int exitCode() {
			return exitCode;
		}

	}

	/**
	 * The arguments of a run; or, for {@code --help}, the usage on {@code out} (exit code 0), or, for a wrong
	 * argument, what is wrong with it on {@code err} (exit code 2), each ending the run with {@link Stop}.
	 */
	static Arguments read(String[] args, CommandText text, PrintStream out, PrintStream err) throws Stop {
		if (Arrays.asList(args).contains("--help")) {
			out.println(text.text("matching.cli.usage"));
			throw new Stop(0);
		}
		Map<String, String> options = options(args, text, err);
		MatchThresholds thresholds = thresholds(options, text, err);
		boolean forced = options.containsKey("force-encoding");
		if (forced && options.containsKey("encoding")) {
			throw usage(err, text, text.text("matching.cli.twoEncodings"));
		}
		String named = options.get(forced ? "force-encoding" : "encoding");
		Charset encoding = null;
		if (named != null) {
			try {
				encoding = Charset.forName(named);
			}
			catch (IllegalArgumentException ex) {
				throw refused(err, text.text("matching.cli.unknownEncoding", named));
			}
		}
		Path input = Path.of(options.get("input"));
		Map<String, Path> outputs = new LinkedHashMap<>();
		outputs.put("output", Path.of(options.get("output")));
		if (options.containsKey("clusters")) {
			outputs.put("clusters", Path.of(options.get("clusters")));
		}
		String clash = clash(input, outputs, text);
		if (clash != null) {
			throw refused(err, clash);
		}
		for (Map.Entry<String, Path> output : outputs.entrySet()) {
			Path target = output.getValue().toAbsolutePath();
			if (target.getFileName() == null || target.getParent() == null
					|| Files.exists(target) && !Files.isRegularFile(target)) {
				throw refused(err, text.text("matching.cli.notAFile", output.getValue(), "--" + output.getKey()));
			}
			String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
			String ending = UNWRITTEN_FORMATS.stream().filter(name::endsWith).findFirst().orElse(null);
			if (ending != null) {
				throw refused(err, text.text("matching.cli.unwrittenFormat", output.getValue(), "--" + output.getKey(),
						ending));
			}
		}
		return new Arguments(input, encoding, forced, thresholds, !options.containsKey("threshold-possible"), outputs);
	}

	/** The options by name, each with its value, the language known and the required ones given. */
	private static Map<String, String> options(String[] args, CommandText text, PrintStream err) throws Stop {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (!arg.startsWith("--")) {
				throw usage(err, text, text.text("matching.cli.notAnOption", arg));
			}
			if (!OPTIONS.contains(arg.substring(2))) {
				throw usage(err, text, text.text("matching.cli.unknownOption", arg));
			}
			// a value is never an option: "--input --output p.csv" lacks the input, it does not read a file "--output"
			if (i + 1 == args.length || args[i + 1].startsWith("--")) {
				throw usage(err, text, text.text("matching.cli.noValue", arg));
			}
			if (options.containsKey(arg.substring(2))) {
				throw usage(err, text, text.text("matching.cli.repeatedOption", arg));
			}
			String value = args[++i];
			if (value.isBlank()) {
				throw usage(err, text, text.text("matching.cli.emptyValue", arg));
			}
			options.put(arg.substring(2), value);
		}
		if (options.containsKey("lang") && CommandText.language(options.get("lang")) == null) {
			throw usage(err, text, text.text("matching.cli.unknownLanguage", options.get("lang")));
		}
		for (String required : List.of("--input", "--output")) {
			if (!options.containsKey(required.substring(2))) {
				throw usage(err, text, text.text("matching.cli.missingOption", required));
			}
		}
		return options;
	}

	/**
	 * The limits of {@code --threshold-match} and {@code --threshold-possible}, or the usual ones; a limit that is no
	 * number, or out of its range, is named with its option and the range it must be in.
	 */
	private static MatchThresholds thresholds(Map<String, String> options, CommandText text, PrintStream err)
			throws Stop {
		boolean matchGiven = options.containsKey("threshold-match");
		boolean possibleGiven = options.containsKey("threshold-possible");
		double match = matchGiven ? limit("--threshold-match", options.get("threshold-match"), ReviewQueue.FLOOR, text, err)
				: MatchThresholds.DEFAULT.match();
		// without a POSSIBLE limit of the user's, the usual one the queue starts from is never above the MATCH limit
		double possible = possibleGiven ? limit("--threshold-possible", options.get("threshold-possible"), 0, text, err)
				: Math.min(MatchThresholds.DEFAULT.possible(), match);
		// the clusters take no pair below the floor as MATCH: a lower MATCH limit would say what it does not do
		if (match < ReviewQueue.FLOOR) {
			throw refused(err, text.text("matching.cli.matchBelowFloor", options.get("threshold-match"),
					ReviewQueue.FLOOR));
		}
		if (possible > match) {
			throw refused(err, matchGiven
					? text.text("matching.cli.possibleAboveGivenMatch", options.get("threshold-possible"),
							options.get("threshold-match"))
					: text.text("matching.cli.possibleAboveMatch", options.get("threshold-possible"), match, possible));
		}
		return new MatchThresholds(match, possible);
	}

	/** A limit as written: digits with a decimal point or a comma, as Turkish writes it (0.85, 0,85, 1). */
	private static final Pattern LIMIT = Pattern.compile("\\d+([.,]\\d*)?|[.,]\\d+");

	/**
	 * The decimals a limit may have: as many as the outputs write a score with ({@link TableWriter#written}), which
	 * writes a score that reaches a limit of four decimals as reaching it, and one below it as below.
	 */
	static final int DECIMALS = 4;

	/**
	 * The limit {@code written} for {@code option}: digits with a point or a comma ({@link #LIMIT}), at most 1 and
	 * {@link #DECIMALS} decimals; {@code lowest} is the range's start its messages name (a limit below it is refused by
	 * the caller, as why depends on the option).
	 */
	private static double limit(String option, String written, double lowest, CommandText text, PrintStream err)
			throws Stop {
		String limit = written.strip();
		if (!LIMIT.matcher(limit).matches()) {
			throw refused(err, text.text("matching.cli.notALimit", option, written, lowest));
		}
		BigDecimal value = new BigDecimal(limit.replace(',', '.').replaceAll("^\\.", "0.").replaceAll("\\.$", ""));
		if (value.compareTo(BigDecimal.ONE) > 0) {
			throw refused(err, text.text("matching.cli.limitAboveOne", option, written, lowest));
		}
		if (value.stripTrailingZeros().scale() > DECIMALS) {
			throw refused(err, text.text("matching.cli.limitDecimals", option, written, DECIMALS));
		}
		return value.doubleValue();
	}

	/**
	 * The message when an output would be written over the input or over the other output (named twice, or through a
	 * link), or null.
	 */
	private static String clash(Path input, Map<String, Path> outputs, CommandText text) {
		List<Map.Entry<String, Path>> files = new ArrayList<>(List.of(Map.entry("input", input)));
		files.addAll(outputs.entrySet());
		for (int i = 0; i < files.size(); i++) {
			for (int j = i + 1; j < files.size(); j++) {
				if (sameFile(files.get(i).getValue(), files.get(j).getValue())) {
					return text.text("matching.cli.sameFile", files.get(j).getValue(), "--" + files.get(i).getKey(),
							"--" + files.get(j).getKey());
				}
			}
		}
		return null;
	}

	private static boolean sameFile(Path a, Path b) {
		if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
			return true;
		}
		try {
			return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** Names what is wrong with the arguments, then shows the usage. */
	private static Stop usage(PrintStream err, CommandText text, String problem) {
		err.println(problem);
		err.println(text.text("matching.cli.usage"));
		return new Stop(2);
	}

	/** Names what is wrong with the arguments. */
	private static Stop refused(PrintStream err, String problem) {
		err.println(problem);
		return new Stop(2);
	}

}
