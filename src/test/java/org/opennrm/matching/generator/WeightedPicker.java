package org.opennrm.matching.generator;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Draws items in proportion to their weights (cumulative table, binary search). */
final class WeightedPicker<T> {

    private final List<T> items;
    private final double[] cumulative;

    WeightedPicker(List<T> items, List<Double> weights) {
        if (items.isEmpty() || items.size() != weights.size()) throw new IllegalArgumentException("items/weights");
        this.items = List.copyOf(items);
        this.cumulative = new double[items.size()];
        double sum = 0;
        for (int i = 0; i < items.size(); i++) {
            sum += weights.get(i);
            cumulative[i] = sum;
        }
    }

    T pick(Random random) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, x);
        if (i < 0) i = -i - 1;
        return items.get(Math.min(i, items.size() - 1));
    }

    int size() {
        return items.size();
    }

    /** Picks from a list where earlier entries are the usual spelling and later ones rarer variants. */
    static <T> T pickUsualFirst(List<T> list, Random random) {
        if (list.size() == 1) return list.get(0);
        double total = 0;
        for (int i = 0; i < list.size(); i++) total += 1.0 / (i + 1.5);
        double x = random.nextDouble() * total;
        for (int i = 0; i < list.size(); i++) {
            x -= 1.0 / (i + 1.5);
            if (x <= 0) return list.get(i);
        }
        return list.get(list.size() - 1);
    }
}
