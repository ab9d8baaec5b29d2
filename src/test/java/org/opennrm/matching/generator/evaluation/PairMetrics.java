package org.opennrm.matching.generator.evaluation;

/** Pairwise counts: true positives, false positives, false negatives (true pairs not reported). */
public record PairMetrics(long truePositives, long falsePositives, long falseNegatives) {

    public long predicted() {
        return truePositives + falsePositives;
    }

    public double precision() {
        return predicted() == 0 ? 0 : (double) truePositives / predicted();
    }

    public double recall() {
        long actual = truePositives + falseNegatives;
        return actual == 0 ? 0 : (double) truePositives / actual;
    }

    public double f1() {
        long denominator = 2 * truePositives + falsePositives + falseNegatives;
        return denominator == 0 ? 0 : 2.0 * truePositives / denominator;
    }
}
