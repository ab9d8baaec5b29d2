package org.opennrm.matching.bulk;

import java.io.FileDescriptor;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.opennrm.matching.MatchDecision;
import org.opennrm.matching.MatchThresholds;
import org.opennrm.matching.PersonRecord;
import org.opennrm.matching.PriorEstimate;

/**
 * {@code java -jar opennrm.jar match --input records.csv --output pairs.csv|pairs.xlsx [--lang tr|en]
 * [--threshold-match X] [--threshold-possible Y] [--clusters clusters.csv|clusters.xlsx] [--encoding NAME]} (or
 * {@code --help}): finds the records of a file that belong to the same person, without a database, a web server or
 * {@code ./data}. Its arguments are read by {@link Arguments}, the lines checked by {@link RecordChecks}, the outputs
 * written by {@link OutputFiles}, the file matched by {@link FileMatching}; here is the run.
 */
public final class BulkMatchCommand {

	/** The options the command takes, each with a value. */
	public static final Set<String> OPTIONS = Arguments.OPTIONS;

	private final PrintStream out;
	private final PrintStream err;
	private final CommandText text;

	private BulkMatchCommand(PrintStream out, PrintStream err, CommandText text) {
		this.out = out;
		this.err = err;
		this.text = text;
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		// the language first, so that every message, one about another argument too, is in it
		return new BulkMatchCommand(out, err, CommandText.of(args)).execute(args);
	}

	private int execute(String[] args) {
		Arguments arguments;
		try {
			arguments = Arguments.read(args, text, out, err);
		}
		catch (Arguments.Stop stop) {
			return stop.exitCode();
		}
		OutputFiles outputs = new OutputFiles(arguments.outputs());
		// said without allocating much once memory has run out
		String outOfMemory = text.text("matching.cli.outOfMemory", Runtime.getRuntime().maxMemory() >> 20);
		try {
			String refused = outputs.createParts(text);
			if (refused != null) {
				// a folder that does not exist or cannot be written to: a wrong path, as a wrong argument is
				err.println(refused);
				return 2;
			}
			return execute(arguments, outputs);
		}
		catch (TableWriter.TooLongForWorkbook ex) {
			// the file's ids do not fit the output's format: another name for it is the answer, as for an argument
			err.println(text.text("matching.cli.cannotWrite",
					text.text("matching.cli.tooLongForWorkbook", ex.length, TableWriter.TooLongForWorkbook.LONGEST)));
			return 2;
		}
		catch (OutputFiles.CannotWrite ex) {
			// the disk filled up or the system refused the file: what the user can do, not the system's message
			err.println(text.text("matching.cli.cannotWriteOutput", ex.target, "--" + ex.option));
			return 1;
		}
		catch (OutOfMemoryError ex) {
			err.println(outOfMemory);
			return 1;
		}
		finally {
			// a part left holds the ids of the input's records
			outputs.deleteParts(part -> err.println(text.text("matching.cli.partLeft", part)));
		}
	}

	private int execute(Arguments arguments, OutputFiles outputs)
			throws OutputFiles.CannotWrite, TableWriter.TooLongForWorkbook {
		long started = System.nanoTime();
		List<InputReader.Line> lines;
		CommandText rowText;
		try {
			InputReader.Input read = InputReader.read(arguments.input(), arguments.encoding(),
					arguments.encodingForced());
			lines = read.lines();
			// a row's message names a column as the file's header does, in English or in Turkish
			rowText = text.naming(read.columns());
			for (RowMessage notice : read.notices()) {
				err.println(text.text(notice.key(), notice.args()));
			}
			if (!read.otherSheets().isEmpty()) {
				err.println(text.text("matching.cli.otherSheets", read.sheet(), read.otherSheets().size(),
						String.join(", ", read.otherSheets())));
			}
		}
		catch (InputReader.InputException ex) {
			err.println(text.text(ex.key, ex.args));
			return 2;
		}
		int read = lines.size();
		List<PersonRecord> records = new ArrayList<>(read);
		int skipped = new RecordChecks(rowText, err).validate(lines, records);
		lines = null; // the rows' text, a map per row, is not needed while matching (hundreds of MB at 1,000,000 rows)
		if (records.isEmpty()) {
			err.println(text.text("matching.cli.noRecords"));
			return 2;
		}
		FileMatching.Result result = FileMatching.match(records, arguments.thresholds(), arguments.queueFilled(),
				new Progress(records.size(), err, text, Progress.stderrIsTerminal()));
		Clustering.Clusters clusters = result.clusters();
		List<FileMatching.Pair> pairs = result.pairs();
		outputs.write("output", new Table("pairs", List.of("left_id", "right_id", "score", "decision", "explanation"),
				pairs.size(), i -> List.of(records.get(pairs.get(i).left()).id(), records.get(pairs.get(i).right()).id(),
						pairs.get(i).score(), pairs.get(i).decision().name(),
						pairs.get(i).result().explanation().render(text.locale()))));
		if (outputs.has("clusters")) {
			outputs.write("clusters", new Table("clusters", List.of("id", "cluster_id"), records.size(),
					i -> List.of(records.get(i).id(), records.get(clusters.first()[i]).id())));
		}
		outputs.moveIntoPlace();
		long matches = result.pairs().stream().filter(p -> p.decision() == MatchDecision.MATCH).count();
		summarise(result, records.size(), matches, arguments.thresholds());
		err.println(text.text("matching.cli.summary", read, skipped, matches, result.pairs().size() - matches,
				(System.nanoTime() - started) / 1e9));
		return 0;
	}

	/**
	 * What the run found beyond the pairs: the prior's correction, the weights of years apart, the review queue's
	 * start, the decisions the clusters changed, the clusters and the people. Numbers are passed as numbers, for the
	 * messages to write them as the run's language does (0,25 in Turkish).
	 */
	private void summarise(FileMatching.Result result, int records, long matches, MatchThresholds thresholds) {
		// the file's own rate; the estimate adds 1,000 records at the fitted one, which outweighs a small file's
		double perRecord = (double) result.certainPairs() / records;
		double reference = PriorEstimate.reference(records);
		if (result.priorShift() < 0) {
			err.println(text.text("matching.cli.prior.lowered", result.certainPairs(), perRecord, reference,
					-result.priorShift()));
		}
		else if (result.priorShift() > 0) {
			err.println(text.text("matching.cli.prior.raised", result.certainPairs(), perRecord, reference,
					result.priorShift()));
		}
		else if (PriorEstimate.shift(0, records) == 0) {
			// not even a file without a near-certain pair would have its prior lowered: this one is too small to tell
			err.println(text.text("matching.cli.prior.tooFewRecords", result.certainPairs(), records));
		}
		else {
			err.println(text.text("matching.cli.prior.kept", result.certainPairs(), perRecord, reference));
		}
		if (result.yearGaps().read()) {
			err.println(text.text("matching.cli.yearGaps", result.yearGaps().pairs(),
					100 * result.yearGaps().sharedByTwoPeople(), result.yearGaps().twoYears(),
					result.yearGaps().threeYears()));
		}
		if (result.possibleFrom() != thresholds.possible()) {
			// the queue's room: as many pairs as the MATCH list, or ReviewQueue.SHORTEST when that is shorter
			RowMessage room = matches >= ReviewQueue.SHORTEST ? new RowMessage("matching.cli.queue.matchList", matches)
					: new RowMessage("matching.cli.queue.shortest", ReviewQueue.SHORTEST, matches);
			err.println(text.text(result.possibleFrom() < thresholds.possible() ? "matching.cli.queue.lengthened"
					: "matching.cli.queue.shortened", result.possibleFrom(), thresholds.possible(), room));
		}
		if (result.joined() > 0 || result.parted() > 0 || result.throughClusters() > 0) {
			err.println(text.text("matching.cli.byClusters", result.joined(), result.parted(), thresholds.match(),
					result.throughClusters()));
		}
		err.println(text.text("matching.cli.clusters", result.clusters().count(), records));
		err.println(text.text("matching.cli.people", Math.round(result.clusters().people())));
	}

	/**
	 * A stream for the command's stdout or stderr ({@link FileDescriptor#out}, {@link FileDescriptor#err}): UTF-8, or
	 * the code page of a Windows console ({@link ConsoleStreams}).
	 */
	public static PrintStream console(FileDescriptor descriptor) {
		return ConsoleStreams.open(descriptor);
	}

	/**
	 * Why {@code OpenNrmApplication} does not start the web application for arguments that hold an option of this
	 * command ({@code --input}, or {@code --help}), and the commands of the jar.
	 */
	public static String misplacedOption(String[] args, String option) {
		CommandText text = CommandText.of(args);
		return text.text("matching.cli.misplacedOption", option) + "\n" + text.text("matching.cli.commands");
	}

	/**
	 * Why {@code OpenNrmApplication} does not start the web application for a word that is not its first command:
	 * {@code meant} is the command it is taken for ({@code match} itself when it is not first), or null.
	 */
	public static String unknownCommand(String[] args, String word, String meant) {
		CommandText text = CommandText.of(args);
		String problem = meant == null ? text.text("matching.cli.unknownCommand", word)
				: word.equals(meant) ? text.text("matching.cli.commandNotFirst", word)
						: text.text("matching.cli.mistypedCommand", word, meant);
		return problem + "\n" + text.text("matching.cli.commands");
	}

}
