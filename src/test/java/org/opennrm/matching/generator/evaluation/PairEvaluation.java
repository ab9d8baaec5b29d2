package org.opennrm.matching.generator.evaluation;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A matcher's pairs ({@code left_id,right_id,score,decision,explanation}) scored against the ground truth.
 * A pair listed twice counts once, with its stronger decision; pairs naming unknown ids or an id with itself are
 * counted and ignored.
 *
 * @param match           MATCH pairs against all true pairs
 * @param matchOrPossible MATCH and POSSIBLE pairs together against all true pairs
 * @param possible        POSSIBLE pairs alone (their precision is how much of the review queue is real)
 * @param recallByVariation for each variation tag: true pairs where either record carries it, and how many of them
 *                          were found as MATCH or POSSIBLE
 */
public record PairEvaluation(PairMetrics match, PairMetrics matchOrPossible, PairMetrics possible, long matchPairs,
                             long possiblePairs, long truePairs, long duplicatePairs, long invalidPairs,
                             Map<String, long[]> recallByVariation) {

    private static final byte MATCH = 2;
    private static final byte POSSIBLE = 1;

    public static PairEvaluation evaluate(TruthTable truth, Path pairs) {
        Map<Long, Byte> decisions = new HashMap<>();
        long duplicates = 0;
        long invalid = 0;
        try (CSVParser p = TruthTable.parser(pairs)) {
            for (CSVRecord r : p) {
                Integer a = truth.indexOf(r.get("left_id").strip());
                Integer b = truth.indexOf(r.get("right_id").strip());
                String d = r.get("decision").strip().toUpperCase(Locale.ROOT);
                byte decision = d.equals("MATCH") ? MATCH : d.equals("POSSIBLE") ? POSSIBLE : 0;
                if (a == null || b == null || a.equals(b) || decision == 0) {
                    invalid++;
                    continue;
                }
                Byte before = decisions.put(key(a, b), decision);
                if (before != null) {
                    duplicates++;
                    if (before > decision) decisions.put(key(a, b), before);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return evaluate(truth, decisions, duplicates, invalid);
    }

    /** For tests and in-process matchers: decisions keyed by {@link #key(int, int)}. */
    static PairEvaluation evaluate(TruthTable truth, Map<Long, Byte> decisions, long duplicates, long invalid) {
        long truePairs = truth.truePairs();
        long tpMatch = 0, fpMatch = 0, tpPossible = 0, fpPossible = 0;
        for (Map.Entry<Long, Byte> e : decisions.entrySet()) {
            int a = (int) (e.getKey() >>> 32);
            int b = (int) (long) e.getKey();
            boolean same = truth.person[a] == truth.person[b];
            if (e.getValue() == MATCH) {
                if (same) tpMatch++; else fpMatch++;
            } else {
                if (same) tpPossible++; else fpPossible++;
            }
        }
        PairMetrics match = new PairMetrics(tpMatch, fpMatch, truePairs - tpMatch);
        PairMetrics either = new PairMetrics(tpMatch + tpPossible, fpMatch + fpPossible,
                truePairs - tpMatch - tpPossible);
        PairMetrics possible = new PairMetrics(tpPossible, fpPossible, truePairs - tpPossible);
        return new PairEvaluation(match, either, possible, tpMatch + fpMatch, tpPossible + fpPossible, truePairs,
                duplicates, invalid, recallByVariation(truth, decisions));
    }

    private static Map<String, long[]> recallByVariation(TruthTable truth, Map<Long, Byte> decisions) {
        Map<Integer, List<Integer>> byPerson = new HashMap<>();
        for (int i = 0; i < truth.size(); i++) byPerson.computeIfAbsent(truth.person[i], k -> new ArrayList<>()).add(i);
        Map<String, long[]> counts = new TreeMap<>();
        for (List<Integer> records : byPerson.values()) {
            for (int x = 0; x < records.size(); x++) {
                for (int y = x + 1; y < records.size(); y++) {
                    int a = records.get(x), b = records.get(y);
                    boolean found = decisions.containsKey(key(a, b));
                    java.util.Set<String> tags = new java.util.TreeSet<>();
                    for (String v : (truth.variations[a] + ";" + truth.variations[b]).split(";")) {
                        if (!v.isBlank() && !v.startsWith("agency:") && !v.startsWith("date:full")) tags.add(v);
                    }
                    tags.add("(all true pairs)");
                    for (String tag : tags) {
                        long[] c = counts.computeIfAbsent(tag, k -> new long[2]);
                        c[0]++;
                        if (found) c[1]++;
                    }
                }
            }
        }
        return counts;
    }

    static long key(int a, int b) {
        int lo = Math.min(a, b), hi = Math.max(a, b);
        return ((long) lo << 32) | (hi & 0xffffffffL);
    }

    static byte decision(String d) {
        return d.equals("MATCH") ? MATCH : d.equals("POSSIBLE") ? POSSIBLE : 0;
    }
}
