package org.opennrm.matching.generator;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Command line: {@code GenerateDataset <records> <seed> <records.csv> <truth.csv> [<records-per-person weights>
 * [<sibling rate> <name-twin rate>]]}, e.g. {@code ... 100000 779 r.csv t.csv 0.9,0.08,0.02} for a register where
 * nine people in ten are registered once. Run from the test classpath, e.g.
 * {@code java -cp target/test-classes:$(cat target/cp.txt) org.opennrm.matching.generator.GenerateDataset ...}.
 */
public final class GenerateDataset {

    private GenerateDataset() {
    }

    public static void main(String[] args) {
        if (args.length != 4 && args.length != 5 && args.length != 7) {
            System.err.println("usage: GenerateDataset <records> <seed> <records.csv> <truth.csv>"
                    + " [<records-per-person weights, e.g. 0.45,0.25,0.15,0.09,0.04,0.02> [<sibling rate> <name-twin rate>]]");
            System.exit(2);
        }
        long start = System.nanoTime();
        GeneratorConfig config = GeneratorConfig.forRecords(Integer.parseInt(args[0]), Long.parseLong(args[1]));
        if (args.length >= 5) {
            config = config.withRecordsPerPerson(Arrays.stream(args[4].split(",")).mapToDouble(Double::parseDouble).toArray());
        }
        if (args.length == 7) {
            config = config.withSiblingRate(Double.parseDouble(args[5])).withNameTwinRate(Double.parseDouble(args[6]));
        }
        SyntheticDataset data = new PopulationGenerator().generate(config);
        data.write(Path.of(args[2]), Path.of(args[3]));
        System.err.printf("%d records of %d people, %d true pairs, in %.1f s%n", data.size(), data.people(),
                data.truePairs(), (System.nanoTime() - start) / 1e9);
    }
}
