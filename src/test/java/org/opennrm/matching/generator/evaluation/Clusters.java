package org.opennrm.matching.generator.evaluation;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Clusters from MATCH pairs (connected components), written as {@code id,cluster_id}; for matchers without one. */
public final class Clusters {

    private Clusters() {
    }

    public static void fromPairs(Path records, Path pairs, Path out) {
        try {
            List<String> ids = new ArrayList<>();
            Map<String, Integer> index = new HashMap<>();
            try (var p = TruthTable.parser(records)) {
                for (CSVRecord r : p) {
                    index.put(r.get("id"), ids.size());
                    ids.add(r.get("id"));
                }
            }
            int[] parent = new int[ids.size()];
            for (int i = 0; i < parent.length; i++) parent[i] = i;
            try (var p = TruthTable.parser(pairs)) {
                for (CSVRecord r : p) {
                    if (!r.get("decision").strip().equalsIgnoreCase("MATCH")) continue;
                    Integer a = index.get(r.get("left_id")), b = index.get(r.get("right_id"));
                    if (a != null && b != null) parent[find(parent, a)] = find(parent, b);
                }
            }
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                 CSVPrinter printer = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader("id", "cluster_id")
                         .setRecordSeparator("\n").get())) {
                for (int i = 0; i < ids.size(); i++) printer.printRecord(ids.get(i), "C" + ids.get(find(parent, i)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
