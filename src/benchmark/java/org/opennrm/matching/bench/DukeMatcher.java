package org.opennrm.matching.bench;

import com.ibm.icu.text.Transliterator;
import no.priv.garshol.duke.Cleaner;
import no.priv.garshol.duke.Comparator;
import no.priv.garshol.duke.ConfigurationImpl;
import no.priv.garshol.duke.Database;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Property;
import no.priv.garshol.duke.PropertyImpl;
import no.priv.garshol.duke.RecordImpl;
import no.priv.garshol.duke.cleaners.LowerCaseNormalizeCleaner;
import no.priv.garshol.duke.comparators.ExactComparator;
import no.priv.garshol.duke.comparators.QGramComparator;
import no.priv.garshol.duke.databases.LuceneDatabase;
import no.priv.garshol.duke.matchers.AbstractMatchListener;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.opennrm.matching.generator.evaluation.Clusters;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Duke 1.2 as the peer matcher, configured as a careful user with multi-script data would: names transliterated with
 * ICU ({@code Any-Latin; Latin-ASCII}) and lower-cased, all name fields in one order-insensitive q-gram-compared
 * NAME (so swapped or one-field names still meet; the original-script name as a second value), exact birth date, a
 * year comparator that tolerates ±1, exact sex and citizenship, Lucene blocking on names with fuzzy search.
 * Writes its pairs in the bulk command's output format. Also a command line with the bulk command's arguments:
 * {@code DukeMatcher match --input records.csv --output pairs.csv [--clusters clusters.csv]}.
 */
public final class DukeMatcher {

    public static final double MATCH_THRESHOLD = Double.parseDouble(System.getProperty("bench.duke.match", "0.91"));
    public static final double POSSIBLE_THRESHOLD = Double.parseDouble(System.getProperty("bench.duke.possible", "0.85"));

    public record Result(long elapsedMillis, long matchPairs, long possiblePairs) {
    }

    private DukeMatcher() {
    }

    public static void main(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i++) if (args[i].startsWith("--")) opts.put(args[i], args[++i]);
        if (args.length == 0 || !args[0].equals("match") || !opts.containsKey("--input") || !opts.containsKey("--output")) {
            System.err.println("usage: DukeMatcher match --input records.csv --output pairs.csv [--clusters clusters.csv]");
            System.exit(2);
        }
        Result r = run(Path.of(opts.get("--input")), Path.of(opts.get("--output")),
                opts.containsKey("--clusters") ? Path.of(opts.get("--clusters")) : null);
        System.err.printf("duke: %d MATCH, %d POSSIBLE pairs in %.1f s%n", r.matchPairs(), r.possiblePairs(),
                r.elapsedMillis() / 1000.0);
    }

    public static Result run(Path input, Path output, Path clusters) {
        long start = System.nanoTime();
        List<no.priv.garshol.duke.Record> records = read(input);
        ConfigurationImpl config = new ConfigurationImpl();
        config.setProperties(properties());
        config.setThreshold(MATCH_THRESHOLD);
        config.setMaybeThreshold(POSSIBLE_THRESHOLD);
        LuceneDatabase lucene = new LuceneDatabase();
        lucene.setMaxSearchHits(Integer.getInteger("bench.duke.maxSearchHits", 100));
        lucene.setFuzzySearch(Boolean.parseBoolean(System.getProperty("bench.duke.fuzzy", "true")));
        config.setDatabase(lucene);
        Database db = config.getDatabase(true);
        Processor processor = new Processor(config, db);
        processor.setThreads(Integer.getInteger("bench.duke.threads", 1));
        PairCollector collector = new PairCollector();
        processor.addMatchListener(collector);
        processor.deduplicate(records);
        processor.close();
        collector.write(output);
        if (clusters != null) Clusters.fromPairs(input, output, clusters);
        return new Result((System.nanoTime() - start) / 1_000_000, collector.count("MATCH"), collector.count("POSSIBLE"));
    }

    private static List<Property> properties() {
        List<Property> p = new ArrayList<>();
        p.add(new PropertyImpl("ID"));
        QGramComparator names = new QGramComparator();
        names.setQ(2);
        PropertyImpl name = new PropertyImpl("NAME", names, 0.05, 0.95);
        name.setLookupBehaviour(Property.Lookup.TRUE);
        p.add(name);
        p.add(notLookedUp(new PropertyImpl("BIRTH_DATE", new ExactComparator(), 0.3, 0.85)));
        p.add(notLookedUp(new PropertyImpl("BIRTH_YEAR", new YearComparator(), 0.1, 0.7)));
        p.add(notLookedUp(new PropertyImpl("SEX", new ExactComparator(), 0.05, 0.55)));
        p.add(notLookedUp(new PropertyImpl("CITIZENSHIP", new ExactComparator(), 0.3, 0.6)));
        return p;
    }

    private static PropertyImpl notLookedUp(PropertyImpl p) {
        p.setLookupBehaviour(Property.Lookup.FALSE);
        return p;
    }

    private static List<no.priv.garshol.duke.Record> read(Path input) {
        Cleaner clean = new TransliteratingCleaner();
        List<no.priv.garshol.duke.Record> out = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            for (CSVRecord r : parser) {
                Map<String, Collection<String>> values = new HashMap<>();
                put(values, "ID", r.get("id"));
                String structured = (r.get("given_names") + " " + r.get("family_names")).strip();
                String original = r.get("full_name_original").strip();
                if (!structured.isEmpty()) put(values, "NAME", clean.clean(structured));
                if (!original.isEmpty()) put(values, "NAME", clean.clean(original));
                String date = r.get("birth_date").strip();
                put(values, "BIRTH_DATE", date);
                String year = r.get("birth_year").strip();
                put(values, "BIRTH_YEAR", !year.isEmpty() ? year : date.length() >= 4 ? date.substring(0, 4) : "");
                put(values, "SEX", r.get("sex").strip());
                put(values, "CITIZENSHIP", r.get("citizenship").strip());
                out.add(new RecordImpl(values));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void put(Map<String, Collection<String>> values, String property, String value) {
        if (value != null && !value.isBlank()) values.computeIfAbsent(property, k -> new ArrayList<>()).add(value);
    }

    /** ICU transliteration to ASCII Latin, then Duke's own lower-casing and normalisation; punctuation to spaces. */
    static final class TransliteratingCleaner implements Cleaner {
        private final Transliterator toLatin = Transliterator.getInstance("Any-Latin; Latin-ASCII");
        private final Cleaner lower = new LowerCaseNormalizeCleaner();
        private final Map<String, String> cache = new HashMap<>();

        @Override
        public synchronized String clean(String value) {
            return cache.computeIfAbsent(value, v -> {
                String latin = toLatin.transliterate(v.toLowerCase(Locale.ROOT));
                String cleaned = lower.clean(latin);
                return cleaned == null ? "" : cleaned.replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").strip();
            });
        }
    }

    /** Same year 1.0, one year apart 0.8 (Duke maps it to a probability a bit above neutral), otherwise 0. */
    static final class YearComparator implements Comparator {
        @Override
        public boolean isTokenized() {
            return false;
        }

        @Override
        public double compare(String a, String b) {
            try {
                int d = Math.abs(Integer.parseInt(a.strip()) - Integer.parseInt(b.strip()));
                return d == 0 ? 1.0 : d == 1 ? 0.8 : 0.0;
            } catch (NumberFormatException e) {
                return 0.5;
            }
        }
    }

    /** Keeps each pair once, with its strongest decision and confidence. */
    static final class PairCollector extends AbstractMatchListener {
        private final Map<String, Object[]> pairs = new HashMap<>();

        @Override
        public synchronized void matches(no.priv.garshol.duke.Record r1, no.priv.garshol.duke.Record r2, double c) {
            add(r1, r2, c, "MATCH");
        }

        @Override
        public synchronized void matchesPerhaps(no.priv.garshol.duke.Record r1, no.priv.garshol.duke.Record r2, double c) {
            add(r1, r2, c, "POSSIBLE");
        }

        private void add(no.priv.garshol.duke.Record r1, no.priv.garshol.duke.Record r2, double c, String decision) {
            String a = r1.getValue("ID"), b = r2.getValue("ID");
            if (a.equals(b)) return;
            String key = a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
            Object[] before = pairs.get(key);
            if (before == null || (double) before[0] < c) pairs.put(key, new Object[]{c, decision});
        }

        long count(String decision) {
            return pairs.values().stream().filter(v -> v[1].equals(decision)).count();
        }

        void write(Path output) {
            try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
                 CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder()
                         .setHeader("left_id", "right_id", "score", "decision", "explanation")
                         .setRecordSeparator("\n").get())) {
                for (Map.Entry<String, Object[]> e : pairs.entrySet()) {
                    String[] ids = e.getKey().split("\u0000");
                    p.printRecord(ids[0], ids[1], String.format(Locale.ROOT, "%.4f", (double) e.getValue()[0]),
                            e.getValue()[1], "duke confidence");
                }
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
    }
}
