package org.opennrm.matching.bulk;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.DeferredSXSSFSheet;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;

import org.opennrm.matching.MatchDecision;
import org.opennrm.matching.MatchResult;
import org.opennrm.matching.MatchThresholds;
import org.opennrm.matching.NameFrequencies;
import org.opennrm.matching.PersonMatcher;
import org.opennrm.matching.PersonRecord;
import org.opennrm.matching.PreparedPerson;
import org.opennrm.matching.PriorEstimate;
import org.opennrm.matching.Sex;
import org.opennrm.matching.YearGaps;

/**
 * {@code java -jar opennrm.jar match --input records.csv --output pairs.csv|pairs.xlsx [--lang tr|en]
 * [--threshold-match X] [--threshold-possible Y] [--clusters clusters.csv|clusters.xlsx] [--encoding NAME]} (or
 * {@code --help}): finds the records of a file that belong to the same person, without a database, a web server or
 * {@code ./data}.
 */
public final class BulkMatchCommand {

	/**
	 * Blocks larger than this are left to narrower keys (a name pair, a name with the full date). On the generated
	 * register of 100,000 records, 600 instead of 1,000 took the run from 52 s to 39 s, for 0.01 less
	 * MATCH-or-POSSIBLE recall and the same MATCH F1.
	 */
	static final int BLOCK_LIMIT = 600;

	private final PrintStream out;
	private final PrintStream err;
	private ResourceBundle messages;
	/** Turkish when the machine's language is Turkish (a clerk's Windows in Türkiye), otherwise English. */
	private Locale locale = "tr".equals(Locale.getDefault().getLanguage()) ? Locale.forLanguageTag("tr") : Locale.ENGLISH;

	private BulkMatchCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
		this.messages = bundle(locale);
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		return new BulkMatchCommand(out, err).execute(args);
	}

	/** The options the command takes, each with a value. */
	public static final Set<String> OPTIONS = Set.of("input", "output", "clusters", "lang", "threshold-match",
			"threshold-possible", "encoding");

	private int execute(String[] args) {
		// the language first, so that every message, one about another argument too, is in it
		speak(args);
		if (Arrays.asList(args).contains("--help")) {
			out.println(text("matching.cli.usage"));
			return 0;
		}
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (!arg.startsWith("--")) {
				return usage(text("matching.cli.notAnOption", arg));
			}
			if (!OPTIONS.contains(arg.substring(2))) {
				return usage(text("matching.cli.unknownOption", arg));
			}
			// a value is never an option: "--input --output p.csv" lacks the input, it does not read a file "--output"
			if (i + 1 == args.length || args[i + 1].startsWith("--")) {
				return usage(text("matching.cli.noValue", arg));
			}
			if (options.containsKey(arg.substring(2))) {
				return usage(text("matching.cli.repeatedOption", arg));
			}
			String value = args[++i];
			if (value.isBlank()) {
				return usage(text("matching.cli.emptyValue", arg));
			}
			options.put(arg.substring(2), value);
		}
		if (options.containsKey("lang") && language(options.get("lang")) == null) {
			return usage(text("matching.cli.unknownLanguage", options.get("lang")));
		}
		for (String required : List.of("--input", "--output")) {
			if (!options.containsKey(required.substring(2))) {
				return usage(text("matching.cli.missingOption", required));
			}
		}
		MatchThresholds thresholds;
		// without a POSSIBLE limit of the user's, the review queue is at most as long as the MATCH list (see ReviewQueue)
		boolean queueFilled = !options.containsKey("threshold-possible");
		try {
			double match = options.containsKey("threshold-match") ? Double.parseDouble(options.get("threshold-match"))
					: MatchThresholds.DEFAULT.match();
			// without a POSSIBLE limit of the user's, the usual one the queue starts from is never above the MATCH limit
			double possible = options.containsKey("threshold-possible")
					? Double.parseDouble(options.get("threshold-possible"))
					: Math.min(MatchThresholds.DEFAULT.possible(), match);
			if (!options.containsKey("threshold-match") && possible > match && possible <= 1) {
				err.println(text("matching.cli.possibleAboveMatch", options.get("threshold-possible"), shownLimit(match)));
				return 2;
			}
			// the clusters take no pair below the floor as MATCH: a lower MATCH limit would say what it does not do
			if (match < ReviewQueue.FLOOR && match >= 0) {
				err.println(text("matching.cli.matchBelowFloor", options.get("threshold-match"), shownLimit(ReviewQueue.FLOOR)));
				return 2;
			}
			thresholds = new MatchThresholds(match, possible);
		}
		catch (IllegalArgumentException ex) {
			err.println(text("matching.cli.thresholds"));
			return 2;
		}
		Charset encoding = null;
		if (options.containsKey("encoding")) {
			try {
				encoding = Charset.forName(options.get("encoding"));
			}
			catch (IllegalArgumentException ex) {
				err.println(text("matching.cli.unknownEncoding", options.get("encoding")));
				return 2;
			}
		}
		Path input = Path.of(options.get("input"));
		Map<String, Path> outputs = new java.util.LinkedHashMap<>();
		outputs.put("output", Path.of(options.get("output")));
		if (options.containsKey("clusters")) {
			outputs.put("clusters", Path.of(options.get("clusters")));
		}
		String clash = clash(input, outputs);
		if (clash != null) {
			err.println(clash);
			return 2;
		}
		for (Map.Entry<String, Path> output : outputs.entrySet()) {
			Path target = output.getValue().toAbsolutePath();
			if (target.getFileName() == null || target.getParent() == null
					|| Files.exists(target) && !Files.isRegularFile(target)) {
				err.println(text("matching.cli.notAFile", output.getValue(), "--" + output.getKey()));
				return 2;
			}
		}
		// each output is written to a file of its own beside it and moved into place at the end: a run that fails
		// leaves no half-written file, and a folder that cannot be written to is found before the matching, not after
		Map<String, Path> parts = new java.util.LinkedHashMap<>();
		// said without allocating much once memory has run out
		String outOfMemory = text("matching.cli.outOfMemory", Runtime.getRuntime().maxMemory() >> 20);
		try {
			for (Map.Entry<String, Path> output : outputs.entrySet()) {
				Path target = output.getValue().toAbsolutePath();
				String name = target.getFileName().toString();
				// a long name leaves room for the random part and the suffix within a file name's 255 characters
				String prefix = "." + (name.length() > 100 ? name.substring(0, 100) : name) + ".";
				Path part;
				try {
					part = Files.createTempFile(target.getParent(), prefix, ".part");
				}
				catch (java.nio.file.NoSuchFileException ex) {
					err.println(text("matching.cli.noFolder", target.getParent(), output.getValue()));
					return 1;
				}
				catch (java.nio.file.AccessDeniedException ex) {
					err.println(text("matching.cli.noPermission", target.getParent(), output.getValue()));
					return 1;
				}
				// stopped with Ctrl-C or by the system, the run still removes its parts: they hold people's ids
				part.toFile().deleteOnExit();
				parts.put(output.getKey(), part);
			}
			return execute(input, encoding, thresholds, queueFilled, outputs, parts);
		}
		catch (TooLongForWorkbook ex) {
			err.println(text("matching.cli.cannotWrite",
					text("matching.cli.tooLongForWorkbook", ex.length, TooLongForWorkbook.LONGEST)));
			return 1;
		}
		catch (IOException ex) {
			err.println(text("matching.cli.cannotWrite", InputReader.reason(ex)));
			return 1;
		}
		catch (OutOfMemoryError ex) {
			err.println(outOfMemory);
			return 1;
		}
		finally {
			for (Path part : parts.values()) {
				try {
					Files.deleteIfExists(part);
				}
				catch (IOException ex) {
					err.println(text("matching.cli.cannotWrite", InputReader.reason(ex)));
				}
			}
		}
	}

	/**
	 * The message when an output would be written over the input or over the other output (named twice, or through a
	 * link), or null.
	 */
	private String clash(Path input, Map<String, Path> outputs) {
		List<Map.Entry<String, Path>> files = new ArrayList<>(List.of(Map.entry("input", input)));
		files.addAll(outputs.entrySet());
		for (int i = 0; i < files.size(); i++) {
			for (int j = i + 1; j < files.size(); j++) {
				if (sameFile(files.get(i).getValue(), files.get(j).getValue())) {
					return text("matching.cli.sameFile", files.get(j).getValue(), "--" + files.get(i).getKey(),
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

	private int execute(Path input, Charset encoding, MatchThresholds thresholds, boolean queueFilled,
			Map<String, Path> outputs, Map<String, Path> parts) throws IOException {
		long started = System.nanoTime();
		List<InputReader.Line> lines;
		try {
			InputReader.Input read = InputReader.read(input, encoding);
			lines = read.lines();
			if (!read.otherSheets().isEmpty()) {
				err.println(text("matching.cli.otherSheets", read.sheet(), read.otherSheets().size(),
						String.join(", ", read.otherSheets())));
			}
		}
		catch (InputReader.InputException ex) {
			err.println(text(ex.key, ex.args));
			return 2;
		}
		int read = lines.size();
		List<PersonRecord> records = new ArrayList<>(read);
		int skipped = validate(lines, records);
		lines = null; // the rows' text, a map per row, is not needed while matching (hundreds of MB at 1,000,000 rows)
		if (records.isEmpty()) {
			err.println(text("matching.cli.noRecords"));
			return 2;
		}
		Result result = match(records, thresholds, queueFilled);
		Clustering.Clusters clusters = result.clusters;
		List<Pair> pairs = result.pairs;
		write(parts.get("output"), outputs.get("output"), new Table("pairs",
				List.of("left_id", "right_id", "score", "decision", "explanation"), pairs.size(),
				i -> List.of(records.get(pairs.get(i).left).id(), records.get(pairs.get(i).right).id(), pairs.get(i).score,
						pairs.get(i).decision.name(), pairs.get(i).result.explanation().render(locale))));
		if (parts.containsKey("clusters")) {
			write(parts.get("clusters"), outputs.get("clusters"), new Table("clusters", List.of("id", "cluster_id"),
					records.size(), i -> List.of(records.get(i).id(), records.get(clusters.first()[i]).id())));
		}
		for (Map.Entry<String, Path> part : parts.entrySet()) {
			moveIntoPlace(part.getValue(), outputs.get(part.getKey()));
		}
		parts.clear();
		long matches = result.pairs.stream().filter(p -> p.decision == MatchDecision.MATCH).count();
		// the file's own rate; the estimate adds 1,000 records at the fitted one, which outweighs a small file's
		String perRecord = String.format(Locale.ROOT, "%.3f", (double) result.certainPairs / records.size());
		String reference = String.format(Locale.ROOT, "%.3f", PriorEstimate.reference(records.size()));
		if (result.priorShift < 0) {
			err.println(text("matching.cli.prior.lowered", result.certainPairs, perRecord, reference,
					String.format(Locale.ROOT, "%.2f", -result.priorShift)));
		}
		else if (result.priorShift > 0) {
			err.println(text("matching.cli.prior.raised", result.certainPairs, perRecord, reference,
					String.format(Locale.ROOT, "%.2f", result.priorShift)));
		}
		else if (PriorEstimate.shift(0, records.size()) == 0) {
			// not even a file without a near-certain pair would have its prior lowered: this one is too small to tell
			err.println(text("matching.cli.prior.tooFewRecords", result.certainPairs, records.size()));
		}
		else {
			err.println(text("matching.cli.prior.kept", result.certainPairs, perRecord, reference));
		}
		if (result.yearGaps.read()) {
			err.println(text("matching.cli.yearGaps", result.yearGaps.pairs(),
					String.format(Locale.ROOT, "%.0f", 100 * result.yearGaps.sharedByTwoPeople()),
					String.format(Locale.ROOT, "%.1f", result.yearGaps.twoYears()),
					String.format(Locale.ROOT, "%.1f", result.yearGaps.threeYears())));
		}
		if (result.possibleFrom != thresholds.possible()) {
			err.println(text(result.possibleFrom < thresholds.possible() ? "matching.cli.queue.lengthened"
					: "matching.cli.queue.shortened", String.format(Locale.ROOT, "%.3f", result.possibleFrom),
					shownLimit(thresholds.possible())));
		}
		if (result.joined > 0 || result.parted > 0 || result.throughClusters > 0) {
			err.println(text("matching.cli.byClusters", result.joined, result.parted, shownLimit(thresholds.match()),
					result.throughClusters));
		}
		err.println(text("matching.cli.clusters", clusters.count(), records.size()));
		err.println(text("matching.cli.people", Math.round(clusters.people())));
		err.println(text("matching.cli.summary", read, skipped, matches, result.pairs.size() - matches,
				String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9)));
		return 0;
	}

	/** Replaces the target whole, in one step where the file system can. */
	private static void moveIntoPlace(Path part, Path target) throws IOException {
		try {
			Files.move(part, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
					java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		}
		catch (java.nio.file.AtomicMoveNotSupportedException ex) {
			Files.move(part, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** A limit as the user gave it, with two decimals at least: 0.50, 0.995 (not 1.00). */
	static String shownLimit(double limit) {
		BigDecimal shown = BigDecimal.valueOf(limit).stripTrailingZeros();
		return (shown.scale() < 2 ? shown.setScale(2) : shown).toPlainString();
	}

	/** Names what is wrong with the arguments, then shows the usage. */
	private int usage(String problem) {
		err.println(problem);
		err.println(text("matching.cli.usage"));
		return 2;
	}

	/** Speaks the language of {@code --lang} wherever it is on the line, when it names one. */
	private void speak(String[] args) {
		for (int i = 0; i + 1 < args.length; i++) {
			Locale asked = "--lang".equals(args[i]) ? language(args[i + 1]) : null;
			if (asked != null) {
				locale = asked;
				messages = bundle(locale);
			}
		}
	}

	/** The language {@code --lang} names, in any case, or null. */
	private static Locale language(String name) {
		return switch (name.toLowerCase(Locale.ROOT)) {
			case "tr" -> Locale.forLanguageTag("tr");
			case "en" -> Locale.ENGLISH;
			default -> null;
		};
	}

	/**
	 * Why {@code OpenNrmApplication} does not start the web application for arguments that hold an option of this
	 * command ({@code --input}, or {@code --help}), and the commands of the jar.
	 */
	public static String misplacedOption(String[] args, String option) {
		BulkMatchCommand command = new BulkMatchCommand(null, null);
		command.speak(args);
		return command.text("matching.cli.misplacedOption", option) + "\n" + command.text("matching.cli.commands");
	}

	/**
	 * Why {@code OpenNrmApplication} does not start the web application for a word that is not its first command:
	 * {@code meant} is the command it is taken for ({@code match} itself when it is not first), or null.
	 */
	public static String unknownCommand(String[] args, String word, String meant) {
		BulkMatchCommand command = new BulkMatchCommand(null, null);
		command.speak(args);
		String problem = meant == null ? command.text("matching.cli.unknownCommand", word)
				: word.equals(meant) ? command.text("matching.cli.commandNotFirst", word)
						: command.text("matching.cli.mistypedCommand", word, meant);
		return problem + "\n" + command.text("matching.cli.commands");
	}

	/**
	 * Turns lines into records. A line that is no record (wrong number of fields, no id or one seen before, a date
	 * that is no date) is reported and skipped; a field that holds no value of its kind (a birth date nobody is born
	 * on, a sex or citizenship of another notation) is reported and left out, and the record kept; a converted date
	 * is reported.
	 */
	private int validate(List<InputReader.Line> lines, List<PersonRecord> records) {
		Set<String> ids = new HashSet<>();
		BirthDates birthDates = new BirthDates(LocalDate.now());
		int skipped = 0;
		for (InputReader.Line line : lines) {
			Map<String, String> v = line.values();
			RowMessage problem = line.problemKey() != null ? new RowMessage(line.problemKey(), line.problemArgs())
					: checkId(v.get("id"), ids);
			List<RowMessage> notices = new ArrayList<>();
			List<String> citizenship = problem != null ? List.of() : citizenship(v.get("citizenship"), notices);
			BirthDates.Reading birth = problem != null ? null : birthDates.read(v.get("birth_date"), v.get("birth_year"), citizenship);
			if (birth != null && birth.problem() != null) {
				problem = datesShown(birth.problem(), v.get("birth_date"), v.get("birth_year"));
			}
			if (problem != null) {
				report("skipped " + problem.key(), line.number(),
						text("matching.cli.row.skipped", line.number(), text(problem.key(), problem.args())));
				skipped++;
				continue;
			}
			for (RowMessage notice : birth.notices()) {
				notices.add(datesShown(notice, v.get("birth_date"), v.get("birth_year")));
			}
			Sex sex = sex(v.get("sex"), notices);
			String given = name(v.get("given_names"), "given_names", notices);
			String family = name(v.get("family_names"), "family_names", notices);
			String original = name(v.get("full_name_original"), "full_name_original", notices);
			for (RowMessage notice : notices) {
				report("note " + notice.key(), line.number(),
						text("matching.cli.row.note", line.number(), text(notice.key(), notice.args())));
			}
			ids.add(v.get("id"));
			records.add(new PersonRecord(v.get("id"), blank(given), blank(family), blank(original), birth.date(),
					birth.year(), sex, citizenship));
		}
		for (long[] kind : reported.values()) {
			if (kind[0] > LINES_PER_MESSAGE) {
				err.println(text("matching.cli.moreLines", kind[0] - LINES_PER_MESSAGE, kind[1], LINES_PER_MESSAGE));
			}
		}
		return skipped;
	}

	/**
	 * Lines listed of one kind of message, at most: a file whose every row writes its sex in words would otherwise
	 * print a million lines, and bury the summary and every other message. The rest are counted.
	 */
	static final int LINES_PER_MESSAGE = 100;

	/** For each kind of message, how many lines had it and the first of them. */
	private final Map<String, long[]> reported = new java.util.LinkedHashMap<>();

	private void report(String kind, long line, String message) {
		long[] seen = reported.computeIfAbsent(kind, k -> new long[] { 0, line });
		if (++seen[0] <= LINES_PER_MESSAGE) {
			err.println(message);
		}
	}

	/** The longest name field compared, as the candidate API takes it: a longer one is a note pasted into it. */
	static final int LONGEST_NAME = 400;

	/** A name field, cut to {@link #LONGEST_NAME} characters (and reported) when longer. */
	static String name(String value, String column, List<RowMessage> notices) {
		if (value.length() <= LONGEST_NAME) {
			return value;
		}
		notices.add(new RowMessage("matching.cli.row.longName", column, LONGEST_NAME));
		return value.substring(0, LONGEST_NAME);
	}

	/** The longest value of a cell repeated in a message. */
	static final int SHOWN = 20;

	/**
	 * A value of the file as a row's message shows it: quoted when it cannot be a name or a number that identifies a
	 * person (at most two letters, a code such as K or TR, and at most eight digits, a date's: 12/03/1990, 19x0),
	 * otherwise described by its length alone. A misplaced column puts names where a date, a sex or a citizenship is
	 * read, and the messages end up in logs; a name of three letters (Ali, Nur) is a name all the same.
	 */
	static Object shown(String value) {
		long letters = value.codePoints().filter(Character::isLetter).count();
		long digits = value.codePoints().filter(Character::isDigit).count();
		return letters > 2 || digits > 8 ? new Hidden(value.codePointCount(0, value.length())) : "\"" + cut(value) + "\"";
	}

	/** A value of the file not shown in a message, of {@code length} characters. */
	record Hidden(int length) {
	}

	/** A text cut to {@link #SHOWN} characters. */
	static String cut(String text) {
		return text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text;
	}

	/**
	 * A message of {@link BirthDates}, which quotes the line's date and year texts as written, with those texts
	 * {@linkplain #shown shown} as every value of the file is (its other arguments are dates it computed, and codes).
	 */
	private static RowMessage datesShown(RowMessage message, String dateText, String yearText) {
		Object[] args = message.args().clone();
		for (int i = 0; i < args.length; i++) {
			if (args[i] instanceof String text && !text.isEmpty() && (text.equals(dateText) || text.equals(yearText))) {
				args[i] = shown(text);
			}
		}
		return new RowMessage(message.key(), args);
	}

	/** Why the id makes the line no record, or null: none, or one a record read before has (a skipped line takes none). */
	private static RowMessage checkId(String id, Set<String> ids) {
		if (id.isEmpty()) {
			return new RowMessage("matching.cli.row.noId");
		}
		if (ids.contains(id)) {
			// ids are shown: a user finds the row by its id, and the outputs hold the ids in full anyway
			return new RowMessage("matching.cli.row.duplicateId", cut(id));
		}
		return null;
	}

	/** Sex as {@link Sex#read} reads it; anything else is reported and left out. */
	static Sex sex(String value, List<RowMessage> notices) {
		if (!Sex.readable(value)) {
			notices.add(new RowMessage("matching.cli.row.badSex", shown(value)));
			return null;
		}
		return Sex.read(value);
	}

	/**
	 * The codes a citizenship is written with: ISO 3166-1 alpha-3, as OpenNRM's reference data holds them (no code of
	 * ICAO's for a stateless person or a refugee, XXA to XXC, nor Kosovo's XKX).
	 */
	private static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

	/**
	 * ISO 3166-1 alpha-3 codes, several separated by | or /; anything else is reported and left out, a code that is no
	 * country's too (XYZ), as it would otherwise count as a citizenship that differs from every other.
	 */
	static List<String> citizenship(String value, List<RowMessage> notices) {
		if (value.isEmpty()) {
			return List.of();
		}
		if (!value.matches("[A-Za-z]{3}(\\s*[|/]\\s*[A-Za-z]{3})*")) {
			notices.add(new RowMessage("matching.cli.row.badCitizenship", shown(value)));
			return List.of();
		}
		List<String> codes = Arrays.stream(value.split("[|/]")).map(c -> c.strip().toUpperCase(Locale.ROOT)).toList();
		if (!COUNTRIES.containsAll(codes)) {
			notices.add(new RowMessage("matching.cli.row.unknownCitizenship", shown(value)));
			return List.of();
		}
		return codes;
	}

	private static String blank(String value) {
		return value == null || value.isEmpty() ? null : value;
	}

	// --- matching ---------------------------------------------------------------------------------------------

	record Pair(int left, int right, double score, MatchDecision decision, MatchResult result) {
	}

	/**
	 * The pairs decided MATCH or POSSIBLE, the prior's correction (the near-certain pairs counted and the bits the
	 * prior odds were lowered by, {@link PriorEstimate}), the weights of years apart the file showed
	 * ({@link YearGaps}), the score from which pairs were POSSIBLE, the clusters, and
	 * the pairs whose decision the clusters changed ({@link ClusterDecisions.Outcome}).
	 */
	record Result(List<Pair> pairs, long certainPairs, double priorShift, YearGaps yearGaps, double possibleFrom,
			Clustering.Clusters clusters, long joined, long parted, long throughClusters) {
	}

	/** A pair worth deciding once the prior is known: its evidence in bits. */
	private record Scored(int left, int right, double bits) {
	}

	/**
	 * Matches the records with one another.
	 *
	 * @param queueFilled whether the POSSIBLE limit follows the MATCH list ({@link ReviewQueue}): below
	 *                    {@code thresholds.possible()}, down to {@link ReviewQueue#FLOOR}, while the review queue is
	 *                    shorter, above it when the queue would be longer
	 */
	Result match(List<PersonRecord> records, MatchThresholds thresholds, boolean queueFilled) {
		int n = records.size();
		// pairs from the floor are kept whatever the POSSIBLE limit: the clusters weigh them (see below)
		double lowest = Math.min(ReviewQueue.FLOOR, thresholds.possible());
		PersonMatcher base = PersonMatcher.standard().withThresholds(new MatchThresholds(thresholds.match(), lowest));
		PreparedPerson[] prepared = new PreparedPerson[n];
		IntStream.range(0, n).parallel().forEach(i -> prepared[i] = base.prepare(records.get(i)));
		// names written apart that the file writes whole are joined again, then the file's names are counted as joined
		NameFrequencies.Counter written = NameFrequencies.counter();
		Arrays.stream(prepared).forEach(written::addSpellings);
		IntStream.range(0, n).parallel().forEach(i -> prepared[i] = base.joinWrittenApart(prepared[i], written::records));
		NameFrequencies.Counter names = NameFrequencies.counter();
		Arrays.stream(prepared).forEach(names::add);
		// what years two or three apart weigh where a date is soft, as this file shows (most often the fitted weights)
		YearGaps yearGaps = YearGaps.estimate(prepared);
		PersonMatcher matcher = base.withFrequencies(names.build()).withPopulation(n).withYearGaps(yearGaps);

		// One pass over the compared pairs: their evidence, the near-certain ones counted. The prior they are decided
		// with is known only after it, and can be raised by up to PriorEstimate.LARGEST_RAISE: the pairs left behind
		// here are those below the lowest limit even with the prior raised that far.
		PersonMatcher keeper = matcher.withPriorShift(PriorEstimate.LARGEST_RAISE);
		BlockTable blocks = BlockTable.build(n, i -> matcher.bulkBlockingKeys(prepared[i]));
		OneNameBlocks oneName = OneNameBlocks.build(prepared, matcher, affordsSlips(n));
		BlockTable slips = slipBlocks(prepared, matcher);
		ConcurrentLinkedQueue<Scored> kept = new ConcurrentLinkedQueue<>();
		LongAdder certain = new LongAdder();
		Progress progress = new Progress(n);
		int smallBlock = smallBlock(n);
		ThreadLocal<Votes> votes = ThreadLocal.withInitial(() -> new Votes(n));
		IntStream.range(0, n).parallel().forEach(i -> {
			for (int j : candidates(i, blocks, smallBlock, oneName, slips, votes.get())) {
				double bits = matcher.evidenceBits(prepared[i], prepared[j]);
				if (bits >= PriorEstimate.CERTAIN_BITS) {
					certain.increment();
				}
				if (keeper.decide(keeper.score(bits)) != MatchDecision.NO_MATCH) {
					kept.add(new Scored(i, j, bits));
				}
			}
			progress.step();
		});
		progress.done();

		double shift = PriorEstimate.shift(certain.sum(), n);
		PersonMatcher shifted = matcher.withPriorShift(shift);
		// the records grouped into people by the pairs' scores (every pair from the floor weighs, whatever the review
		// queue's limit, so that the clusters and the MATCH pairs do not depend on it); then the clusters decide
		List<ClusterDecisions.Compared> compared = kept.stream()
			.map(p -> new ClusterDecisions.Compared(p.left(), p.right(), shifted.score(p.bits())))
			.toList();
		kept.clear(); // held twice at 1,000,000 records otherwise
		// one index of the pairs' scores for the grouping and the queue: a pair below the floor counts as one in no row
		Clustering.Links links = new Clustering.Links(n, compared.size(), i -> compared.get(i).left(),
				i -> compared.get(i).right(), i -> compared.get(i).score(), ReviewQueue.FLOOR);
		List<Pair> matches = compared.stream()
			.filter(p -> p.score() >= ReviewQueue.FLOOR && p.score() >= thresholds.match())
			.map(p -> new Pair(p.left(), p.right(), p.score(), MatchDecision.MATCH, null))
			.toList();
		int[] first = Clustering.group(n, links, matches);
		matches = null;
		PersonMatcher decider = shifted.withThresholds(new MatchThresholds(thresholds.match(), lowest));
		ClusterDecisions.Outcome outcome = ClusterDecisions.decide(first, compared, links, thresholds, queueFilled,
				(left, right) -> shifted.score(matcher.evidenceBits(prepared[left], prepared[right])),
				(left, right) -> decider.compare(prepared[left], prepared[right]));
		// the people estimate weighs the links the reviewers get, as it was measured (docs/matching.md)
		Clustering.Clusters clusters = new Clustering.Clusters(first, Clustering.count(first),
				Clustering.people(first, outcome.pairs()));
		return new Result(outcome.pairs(), certain.sum(), shift, yearGaps, outcome.possibleFrom(), clusters, outcome.joined(),
				outcome.parted(), outcome.throughClusters());
	}

	/** Blocks this small are specific enough that sharing one is reason to compare. */
	static final int SMALL_BLOCK = 40;

	/**
	 * Comparisons a file can afford for sharing one key alone: a block of up to this many records divided by the
	 * file's records is small enough, when that is more than {@link #SMALL_BLOCK} (400 at 10,000 records, 40 from
	 * 100,000). A small file compares nearly every two records that share a key, as it takes seconds: at 10,000
	 * generated records MATCH-or-POSSIBLE recall went from 0.970 to 0.979 (typing slips in names leave one key shared,
	 * not two), for 2 s more. At 100,000 records, 80 instead of 40 would have added 0.2 point for 4 s, and 160 taken
	 * the run past its 60 s.
	 */
	static final long SMALL_FILE_BUDGET = 4_000_000;

	/** The size up to which one shared block is reason to compare, in a file of {@code records}. */
	static int smallBlock(int records) {
		return (int) Math.max(SMALL_BLOCK, Math.min(BLOCK_LIMIT, SMALL_FILE_BUDGET / Math.max(1, records)));
	}

	/**
	 * The blocks by which a record naming one name only meets the records carrying that name among others
	 * ({@link PersonMatcher#oneNameKeys}), and which records name one name. Sharing such a block is reason to compare
	 * two records only when one of them names one name: "Mehmet Yılmaz" and "Mehmet Kaya" share "Mehmet" and are not
	 * compared for it. Only the keys some record naming one name has are filed, so a file without such records files
	 * none (the benchmark's generated registers) and one with a few files few.
	 */
	record OneNameBlocks(BlockTable table, boolean[] oneName) {

		/**
		 * @param slips whether a slip in a name alone counts too ({@link PersonMatcher#oneNameSlipKeys}; a file
		 *              that {@linkplain #affordsSlips affords them})
		 */
		static OneNameBlocks build(PreparedPerson[] prepared, PersonMatcher matcher, boolean slips) {
			int n = prepared.length;
			boolean[] oneName = new boolean[n];
			Map<Integer, Set<String>> ownKeys = new HashMap<>();
			Set<String> wanted = new HashSet<>();
			for (int i = 0; i < n; i++) {
				oneName[i] = matcher.namesOneName(prepared[i]);
				if (oneName[i]) {
					Set<String> keys = keys(matcher, prepared[i], slips);
					ownKeys.put(i, keys);
					wanted.addAll(keys);
				}
			}
			if (wanted.isEmpty()) {
				return null;
			}
			BlockTable table = BlockTable.build(n, i -> oneName[i] ? ownKeys.get(i)
					: keys(matcher, prepared[i], slips).stream().filter(wanted::contains).toList());
			return new OneNameBlocks(table, oneName);
		}

		/** A record's keys of names alone: as written, and with a slip if {@code slips}. */
		private static Set<String> keys(PersonMatcher matcher, PreparedPerson person, boolean slips) {
			Set<String> keys = new LinkedHashSet<>(matcher.oneNameKeys(person));
			if (slips) {
				keys.addAll(matcher.oneNameSlipKeys(person));
			}
			return keys;
		}

	}

	/**
	 * The records after {@code i} worth comparing with it: those sharing at least two blocking keys, or one
	 * small block (of up to {@code smallBlock} records), or, when one of the two names one name only, one small block
	 * of {@code oneName} (null: no record of the file does), or one small block of {@code slips} (null: the file is
	 * too large to afford them; {@link #slipBlocks}). Records of one person share several keys (the name with the
	 * year, twice; name pairs); two people who only share a common name with a year do not get compared at all.
	 */
	static int[] candidates(int i, BlockTable blocks, int smallBlock, OneNameBlocks oneName, BlockTable slips) {
		return candidates(i, blocks, smallBlock, oneName, slips, new Votes(blocks.records()));
	}

	/** The same, counting with {@code votes} (one per thread, reused record after record). */
	static int[] candidates(int i, BlockTable blocks, int smallBlock, OneNameBlocks oneName, BlockTable slips,
			Votes votes) {
		for (long key : blocks.keys(i)) {
			int first = blocks.first(key);
			int end = blocks.end(key);
			if (end - first <= BLOCK_LIMIT) {
				votes.add(blocks, key, first, end, i, end - first <= smallBlock ? 2 : 1, j -> true);
			}
		}
		if (oneName != null) {
			boolean[] lone = oneName.oneName();
			votes.addSmall(oneName.table(), i, smallBlock, j -> lone[i] || lone[j]);
		}
		if (slips != null) {
			votes.addSmall(slips, i, smallBlock, j -> true);
		}
		return votes.chosen();
	}

	/** The same, without blocks of slips. */
	static int[] candidates(int i, BlockTable blocks, int smallBlock, OneNameBlocks oneName) {
		return candidates(i, blocks, smallBlock, oneName, null);
	}

	/**
	 * Whether a file of {@code records} is small enough to be keyed for slips too ({@link PersonMatcher#slipKeys},
	 * {@link PersonMatcher#oneNameSlipKeys}): one whose small-block size is above {@link #SMALL_BLOCK}, below about
	 * 100,000 records. At 10,000 records they add about a second; at 100,000 the slips in name pairs would add 0.2 to
	 * 0.5 point of recall for a fifth more time (8 s on the generated register), those in names alone nothing for 2 to
	 * 7 s on the first independent register, whose time was then near the 60 s the issue allows (the time won since is
	 * kept for slower files, docs/matching.md).
	 */
	static boolean affordsSlips(int records) {
		return smallBlock(records) > SMALL_BLOCK;
	}

	/** The blocks of names with a slip, for a file that {@linkplain #affordsSlips affords them}; null otherwise. */
	static BlockTable slipBlocks(PreparedPerson[] prepared, PersonMatcher matcher) {
		return affordsSlips(prepared.length)
				? BlockTable.build(prepared.length, i -> matcher.slipKeys(prepared[i]))
				: null;
	}

	/**
	 * The records after one that its blocks bring, with their votes; those with two votes or more are compared. Counted
	 * in an array over the file's records, as sorting every vote cast took a twentieth of a run.
	 */
	static final class Votes {

		/** Each record's votes so far, up to 2 (enough to tell); 0 for every record between two calls of {@link #chosen}. */
		private final byte[] counts;

		/** The records that have a vote, each once. */
		private int[] voted = new int[64];

		private int count;

		Votes(int records) {
			this.counts = new byte[records];
		}

		/** Every record of a block of at most {@code smallBlock} records that {@code wanted} accepts, two votes each. */
		void addSmall(BlockTable table, int i, int smallBlock, IntPredicate wanted) {
			for (long key : table.keys(i)) {
				int first = table.first(key);
				int end = table.end(key);
				if (end - first <= smallBlock) {
					add(table, key, first, end, i, 2, wanted);
				}
			}
		}

		/**
		 * Every record after {@code i} of the block of {@code key} (entries {@code first} to {@code end}) that
		 * {@code wanted} accepts, {@code votes} votes each.
		 */
		void add(BlockTable table, long key, int first, int end, int i, int votes, IntPredicate wanted) {
			for (int at = table.after(key, i, first, end); at < end; at++) {
				int j = table.record(at);
				if (wanted.test(j)) {
					int had = counts[j];
					if (had == 0) {
						if (count == voted.length) {
							voted = Arrays.copyOf(voted, count * 2);
						}
						voted[count++] = j;
					}
					counts[j] = (byte) Math.min(2, had + votes);
				}
			}
		}

		/** The records with two votes or more, in order; the votes are then cleared. */
		int[] chosen() {
			int[] chosen = new int[count];
			int size = 0;
			for (int k = 0; k < count; k++) {
				int j = voted[k];
				if (counts[j] >= 2) {
					chosen[size++] = j;
				}
				counts[j] = 0;
			}
			count = 0;
			Arrays.sort(chosen, 0, size);
			return size == chosen.length ? chosen : Arrays.copyOf(chosen, size);
		}

	}

	// --- output -----------------------------------------------------------------------------------------------

	/**
	 * An output: the name of its sheet in a workbook, its columns, and each of its rows, whose values are texts and
	 * scores (numbers).
	 */
	record Table(String sheet, List<String> columns, int size, IntFunction<List<Object>> row) {
	}

	/** Writes {@code table} to {@code file}: as a workbook when {@code target} is named {@code .xlsx}, else as CSV. */
	private static void write(Path file, Path target, Table table) throws IOException {
		if (target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
			writeWorkbook(file, table, SpreadsheetVersion.EXCEL2007.getMaxRows() - 1);
		}
		else {
			writeCsv(file, table);
		}
	}

	/** CSV in UTF-8, comma-separated, scores with four decimals and a point, texts {@linkplain #asText as text}. */
	private static void writeCsv(Path file, Table table) throws IOException {
		try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
					.setHeader(table.columns().toArray(String[]::new)).get())) {
			for (int i = 0; i < table.size(); i++) {
				csv.printRecord(table.row().apply(i).stream()
					.map(value -> value instanceof Double score ? String.format(Locale.ROOT, "%.4f", score)
							: asText((String) value))
					.toList());
			}
		}
	}

	/**
	 * An Excel workbook, which opens as it should in Excel of any language, where a CSV file does not (Turkish
	 * Excel reads it as windows-1254 and splits its columns at semicolons): texts in text cells, which run nothing
	 * whatever they begin with, scores in number cells shown with four decimals in the reader's own notation. Its rows
	 * are written straight into the file as they are made (POI's streaming workbook, nothing held in memory or in a
	 * temporary file: the output describes people); a sheet holds {@code rowsPerSheet} rows below its header, and the
	 * rows after them go on further sheets, "pairs 2" and on (Excel's sheet ends at 1,048,576 rows).
	 */
	static void writeWorkbook(Path file, Table table, int rowsPerSheet) throws IOException {
		try (DeferredSXSSFWorkbook workbook = new DeferredSXSSFWorkbook();
				OutputStream stream = Files.newOutputStream(file)) {
			CellStyle scoreStyle = workbook.createCellStyle();
			scoreStyle.setDataFormat(workbook.createDataFormat().getFormat("0.0000"));
			int sheets = Math.max(1, (table.size() + rowsPerSheet - 1) / rowsPerSheet);
			for (int s = 0; s < sheets; s++) {
				int from = s * rowsPerSheet;
				int to = Math.min(table.size(), from + rowsPerSheet);
				DeferredSXSSFSheet sheet = workbook.createSheet(s == 0 ? table.sheet() : table.sheet() + " " + (s + 1));
				sheet.setRowGenerator(rows -> {
					Row header = rows.createRow(0);
					for (int c = 0; c < table.columns().size(); c++) {
						header.createCell(c).setCellValue(table.columns().get(c));
					}
					for (int i = from; i < to; i++) {
						Row row = rows.createRow(i - from + 1);
						List<Object> values = table.row().apply(i);
						for (int c = 0; c < values.size(); c++) {
							Cell cell = row.createCell(c);
							if (values.get(c) instanceof Double score) {
								cell.setCellValue(score);
								cell.setCellStyle(scoreStyle);
							}
							else if (((String) values.get(c)).length() > TooLongForWorkbook.LONGEST) {
								throw new TooLongForWorkbook(((String) values.get(c)).length());
							}
							else {
								cell.setCellValue((String) values.get(c));
							}
						}
					}
				});
			}
			workbook.writeAvoidingTempFiles(stream);
		}
		catch (IOException ex) {
			// POI wraps what the rows' generator throws
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof TooLongForWorkbook tooLong) {
					throw tooLong;
				}
			}
			throw ex;
		}
	}

	/** A text longer than a cell of a workbook holds (an id of a CSV file can be any length). */
	static final class TooLongForWorkbook extends IOException {

		static final int LONGEST = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

		final int length;

		TooLongForWorkbook(int length) {
			this.length = length;
		}

	}

	/**
	 * A text of a CSV output as a spreadsheet will show it: one that begins as a formula would (=, +, -, @, a tab or a
	 * line break) gets an apostrophe before it, so that opening the file runs nothing (an id such as
	 * {@code =HYPERLINK(…)} in a merged legacy file; OWASP's advice for CSV files). So does one that begins with an
	 * apostrophe, so that a program joining the output to the records by id removes exactly one leading apostrophe
	 * from an id that has one.
	 */
	static String asText(String id) {
		return !id.isEmpty() && "=+-@\t\r\n'".indexOf(id.charAt(0)) >= 0 ? "'" + id : id;
	}

	/** A progress bar on stderr for runs long enough to need one. */
	private final class Progress {

		private final int total;
		private final AtomicInteger done = new AtomicInteger();
		private final boolean show;
		private volatile int shown = -1;

		Progress(int total) {
			this.total = total;
			this.show = total >= 20_000;
		}

		void step() {
			int now = done.incrementAndGet();
			if (show) {
				int percent = (int) (100L * now / total);
				if (percent != shown && percent % 2 == 0) {
					shown = percent;
					synchronized (err) {
						err.print("\r[" + "#".repeat(percent / 4) + " ".repeat(25 - percent / 4) + "] " + percent + "% "
								+ text("matching.cli.progress", now, total));
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

	private String text(String key, Object... args) {
		Object[] safe = args.clone();
		for (int i = 0; i < safe.length; i++) {
			if (safe[i] instanceof CharSequence || safe[i] instanceof Path) {
				safe[i] = printable(safe[i].toString());
			}
			else if (safe[i] instanceof Hidden hidden) {
				safe[i] = text("matching.cli.row.hiddenValue", hidden.length());
			}
		}
		return new MessageFormat(messages.getString(key), locale).format(safe);
	}

	/**
	 * A text of the input as a terminal may print it: control and format characters (an escape sequence that clears
	 * the screen or moves the cursor up over a "skipped" line, a bell, a right-to-left override) shown as their code,
	 * {@code \\u001B} for an escape, instead of acting.
	 */
	static String printable(String text) {
		StringBuilder shown = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int type = Character.getType(c);
			// the zero-width non-joiner and joiner are format characters, but part of how Persian names are written
			boolean acts = type == Character.CONTROL || type == Character.FORMAT && c != '\u200C' && c != '\u200D'
					|| type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
			if (acts) {
				if (shown == null) {
					shown = new StringBuilder(text.length() + 8).append(text, 0, i);
				}
				shown.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
			}
			else if (shown != null) {
				shown.append(c);
			}
		}
		return shown == null ? text : shown.toString();
	}

	private static ResourceBundle bundle(Locale locale) {
		return ResourceBundle.getBundle("i18n/matching/messages",
				"tr".equals(locale.getLanguage()) ? Locale.forLanguageTag("tr") : Locale.ROOT,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

}
