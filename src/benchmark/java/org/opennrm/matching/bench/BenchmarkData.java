package org.opennrm.matching.bench;

import org.opennrm.matching.generator.GeneratorConfig;
import org.opennrm.matching.generator.PopulationGenerator;
import org.opennrm.matching.generator.SyntheticDataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Where benchmark data and reports go, and the settings every benchmark shares. */
public final class BenchmarkData {

    public static final Path DIR = Path.of("target", "benchmarks");
    public static final long SEED = Long.getLong("bench.seed", 20261124L);

    private BenchmarkData() {
    }

    public static List<Integer> sizes(String property, String defaults) {
        return Arrays.stream(System.getProperty(property, defaults).split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(Integer::parseInt).toList();
    }

    /** Generates (or reuses, same size and seed) a register and its truth under target/benchmarks/data. */
    public static Path[] dataset(int records) {
        Path dir = DIR.resolve("data");
        Path recordsFile = dir.resolve("records-" + records + "-" + SEED + ".csv");
        Path truthFile = dir.resolve("truth-" + records + "-" + SEED + ".csv");
        if (!Files.exists(recordsFile) || !Files.exists(truthFile)) {
            SyntheticDataset data = new PopulationGenerator().generate(GeneratorConfig.forRecords(records, SEED));
            data.write(recordsFile, truthFile);
        }
        return new Path[]{recordsFile, truthFile};
    }

    public static void write(String fileName, String markdown) {
        try {
            Files.createDirectories(DIR);
            Files.writeString(DIR.resolve(fileName), markdown);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
        } catch (IOException ignored) {
            // not Linux
        }
        long memGb = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize() >> 30;
        return String.format("%s, %d cores, %d GB RAM, Java %s, %s; run on %s", cpu,
                Runtime.getRuntime().availableProcessors(), memGb, System.getProperty("java.version"),
                System.getProperty("os.name"), LocalDate.now());
    }
}
