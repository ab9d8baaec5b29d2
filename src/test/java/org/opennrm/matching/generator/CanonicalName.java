package org.opennrm.matching.generator;

import java.util.List;
import java.util.Map;

/**
 * One name as a person would say it is the same name, with the ways agencies write it. {@code forms} maps a catalog
 * key (ar, fa, cy, uk, en, pe, tr, fr, de, az, uz, tk, ro, pm, pf, upm, upf) to real spellings, most usual first.
 */
public record CanonicalName(String id, Kind kind, boolean takesArticle, Map<Population, Double> weights,
                            Map<String, List<String>> forms) {

    public enum Kind { MALE, FEMALE, FAMILY }

    List<String> forms(String key) {
        return forms.getOrDefault(key, List.of());
    }

    boolean has(String key) {
        return !forms(key).isEmpty();
    }

    String first(String key) {
        List<String> f = forms(key);
        return f.isEmpty() ? null : f.get(0);
    }

    double weight(Population population) {
        return weights.getOrDefault(population, 0.0);
    }
}
