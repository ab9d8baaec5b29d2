package org.opennrm.matching.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The names people are drawn from: the hand-written catalog ({@code names.txt}) plus family names composed the way
 * each tradition forms them (nisba and Abu- names, -zadeh/-pour/-zai, -ov/-ev, -enko, Turkish compounds, -shvili/-dze,
 * Yoruba compounds), so that family names have the long tail real registers have.
 */
public final class NameCatalog {

    private final Map<String, CanonicalName> byId = new LinkedHashMap<>();
    private final Map<Population, EnumMap<CanonicalName.Kind, WeightedPicker<CanonicalName>>> pickers =
            new EnumMap<>(Population.class);

    public static NameCatalog load() {
        try (InputStream in = NameCatalog.class.getResourceAsStream("names.txt")) {
            if (in == null) throw new IllegalStateException("names.txt missing from the test resources");
            NameCatalog catalog = new NameCatalog();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(NameCatalog::parse)
                    .forEach(catalog::add);
            FamilyNameComposer.compose(catalog.all()).forEach(catalog::add);
            catalog.buildPickers();
            return catalog;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CanonicalName parse(String line) {
        String[] parts = line.split("\\|");
        if (parts.length != 3) throw new IllegalArgumentException("bad catalog line: " + line);
        String[] head = parts[0].strip().split("\\s+");
        CanonicalName.Kind kind = switch (head[0]) {
            case "M" -> CanonicalName.Kind.MALE;
            case "F" -> CanonicalName.Kind.FEMALE;
            case "S", "SA" -> CanonicalName.Kind.FAMILY;
            default -> throw new IllegalArgumentException("bad kind in: " + line);
        };
        Map<Population, Double> weights = new EnumMap<>(Population.class);
        for (String w : parts[1].strip().split("\\s+")) {
            String[] kv = w.split(":");
            weights.put(Population.byCode(kv[0]), Double.parseDouble(kv[1]));
        }
        Map<String, List<String>> forms = new LinkedHashMap<>();
        for (String f : parts[2].split(";")) {
            int colon = f.indexOf(':');
            if (colon < 0) continue;
            List<String> values = Arrays.stream(f.substring(colon + 1).split(","))
                    .map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
            forms.put(f.substring(0, colon).strip(), values);
        }
        return new CanonicalName(head[1], kind, head[0].equals("SA"), weights, forms);
    }

    private void add(CanonicalName name) {
        if (byId.putIfAbsent(name.id(), name) != null) {
            throw new IllegalStateException("duplicate catalog id " + name.id());
        }
    }

    private void buildPickers() {
        for (Population p : Population.values()) {
            EnumMap<CanonicalName.Kind, WeightedPicker<CanonicalName>> byKind = new EnumMap<>(CanonicalName.Kind.class);
            for (CanonicalName.Kind kind : CanonicalName.Kind.values()) {
                List<CanonicalName> names = new ArrayList<>();
                List<Double> weights = new ArrayList<>();
                for (CanonicalName n : byId.values()) {
                    if (n.kind() == kind && n.weight(p) > 0) {
                        names.add(n);
                        weights.add(n.weight(p));
                    }
                }
                if (names.isEmpty()) throw new IllegalStateException("no " + kind + " names for " + p);
                byKind.put(kind, new WeightedPicker<>(names, weights));
            }
            pickers.put(p, byKind);
        }
    }

    public List<CanonicalName> all() {
        return List.copyOf(byId.values());
    }

    public CanonicalName get(String id) {
        CanonicalName n = byId.get(id);
        if (n == null) throw new IllegalArgumentException("no catalog name " + id);
        return n;
    }

    CanonicalName pick(Population population, CanonicalName.Kind kind, Random random) {
        return pickers.get(population).get(kind).pick(random);
    }

    int size(Population population, CanonicalName.Kind kind) {
        return pickers.get(population).get(kind).size();
    }
}
