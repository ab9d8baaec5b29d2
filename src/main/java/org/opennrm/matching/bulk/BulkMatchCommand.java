package org.opennrm.matching.bulk;

import java.io.FileDescriptor;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

import org.opennrm.matching.MatchDecision;
import org.opennrm.matching.MatchResult;
import org.opennrm.matching.MatchThresholds;
import org.opennrm.matching.NameFrequencies;
import org.opennrm.matching.PersonMatcher;
import org.opennrm.matching.PersonRecord;
import org.opennrm.matching.PreparedPerson;
import org.opennrm.matching.PriorEstimate;
import org.opennrm.matching.YearGaps;

/**
 * {@code java -jar opennrm.jar match --input records.csv --output pairs.csv|pairs.xlsx [--lang tr|en]
 * [--threshold-match X] [--threshold-possible Y] [--clusters clusters.csv|clusters.xlsx] [--encoding NAME]} (or
 * {@code --help}): finds the records of a file that belong to the same person, without a database, a web server or
 * {@code ./data}. Its arguments are read by {@link Arguments}, the lines checked by {@link RecordChecks}, the outputs
 * written by {@link OutputFiles}; here are the run and the matching.
 */
public final class BulkMatchCommand {

	/**
	 * Blocks larger than this are left to narrower keys (a name pair, a name with the full date). On the generated
	 * register of 100,000 records, 600 instead of 1,000 took the run from 52 s to 39 s, for 0.01 less
	 * MATCH-or-POSSIBLE recall and the same MATCH F1.
	 */
	static final int BLOCK_LIMIT = 600;

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
		catch (IOException ex) {
			// the disk filled up or failed while writing: nothing the arguments could have said
			err.println(text.text("matching.cli.cannotWrite", InputReader.reason(ex)));
			return 1;
		}
		catch (OutOfMemoryError ex) {
			err.println(outOfMemory);
			return 1;
		}
		finally {
			outputs.deleteParts(ex -> err.println(text.text("matching.cli.cannotWrite", InputReader.reason(ex))));
		}
	}

	private int execute(Arguments arguments, OutputFiles outputs) throws IOException {
		long started = System.nanoTime();
		List<InputReader.Line> lines;
		try {
			InputReader.Input read = InputReader.read(arguments.input(), arguments.encoding(),
					arguments.encodingForced());
			lines = read.lines();
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
		int skipped = new RecordChecks(text, err).validate(lines, records);
		lines = null; // the rows' text, a map per row, is not needed while matching (hundreds of MB at 1,000,000 rows)
		if (records.isEmpty()) {
			err.println(text.text("matching.cli.noRecords"));
			return 2;
		}
		Result result = match(records, arguments.thresholds(), arguments.queueFilled());
		Clustering.Clusters clusters = result.clusters;
		List<Pair> pairs = result.pairs;
		outputs.write("output", new Table("pairs", List.of("left_id", "right_id", "score", "decision", "explanation"),
				pairs.size(), i -> List.of(records.get(pairs.get(i).left).id(), records.get(pairs.get(i).right).id(),
						pairs.get(i).score, pairs.get(i).decision.name(),
						pairs.get(i).result.explanation().render(text.locale()))));
		if (outputs.has("clusters")) {
			outputs.write("clusters", new Table("clusters", List.of("id", "cluster_id"), records.size(),
					i -> List.of(records.get(i).id(), records.get(clusters.first()[i]).id())));
		}
		outputs.moveIntoPlace();
		long matches = result.pairs.stream().filter(p -> p.decision == MatchDecision.MATCH).count();
		summarise(result, records.size(), matches, arguments.thresholds());
		err.println(text.text("matching.cli.summary", read, skipped, matches, result.pairs.size() - matches,
				(System.nanoTime() - started) / 1e9));
		return 0;
	}

	/**
	 * What the run found beyond the pairs: the prior's correction, the weights of years apart, the review queue's
	 * start, the decisions the clusters changed, the clusters and the people. Numbers are passed as numbers, for the
	 * messages to write them as the run's language does (0,25 in Turkish).
	 */
	private void summarise(Result result, int records, long matches, MatchThresholds thresholds) {
		// the file's own rate; the estimate adds 1,000 records at the fitted one, which outweighs a small file's
		double perRecord = (double) result.certainPairs / records;
		double reference = PriorEstimate.reference(records);
		if (result.priorShift < 0) {
			err.println(text.text("matching.cli.prior.lowered", result.certainPairs, perRecord, reference,
					-result.priorShift));
		}
		else if (result.priorShift > 0) {
			err.println(text.text("matching.cli.prior.raised", result.certainPairs, perRecord, reference,
					result.priorShift));
		}
		else if (PriorEstimate.shift(0, records) == 0) {
			// not even a file without a near-certain pair would have its prior lowered: this one is too small to tell
			err.println(text.text("matching.cli.prior.tooFewRecords", result.certainPairs, records));
		}
		else {
			err.println(text.text("matching.cli.prior.kept", result.certainPairs, perRecord, reference));
		}
		if (result.yearGaps.read()) {
			err.println(text.text("matching.cli.yearGaps", result.yearGaps.pairs(),
					100 * result.yearGaps.sharedByTwoPeople(), result.yearGaps.twoYears(),
					result.yearGaps.threeYears()));
		}
		if (result.possibleFrom != thresholds.possible()) {
			// the queue's room: as many pairs as the MATCH list, or ReviewQueue.SHORTEST when that is shorter
			RowMessage room = matches >= ReviewQueue.SHORTEST ? new RowMessage("matching.cli.queue.matchList", matches)
					: new RowMessage("matching.cli.queue.shortest", ReviewQueue.SHORTEST, matches);
			err.println(text.text(result.possibleFrom < thresholds.possible() ? "matching.cli.queue.lengthened"
					: "matching.cli.queue.shortened", result.possibleFrom, thresholds.possible(), room));
		}
		if (result.joined > 0 || result.parted > 0 || result.throughClusters > 0) {
			err.println(text.text("matching.cli.byClusters", result.joined, result.parted, thresholds.match(),
					result.throughClusters));
		}
		err.println(text.text("matching.cli.clusters", result.clusters.count(), records));
		err.println(text.text("matching.cli.people", Math.round(result.clusters.people())));
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
	 * The pair's score, held below the MATCH limit when a person must decide it ({@link PersonMatcher#isHeldBack}):
	 * asked of the pairs that would be MATCHes only, a few per record.
	 */
	private static double heldOrNot(PersonMatcher matcher, PreparedPerson[] prepared, Scored pair) {
		double score = matcher.score(pair.bits());
		return matcher.decide(score) == MatchDecision.MATCH && matcher.isHeldBack(prepared[pair.left()], prepared[pair.right()])
				? matcher.held(score) : score;
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
		Progress progress = new Progress(n, err, text, Progress.stderrIsTerminal());
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
			.map(p -> new ClusterDecisions.Compared(p.left(), p.right(), heldOrNot(shifted, prepared, p)))
			.toList();
		kept.clear(); // held twice at 1,000,000 records otherwise
		// one index of the pairs' scores for the grouping and the queue: a pair below the floor counts as one in no row
		Clustering.Links links = new Clustering.Links(n, compared.size(), i -> compared.get(i).left(),
				i -> compared.get(i).right(), i -> compared.get(i).score(), ReviewQueue.FLOOR);
		List<Pair> matches = compared.stream()
			.filter(p -> p.score() >= ReviewQueue.FLOOR && p.score() >= thresholds.match())
			.map(p -> new Pair(p.left(), p.right(), p.score(), MatchDecision.MATCH, null))
			.toList();
		int[] first = Clustering.group(n, links, matches,
				(left, right, own) -> !(own >= thresholds.match()) && shifted.fullDatesDisagree(prepared[left], prepared[right]));
		matches = null;
		PersonMatcher decider = shifted.withThresholds(new MatchThresholds(thresholds.match(), lowest));
		ClusterDecisions.Outcome outcome = ClusterDecisions.decide(first, compared, links, thresholds, queueFilled,
				(left, right) -> shifted.score(prepared[left], prepared[right]),
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

}
