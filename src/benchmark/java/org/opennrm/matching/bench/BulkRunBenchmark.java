package org.opennrm.matching.bench;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opennrm.matching.generator.evaluation.Ceiling;
import org.opennrm.matching.generator.evaluation.PairEvaluation;
import org.opennrm.matching.generator.evaluation.TruthTable;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Bulk command time and peak memory (RSS from {@code /usr/bin/time -v}) for 100,000 and 1,000,000 records with
 * {@code -Xmx4g}, with MATCH F1 and the ceiling at each size. Writes {@code target/benchmarks/matching-bulk.md}.
 * With {@code -Dbench.bulk.xlsx=true}, each size is also run from an Excel workbook of the same records.
 *
 * <pre>./mvnw -Pbenchmark test -Dtest=BulkRunBenchmark [-Dbench.bulk.sizes=100000,1000000] [-Dbench.bulk.xlsx=true]
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
        boolean excel = Boolean.getBoolean("bench.bulk.xlsx");
        for (int size : BenchmarkData.sizes("bench.bulk.sizes", "100000,1000000")) {
            for (String format : excel ? new String[] {"csv", "xlsx"} : new String[] {"csv"}) {
                Path[] data = BenchmarkData.dataset(size);
                Path out = BenchmarkData.DIR.resolve("runs");
                Files.createDirectories(out);
                Path input = format.equals("csv") ? data[0] : workbook(data[0]);
                Path pairs = out.resolve("bulk-pairs-" + size + "-" + format + ".csv");
                Path clusters = out.resolve("bulk-clusters-" + size + "-" + format + ".csv");
                Files.deleteIfExists(pairs);
                EngineRunner.Run run = engine.run(input, pairs, clusters, timeout);
                String quality = "| | | | | | |";
                if (run.ok() && Files.exists(pairs)) {
                    TruthTable truth = TruthTable.read(data[0], data[1]);
                    PairEvaluation e = PairEvaluation.evaluate(truth, pairs);
                    Ceiling.Result c = Ceiling.compute(truth);
                    quality = String.format(Locale.ROOT, "%d | %d | %.4f | %.4f | %.1f%% | %.4f |", e.matchPairs(),
                            e.possiblePairs(), e.match().f1(), c.f1(), 100 * e.match().f1() / c.f1(),
                            e.matchOrPossible().recall());
                }
                md.append(String.format(Locale.ROOT, "| %,d%s | %s | %.1f | %s | %s%n", size,
                        format.equals("csv") ? "" : " (.xlsx)",
                        run.timedOut() ? "timeout" : String.valueOf(run.exitCode()), run.elapsedSeconds(),
                        rss(run.peakRssKb()), quality));
                if (!run.ok()) md.append("\n```\n").append(run.stderrTail()).append("\n```\n\n");
                BenchmarkData.write("matching-bulk.md", md.toString());
            }
        }
        md.append("\nTargets (issue 10): 100,000 records in ≤ 60 s; 1,000,000 records complete with -Xmx4g.\n");
        BenchmarkData.write("matching-bulk.md", md.toString());
    }

    /**
     * The records as an Excel workbook, one sheet, text cells in a shared-strings table as Excel saves them; made
     * once beside the CSV and reused.
     */
    static Path workbook(Path csv) throws IOException {
        Path xlsx = csv.resolveSibling(csv.getFileName().toString().replace(".csv", ".xlsx"));
        if (Files.exists(xlsx)) return xlsx;
        Path partial = xlsx.resolveSibling(xlsx.getFileName() + ".part");
        try (SXSSFWorkbook book = new SXSSFWorkbook(null, 200, true, true);
             CSVParser rows = CSVParser.parse(csv, StandardCharsets.UTF_8, CSVFormat.DEFAULT);
             OutputStream out = Files.newOutputStream(partial)) {
            Sheet sheet = book.createSheet("records");
            int r = 0;
            for (CSVRecord record : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < record.size(); c++) {
                    if (!record.get(c).isEmpty()) row.createCell(c).setCellValue(record.get(c));
                }
            }
            book.write(out);
            book.close();
        }
        return Files.move(partial, xlsx);
    }

    static String rss(long kb) {
        return kb < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f MB", kb / 1024.0);
    }
}
