package org.opennrm.matching.bench;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opennrm.matching.generator.evaluation.Ceiling;
import org.opennrm.matching.generator.evaluation.PairEvaluation;
import org.opennrm.matching.generator.evaluation.TruthTable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Bulk command time and peak memory (RSS from {@code /usr/bin/time -v}) for 100,000 and 1,000,000 records with
 * {@code -Xmx4g}, with MATCH F1 and the ceiling at each size. Writes {@code target/benchmarks/matching-bulk.md}.
 *
 * <pre>./mvnw -Pbenchmark test -Dtest=BulkRunBenchmark [-Dbench.bulk.sizes=100000,1000000]
 *     [-Dbench.engine.cmd=...|duke] [-Dbench.engine.timeout.minutes=90]</pre>
 */
@Tag("benchmark")
class BulkRunBenchmark {

    @Test
    void bulkRun() throws Exception {
        EngineRunner engine = EngineRunner.configured();
        if (engine == null) {
            BenchmarkData.write("matching-bulk.md", "## Bulk command\n\nNot run: no engine jar at `"
                    + EngineRunner.DEFAULT_JAR + "` and no `-Dbench.engine.cmd`.\n");
        }
        Assumptions.assumeTrue(engine != null, "no engine: build the jar or set -Dbench.engine.cmd");
        long timeout = Long.getLong("bench.engine.timeout.minutes", 90);
        StringBuilder md = new StringBuilder("## Bulk command\n\nMachine: ").append(BenchmarkData.machine())
                .append(". Seed ").append(BenchmarkData.SEED).append(". Command: `").append(engine.describe())
                .append(" --input … --output … --clusters …`.\n\n")
                .append("| records | exit | elapsed (s) | peak RSS | MATCH pairs | POSSIBLE pairs | MATCH F1 | ceiling | "
                        + "F1 / ceiling | MATCH∪POSSIBLE recall |\n|---|---|---|---|---|---|---|---|---|---|\n");
        for (int size : BenchmarkData.sizes("bench.bulk.sizes", "100000,1000000")) {
            Path[] data = BenchmarkData.dataset(size);
            Path out = BenchmarkData.DIR.resolve("runs");
            Files.createDirectories(out);
            Path pairs = out.resolve("bulk-pairs-" + size + ".csv");
            Path clusters = out.resolve("bulk-clusters-" + size + ".csv");
            Files.deleteIfExists(pairs);
            EngineRunner.Run run = engine.run(data[0], pairs, clusters, timeout);
            String quality = "| | | | | | |";
            if (run.ok() && Files.exists(pairs)) {
                TruthTable truth = TruthTable.read(data[0], data[1]);
                PairEvaluation e = PairEvaluation.evaluate(truth, pairs);
                Ceiling.Result c = Ceiling.compute(truth);
                quality = String.format(Locale.ROOT, "%d | %d | %.4f | %.4f | %.1f%% | %.4f |", e.matchPairs(),
                        e.possiblePairs(), e.match().f1(), c.f1(), 100 * e.match().f1() / c.f1(),
                        e.matchOrPossible().recall());
            }
            md.append(String.format(Locale.ROOT, "| %,d | %s | %.1f | %s | %s%n", size,
                    run.timedOut() ? "timeout" : String.valueOf(run.exitCode()), run.elapsedSeconds(),
                    rss(run.peakRssKb()), quality));
            if (!run.ok()) md.append("\n```\n").append(run.stderrTail()).append("\n```\n\n");
            BenchmarkData.write("matching-bulk.md", md.toString());
        }
        md.append("\nTargets (issue 10): 100,000 records in ≤ 60 s; 1,000,000 records complete with -Xmx4g.\n");
        BenchmarkData.write("matching-bulk.md", md.toString());
    }

    static String rss(long kb) {
        return kb < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f MB", kb / 1024.0);
    }
}
