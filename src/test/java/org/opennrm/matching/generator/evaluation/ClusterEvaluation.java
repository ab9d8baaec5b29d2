package org.opennrm.matching.generator.evaluation;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A cluster file ({@code id,cluster_id}) scored against the truth: pairwise precision/recall of "in the same
 * cluster", and the number of people the clusters count against the true number. Records missing from the file
 * count as clusters of their own.
 */
public record ClusterEvaluation(PairMetrics pairs, long clusters, long people) {

    public static ClusterEvaluation evaluate(TruthTable truth, Path clusterFile) {
        int[] cluster = new int[truth.size()];
        java.util.Arrays.fill(cluster, -1);
        Map<String, Integer> clusterIds = new HashMap<>();
        try (CSVParser p = TruthTable.parser(clusterFile)) {
            for (CSVRecord r : p) {
                Integer i = truth.indexOf(r.get("id").strip());
                if (i != null) cluster[i] = clusterIds.computeIfAbsent(r.get("cluster_id").strip(), k -> clusterIds.size());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return evaluate(truth, cluster);
    }

    static ClusterEvaluation evaluate(TruthTable truth, int[] cluster) {
        int next = java.util.Arrays.stream(cluster).max().orElse(-1) + 1;
        int[] c = cluster.clone();
        for (int i = 0; i < c.length; i++) if (c[i] < 0) c[i] = next++;
        Map<Integer, Long> clusterSize = new HashMap<>();
        Map<Long, Long> clusterPerson = new HashMap<>();
        for (int i = 0; i < c.length; i++) {
            clusterSize.merge(c[i], 1L, Long::sum);
            clusterPerson.merge(((long) c[i] << 32) | truth.person[i], 1L, Long::sum);
        }
        long predicted = clusterSize.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
        long tp = clusterPerson.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
        long truePairs = truth.truePairs();
        return new ClusterEvaluation(new PairMetrics(tp, predicted - tp, truePairs - tp), clusterSize.size(),
                truth.people());
    }
}
