package org.opennrm.matching.generator.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Markdown for one matcher's results, and a command line:
 * {@code EvaluationReport <records.csv> <truth.csv> <pairs.csv> [clusters.csv]}.
 */
public final class EvaluationReport {

    private EvaluationReport() {
    }

    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: EvaluationReport <records.csv> <truth.csv> <pairs.csv> [clusters.csv]");
            System.exit(2);
        }
        TruthTable truth = TruthTable.read(Path.of(args[0]), Path.of(args[1]));
        Ceiling.Result ceiling = Ceiling.compute(truth);
        PairEvaluation e = PairEvaluation.evaluate(truth, Path.of(args[2]));
        ClusterEvaluation c = args.length > 3 && Files.exists(Path.of(args[3]))
                ? ClusterEvaluation.evaluate(truth, Path.of(args[3])) : null;
        String keys = nameKeyCheck(truth);
        if (keys != null) System.out.println(keys);
        System.out.println(qualityTable(Map.of("matcher", e), ceiling));
        if (c != null) System.out.println(clusterLine("matcher", c));
        System.out.println(variationTable(e));
        System.out.println(ceilingTable(ceiling, 15));
    }

    /**
     * A warning when no person's records differ in their {@code name_key}: the key then seems to hold the person's
     * names, whatever each record writes (a hotline's given name alone, a false identity), and the name oracle knows
     * who is who. The ceiling knows "which written names are the same name"; a fourth independently written
     * register first gave its people's birth names, and the engine's MATCH F1 read 86.5 % of that ceiling, 96.3 % of
     * the (docs/benchmarks.md).
     * Null when the keys differ within at least one person in a thousand of those registered more than once.
     */
    static String nameKeyCheck(TruthTable truth) {
        Map<Integer, String> first = new java.util.HashMap<>();
        java.util.Set<Integer> repeated = new java.util.HashSet<>();
        java.util.Set<Integer> differ = new java.util.HashSet<>();
        for (int i = 0; i < truth.size(); i++) {
            String key = truth.nameKey[i] == null ? "" : truth.nameKey[i];
            String seen = first.putIfAbsent(truth.person[i], key);
            if (seen != null) {
                repeated.add(truth.person[i]);
                if (!seen.equals(key)) {
                    differ.add(truth.person[i]);
                }
            }
        }
        if (repeated.size() < 100 || differ.size() * 1000L >= repeated.size()) {
            return null;
        }
        return String.format(Locale.ROOT, "**Warning:** the name_key of every record of %d of the %d people registered "
                + "more than once is the same: it seems to give the person's names, not the names each record writes, "
                + "so the name oracle knows who is who and the ceiling below is not the issue's.%n", repeated.size()
                - differ.size(), repeated.size());
    }

    public static String qualityTable(Map<String, PairEvaluation> byMatcher, Ceiling.Result ceiling) {
        StringBuilder b = new StringBuilder();
        b.append("| matcher | MATCH P | MATCH R | MATCH F1 | F1 / ceiling | MATCH∪POSSIBLE P | MATCH∪POSSIBLE R "
                + "| MATCH∪POSSIBLE F1 | MATCH pairs | POSSIBLE pairs | POSSIBLE precision |\n");
        b.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        byMatcher.forEach((name, e) -> b.append(String.format(Locale.ROOT,
                "| %s | %.4f | %.4f | **%.4f** | %.1f%% | %.4f | %.4f | %.4f | %d | %d | %.4f |\n", name,
                e.match().precision(), e.match().recall(), e.match().f1(),
                ceiling.f1() == 0 ? 0 : 100 * e.match().f1() / ceiling.f1(), e.matchOrPossible().precision(),
                e.matchOrPossible().recall(), e.matchOrPossible().f1(), e.matchPairs(), e.possiblePairs(),
                e.possible().precision())));
        b.append(String.format(Locale.ROOT, "| *ceiling (name oracle)* | %.4f | %.4f | **%.4f** | 100%% | | | | %d | | |%n",
                ceiling.match().precision(), ceiling.match().recall(), ceiling.f1(), ceiling.match().predicted()));
        return b.toString();
    }

    public static String clusterLine(String name, ClusterEvaluation c) {
        return String.format(Locale.ROOT, "- %s clusters: %d clusters for %d people (%+.2f%%); cluster pair P %.4f "
                        + "R %.4f F1 %.4f%n", name, c.clusters(), c.people(),
                100.0 * (c.clusters() - c.people()) / c.people(), c.pairs().precision(), c.pairs().recall(),
                c.pairs().f1());
    }

    public static String variationTable(PairEvaluation e) {
        StringBuilder b = new StringBuilder("| variation (either record) | true pairs | found (MATCH∪POSSIBLE) | recall |\n"
                + "|---|---|---|---|\n");
        e.recallByVariation().forEach((tag, c) -> b.append(String.format(Locale.ROOT, "| %s | %d | %d | %.4f |%n",
                tag, c[0], c[1], c[0] == 0 ? 0 : (double) c[1] / c[0])));
        return b.toString();
    }

    public static String ceilingTable(Ceiling.Result r, int rows) {
        StringBuilder b = new StringBuilder("Ceiling: " + Ceiling.describe(r) + "\n\n"
                + "| # | signature (name · date · sex · citizenship · name frequency) | true pairs | pairs | precision | accepted |\n"
                + "|---|---|---|---|---|---|\n");
        long shown = 0;
        for (int i = 0; i < r.groups().size() && shown < rows; i++) {
            Ceiling.Group g = r.groups().get(i);
            if (g.pairs() < 20) continue;
            shown++;
            b.append(String.format(Locale.ROOT, "| %d | %s | %d | %d | %.4f | %s |%n", i + 1, g.signature(),
                    g.truePairs(), g.pairs(), g.precision(), i < r.accepted() ? "yes" : "no"));
        }
        return b.toString();
    }
}
