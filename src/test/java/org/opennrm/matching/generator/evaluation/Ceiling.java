package org.opennrm.matching.generator.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data's ceiling: the best pairwise F1 for MATCH that any decision can reach if it knows which written names are
 * the same canonical name (the generator knows) and otherwise sees only birth date/year, sex and citizenship.
 *
 * <p>Such an oracle never pairs records whose canonical names differ, so only pairs with the same canonical name set
 * (SAME) or where one record's set is contained in the other's (SUBSET: a father's name or second given name left
 * out) are candidates; true pairs outside them are misses it cannot avoid. Candidate pairs are grouped by what the
 * oracle sees, their signature (name relation, date relation, sex relation, citizenship relation, and how many
 * records share the name: common names are more ambiguous). The best decision accepts whole signatures: accepting
 * signatures in decreasing order of precision and keeping the best prefix maximises F1 (for F1 = 2TP/(P+T) the
 * optimal set is exactly the groups whose precision exceeds half the optimal F1, a prefix of that order).
 *
 * <p>Pairs are counted without enumerating them: within a name group, records are grouped by their exact
 * (date, year, sex, citizenship) tuple with per-person counts, and tuple groups are crossed.
 */
public final class Ceiling {

    /** The relation of two records' non-name fields and name frequency, as the oracle sees it. */
    public record Signature(String name, String date, String sex, String citizenship, String frequency) {
        @Override
        public String toString() {
            return name + " | " + date + " | sex " + sex + " | cit " + citizenship + " | name freq " + frequency;
        }
    }

    public record Group(Signature signature, long truePairs, long pairs) {
        double precision() {
            return pairs == 0 ? 0 : (double) truePairs / pairs;
        }
    }

    /**
     * @param match          the oracle's best MATCH decision: F1 of it is the ceiling
     * @param candidatePairs pairs with the same or contained canonical names
     * @param reachable      true pairs among them (the most any name-oracle can find)
     * @param groups         all signatures, best precision first; the first {@code accepted} make the decision
     */
    public record Result(PairMetrics match, long candidatePairs, long reachable, long truePairs, int accepted,
                         List<Group> groups) {
        public double f1() {
            return match.f1();
        }
    }

    private Ceiling() {
    }

    public static Result compute(TruthTable t) {
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (int i = 0; i < t.size(); i++) byKey.computeIfAbsent(t.nameKey[i], k -> new ArrayList<>()).add(i);
        Map<String, List<Tuple>> tuples = new HashMap<>();
        for (Map.Entry<String, List<Integer>> e : byKey.entrySet()) tuples.put(e.getKey(), tuples(t, e.getValue()));

        Map<Signature, long[]> counts = new HashMap<>();
        for (Map.Entry<String, List<Tuple>> e : tuples.entrySet()) {
            String freq = frequency(byKey.get(e.getKey()).size());
            List<Tuple> g = e.getValue();
            for (int i = 0; i < g.size(); i++) {
                for (int j = i; j < g.size(); j++) {
                    add(counts, "same", g.get(i), g.get(j), i == j, freq);
                }
            }
            String[] tokens = e.getKey().split("\\+");
            if (tokens.length < 2 || tokens.length > 8) continue;
            for (int mask = 1; mask < (1 << tokens.length) - 1; mask++) {
                List<String> subset = new ArrayList<>();
                for (int b = 0; b < tokens.length; b++) if ((mask & (1 << b)) != 0) subset.add(tokens[b]);
                List<Tuple> other = tuples.get(String.join("+", subset));
                if (other == null) continue;
                String subFreq = frequency(byKey.get(String.join("+", subset)).size());
                for (Tuple a : g) for (Tuple b : other) add(counts, "subset", a, b, false, subFreq);
            }
        }
        return select(counts, t.truePairs());
    }

    static Result select(Map<Signature, long[]> counts, long truePairs) {
        List<Group> groups = new ArrayList<>();
        counts.forEach((s, c) -> groups.add(new Group(s, c[0], c[1])));
        groups.sort(Comparator.comparingDouble(Group::precision).reversed()
                .thenComparing(Comparator.comparingLong(Group::truePairs).reversed())
                .thenComparing(g -> g.signature().toString()));
        long tp = 0, fp = 0, bestTp = 0, bestFp = 0, candidates = 0, reachable = 0;
        double best = 0;
        int accepted = 0;
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            candidates += g.pairs();
            reachable += g.truePairs();
            tp += g.truePairs();
            fp += g.pairs() - g.truePairs();
            double f1 = new PairMetrics(tp, fp, truePairs - tp).f1();
            if (f1 > best) {
                best = f1;
                bestTp = tp;
                bestFp = fp;
                accepted = i + 1;
            }
        }
        return new Result(new PairMetrics(bestTp, bestFp, truePairs - bestTp), candidates, reachable, truePairs,
                accepted, groups);
    }

    private record Tuple(String date, String year, String sex, String citizenship, Map<Integer, Long> perPerson,
                         long size) {
    }

    private static List<Tuple> tuples(TruthTable t, List<Integer> records) {
        Map<String, Map<Integer, Long>> m = new LinkedHashMap<>();
        Map<String, Integer> first = new HashMap<>();
        for (int i : records) {
            String k = t.birthDate[i] + "|" + t.birthYear[i] + "|" + t.sex[i] + "|" + t.citizenship[i];
            m.computeIfAbsent(k, x -> new HashMap<>()).merge(t.person[i], 1L, Long::sum);
            first.putIfAbsent(k, i);
        }
        List<Tuple> out = new ArrayList<>();
        m.forEach((k, perPerson) -> {
            int i = first.get(k);
            out.add(new Tuple(t.birthDate[i], t.birthYear[i], t.sex[i], t.citizenship[i], perPerson,
                    perPerson.values().stream().mapToLong(Long::longValue).sum()));
        });
        return out;
    }

    private static void add(Map<Signature, long[]> counts, String name, Tuple a, Tuple b, boolean sameTuple,
                            String freq) {
        long pairs;
        long same = 0;
        if (sameTuple) {
            pairs = a.size * (a.size - 1) / 2;
            for (long n : a.perPerson.values()) same += n * (n - 1) / 2;
        } else {
            pairs = a.size * b.size;
            Map<Integer, Long> small = a.perPerson.size() <= b.perPerson.size() ? a.perPerson : b.perPerson;
            Map<Integer, Long> large = small == a.perPerson ? b.perPerson : a.perPerson;
            for (Map.Entry<Integer, Long> e : small.entrySet()) {
                Long n = large.get(e.getKey());
                if (n != null) same += e.getValue() * n;
            }
        }
        if (pairs == 0) return;
        Signature s = new Signature(name, dateRelation(a.date, a.year, b.date, b.year), relation(a.sex, b.sex),
                relation(a.citizenship, b.citizenship), freq);
        long[] c = counts.computeIfAbsent(s, k -> new long[2]);
        c[0] += same;
        c[1] += pairs;
    }

    static String relation(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) return "missing";
        return a.equals(b) ? "agree" : "disagree";
    }

    static String dateRelation(String dateA, String yearA, String dateB, String yearB) {
        Integer ya = year(dateA, yearA), yb = year(dateB, yearB);
        if (!dateA.isEmpty() && !dateB.isEmpty()) {
            if (dateA.equals(dateB)) return dateA.endsWith("-01-01") ? "date equal (1 Jan)" : "date equal";
            String[] a = dateA.split("-"), b = dateB.split("-");
            if (ya.equals(yb) && a[1].equals(b[2]) && a[2].equals(b[1])) return "day/month swapped";
            if (ya.equals(yb)) return "date same year";
            if (a[1].equals(b[1]) && a[2].equals(b[2]) && Math.abs(ya - yb) == 1) return "date year ±1";
            return Math.abs(ya - yb) == 1 ? "date other, year ±1" : "date far";
        }
        if (ya == null || yb == null) return "date missing";
        if (ya.equals(yb)) return "year equal";
        return Math.abs(ya - yb) == 1 ? "year ±1" : "year far";
    }

    private static Integer year(String date, String year) {
        try {
            if (!date.isEmpty()) return Integer.parseInt(date.substring(0, 4));
            if (!year.isEmpty()) return Integer.parseInt(year);
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    static String frequency(int records) {
        if (records <= 4) return "1-4";
        if (records <= 16) return "5-16";
        if (records <= 64) return "17-64";
        if (records <= 256) return "65-256";
        return ">256";
    }

    /**
     * The most of all true pairs that MATCH ∪ POSSIBLE can recall for the name oracle, with no more POSSIBLE than
     * MATCH pairs and MATCH F1 at least {@code share} of the ceiling: MATCH is a prefix of the signatures by
     * precision (the ceiling's decision, or a longer one while its F1 holds), POSSIBLE the pairs that follow, as many
     * as MATCH; of a signature taken in part, its share of true pairs (the oracle cannot tell its pairs apart).
     */
    public static double recallBound(Result r, double share) {
        List<Group> g = r.groups();
        long[] tp = new long[g.size() + 1];
        long[] pairs = new long[g.size() + 1];
        for (int i = 0; i < g.size(); i++) {
            tp[i + 1] = tp[i] + g.get(i).truePairs();
            pairs[i + 1] = pairs[i] + g.get(i).pairs();
        }
        double best = 0;
        for (int k = 1; k <= g.size(); k++) {
            if (new PairMetrics(tp[k], pairs[k] - tp[k], r.truePairs() - tp[k]).f1() < share * r.f1()) {
                continue;
            }
            double found = tp[k];
            long queue = 0;
            for (int i = k; i < g.size() && queue < pairs[k]; i++) {
                long taken = Math.min(g.get(i).pairs(), pairs[k] - queue);
                found += (double) g.get(i).truePairs() * taken / g.get(i).pairs();
                queue += taken;
            }
            best = Math.max(best, found / r.truePairs());
        }
        return best;
    }

    /** Convenience for reports. */
    public static String describe(Result r) {
        return String.format("F1 %.4f (P %.4f, R %.4f), %d of %d signatures accepted, %d candidate pairs, "
                        + "%d of %d true pairs reachable by name; MATCH∪POSSIBLE recall reachable with no more POSSIBLE "
                        + "than MATCH pairs: %.4f with the ceiling's MATCH, %.4f with MATCH F1 at 95%% of it",
                r.f1(), r.match().precision(), r.match().recall(), r.accepted(), r.groups().size(), r.candidatePairs(),
                r.reachable(), r.truePairs(), recallBound(r, 1), recallBound(r, 0.95));
    }


}
