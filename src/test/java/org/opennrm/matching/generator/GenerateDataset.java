package org.opennrm.matching.generator;

import java.nio.file.Path;

/**
 * Command line: {@code GenerateDataset <records> <seed> <records.csv> <truth.csv>}. Run from the test classpath,
 * e.g. {@code java -cp target/test-classes:$(cat target/cp.txt) org.opennrm.matching.generator.GenerateDataset ...}.
 */
public final class GenerateDataset {

    private GenerateDataset() {
    }

    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: GenerateDataset <records> <seed> <records.csv> <truth.csv>");
            System.exit(2);
        }
        long start = System.nanoTime();
        SyntheticDataset data = new PopulationGenerator()
                .generate(GeneratorConfig.forRecords(Integer.parseInt(args[0]), Long.parseLong(args[1])));
        data.write(Path.of(args[2]), Path.of(args[3]));
        System.err.printf("%d records of %d people, %d true pairs, in %.1f s%n", data.size(), data.people(),
                data.truePairs(), (System.nanoTime() - start) / 1e9);
    }
}
