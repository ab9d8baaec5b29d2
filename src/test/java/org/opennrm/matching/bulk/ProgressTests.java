package org.opennrm.matching.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The progress of a long run: a bar on a terminal, ten plain lines in a log. */
class ProgressTests extends CommandConsole {

	private static String shown(boolean terminal, int total, String... args) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
		Progress progress = new Progress(total, err, CommandText.of(args), terminal);
		IntStream.range(0, total).forEach(i -> progress.step());
		progress.done();
		return bytes.toString(StandardCharsets.UTF_8);
	}

	@Test
	void aLogGetsALineAtEveryTenthAndNoCarriageReturn() {
		assertThat(shown(false, 20_000)).doesNotContain("\r").isEqualTo("""
				10% 2000 of 20000 records
				20% 4000 of 20000 records
				30% 6000 of 20000 records
				40% 8000 of 20000 records
				50% 10000 of 20000 records
				60% 12000 of 20000 records
				70% 14000 of 20000 records
				80% 16000 of 20000 records
				90% 18000 of 20000 records
				100% 20000 of 20000 records
				""".replace("\n", System.lineSeparator()));
	}

	@Test
	void aTerminalGetsABarRedrawnOverItself() {
		String bar = shown(true, 20_000);
		assertThat(bar).startsWith("\r[                         ] 0% ")
			.contains("\r[##########               ] 40% 8000 of 20000 records")
			.endsWith("\r[#########################] 100% 20000 of 20000 records" + System.lineSeparator());
		assertThat(bar.split("\r")).hasSize(52); // nothing before the first, then 0 %, 2 %, … 100 %
		// in Turkish the percent sign comes first
		assertThat(shown(true, 20_000, "--lang", "tr")).contains("\r[##########               ] %40 20000 kaydın 8000 "
				+ "tanesi");
	}

	@Test
	void aShortRunShowsNone() {
		assertThat(shown(false, Progress.SHOWN_FROM - 1)).isEmpty();
		assertThat(shown(true, Progress.SHOWN_FROM - 1)).isEmpty();
	}

	/** The tests' stderr is a pipe to Maven, as a log's is. */
	@Test
	void aRunWhoseStderrIsNoTerminalLogsItsProgressInLines() throws Exception {
		// records without names are compared with none, so that the run is short
		StringBuilder records = new StringBuilder(HEADER);
		for (int i = 0; i < Progress.SHOWN_FROM; i++) {
			records.append("r").append(i).append(",,,,,").append(1950 + i % 50).append(",,\n");
		}
		Path input = file("records.csv", records.toString());
		assertThat(Progress.stderrIsTerminal()).isFalse();
		assertThat(run("--input", input.toString(), "--output", dir.resolve("pairs.csv").toString())).isZero();
		assertThat(errors()).doesNotContain("\r");
		assertThat(errors().lines().map(Pattern.compile("(\\d+)% \\d+ of 20000 records")::matcher)
			.filter(Matcher::matches)
			.map(line -> line.group(1)))
			.containsExactly("10", "20", "30", "40", "50", "60", "70", "80", "90", "100");
		// in the language of the run, as its other messages: Turkish writes the percent sign before the number
		err.reset();
		assertThat(run("--input", input.toString(), "--output", dir.resolve("pairs.csv").toString(), "--lang", "tr"))
			.isZero();
		// the records done when a line is written are counted by several threads: 16001 at 80 % as well as 16000
		assertThat(errors().lines().map(Pattern.compile("%(\\d+) 20000 kaydın \\d+ tanesi")::matcher)
			.filter(Matcher::matches)
			.map(line -> line.group(1)))
			.containsExactly("10", "20", "30", "40", "50", "60", "70", "80", "90", "100");
		assertThat(errors()).contains("%100 20000 kaydın 20000 tanesi");
	}

}
