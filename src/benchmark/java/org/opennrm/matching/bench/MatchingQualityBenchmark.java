package org.opennrm.matching.bench;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opennrm.matching.generator.evaluation.Ceiling;
import org.opennrm.matching.generator.evaluation.ClusterEvaluation;
import org.opennrm.matching.generator.evaluation.EvaluationReport;
import org.opennrm.matching.generator.evaluation.PairEvaluation;
import org.opennrm.matching.generator.evaluation.TruthTable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matching quality on generated registers: the OpenNRM engine (bulk command, black box) and Duke 1.2 on the same
 * data, against the ground truth and the data's ceiling. Writes {@code target/benchmarks/matching-quality.md}.
 *
 * <pre>./mvnw -Pbenchmark test -Dtest=MatchingQualityBenchmark [-Dbench.quality.sizes=10000,100000]
 *     [-Dbench.engine.cmd="java -Xmx4g -jar target/opennrm-0.1.0-SNAPSHOT.jar match"] [-Dbench.duke.max=100000]</pre>
 */
@Tag("benchmark")
class MatchingQualityBenchmark {

    @Test
    void quality() throws Exception {
        EngineRunner engine = EngineRunner.configured();
        int dukeMax = Integer.getInteger("bench.duke.max", 100_000);
        StringBuilder md = new StringBuilder("## Matching quality\n\n")
                .append("Machine: ").append(BenchmarkData.machine()).append(". Seed ").append(BenchmarkData.SEED)
                .append(". Engine: ").append(engine == null ? "not available (no jar, no -Dbench.engine.cmd)"
                        : "`" + engine.describe() + "`").append(".\n");
        for (int size : BenchmarkData.sizes("bench.quality.sizes", "10000,100000")) {
            Path[] data = BenchmarkData.dataset(size);
            TruthTable truth = TruthTable.read(data[0], data[1]);
            Ceiling.Result ceiling = Ceiling.compute(truth);
            Map<String, PairEvaluation> results = new LinkedHashMap<>();
            StringBuilder notes = new StringBuilder();
            Path out = BenchmarkData.DIR.resolve("runs");
            Files.createDirectories(out);
            PairEvaluation engineResult = null;
            if (engine != null) {
                Path pairs = out.resolve("engine-pairs-" + size + ".csv");
                Path clusters = out.resolve("engine-clusters-" + size + ".csv");
                EngineRunner.Run run = engine.run(data[0], pairs, clusters, 60);
                notes.append(String.format("- engine run: exit %d, %.1f s, peak RSS %s%n", run.exitCode(),
                        run.elapsedSeconds(), BulkRunBenchmark.rss(run.peakRssKb())));
                if (run.ok()) {
                    engineResult = PairEvaluation.evaluate(truth, pairs);
                    results.put("OpenNRM engine", engineResult);
                    if (Files.exists(clusters)) {
                        notes.append(EvaluationReport.clusterLine("engine", ClusterEvaluation.evaluate(truth, clusters)));
                    }
                } else {
                    notes.append("- engine failed: ```").append(run.stderrTail()).append("```\n");
                }
            }
            PairEvaluation dukeResult = null;
            if (size <= dukeMax) {
                Path pairs = out.resolve("duke-pairs-" + size + ".csv");
                Path clusters = out.resolve("duke-clusters-" + size + ".csv");
                DukeMatcher.Result duke = DukeMatcher.run(data[0], pairs, clusters);
                dukeResult = PairEvaluation.evaluate(truth, pairs);
                results.put("Duke 1.2", dukeResult);
                notes.append(String.format("- Duke run (in-process, 1 thread): %.1f s, thresholds MATCH ≥ %.2f, "
                                + "POSSIBLE ≥ %.2f%n", duke.elapsedMillis() / 1000.0, DukeMatcher.MATCH_THRESHOLD,
                        DukeMatcher.POSSIBLE_THRESHOLD));
                notes.append(EvaluationReport.clusterLine("Duke", ClusterEvaluation.evaluate(truth, clusters)));
            } else {
                notes.append("- Duke not run at this size (-Dbench.duke.max=").append(dukeMax).append(")\n");
            }
            md.append(String.format("%n### %,d records (%,d people, %,d true pairs)%n%n", truth.size(), truth.people(),
                    truth.truePairs()));
            md.append(EvaluationReport.qualityTable(results, ceiling)).append('\n').append(notes).append('\n');
            md.append("Ceiling detail: ").append(Ceiling.describe(ceiling)).append("\n\n");
            PairEvaluation detail = engineResult != null ? engineResult : dukeResult;
            if (detail != null) {
                md.append("<details><summary>Recall by variation (")
                        .append(engineResult != null ? "engine" : "Duke").append(")</summary>\n\n")
                        .append(EvaluationReport.variationTable(detail)).append("\n</details>\n\n");
            }
            md.append("<details><summary>Ceiling signatures</summary>\n\n")
                    .append(EvaluationReport.ceilingTable(ceiling, 40)).append("\n</details>\n");
            BenchmarkData.write("matching-quality.md", md.toString());
            assertThat(ceiling.f1()).isBetween(0.0, 1.0);
        }
        md.append("\nCandidate-query latency: `CandidateQueryLatencyBenchmark` (target/benchmarks/matching-latency.md).\n");
        BenchmarkData.write("matching-quality.md", md.toString());
    }
}
