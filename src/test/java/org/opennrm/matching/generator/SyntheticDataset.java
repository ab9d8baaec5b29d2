package org.opennrm.matching.generator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * A generated register: people, and their records in shuffled order. Records are rendered on demand from a
 * per-record seed, so iterating twice gives the same records and a million records fit in little memory.
 */
public final class SyntheticDataset implements Iterable<GeneratedRecord> {

    public static final String[] RECORD_HEADER = {"id", "given_names", "family_names", "full_name_original",
            "birth_date", "birth_year", "sex", "citizenship"};
    public static final String[] TRUTH_HEADER = {"id", "person_id", "family_id", "name_key", "agency", "variations"};

    private final List<Person> persons;
    private final int[] slotPerson;
    private final int[] slotOrdinal;
    private final long seed;
    private final WeightedPicker<Agency> agencies;
    private final WeightedPicker<Agency> agenciesForCitizens;

    SyntheticDataset(List<Person> persons, List<Integer> recordCounts, long seed) {
        this.persons = List.copyOf(persons);
        this.seed = seed;
        int total = recordCounts.stream().mapToInt(Integer::intValue).sum();
        slotPerson = new int[total];
        slotOrdinal = new int[total];
        int k = 0;
        for (int p = 0; p < persons.size(); p++) {
            for (int o = 0; o < recordCounts.get(p); o++) {
                slotPerson[k] = p;
                slotOrdinal[k++] = o;
            }
        }
        Random shuffle = new Random(seed ^ 0x5DEECE66DL);
        for (int i = total - 1; i > 0; i--) {
            int j = shuffle.nextInt(i + 1);
            int t = slotPerson[i]; slotPerson[i] = slotPerson[j]; slotPerson[j] = t;
            t = slotOrdinal[i]; slotOrdinal[i] = slotOrdinal[j]; slotOrdinal[j] = t;
        }
        List<Agency> all = List.of(Agency.values());
        agencies = new WeightedPicker<>(all, all.stream().map(a -> (double) a.weight).toList());
        List<Agency> domestic = all.stream().filter(a -> a != Agency.CONSULATE).toList();
        agenciesForCitizens = new WeightedPicker<>(domestic, domestic.stream().map(a -> (double) a.weight).toList());
    }

    public int size() {
        return slotPerson.length;
    }

    public int people() {
        return persons.size();
    }

    /** Pairs of records that belong to the same person: the matches a perfect matcher finds. */
    public long truePairs() {
        long[] perPerson = new long[persons.size()];
        for (int p : slotPerson) perPerson[p]++;
        return Arrays.stream(perPerson).map(n -> n * (n - 1) / 2).sum();
    }

    public GeneratedRecord record(int index) {
        Person p = persons.get(slotPerson[index]);
        Random r = new Random(seed * 1_000_003L + (long) p.id() * 64 + slotOrdinal[index]);
        Agency agency = (p.population() == Population.TURKISH ? agenciesForCitizens : agencies).pick(r);
        return RecordRenderer.render(String.format("R%07d", index + 1), p, agency, r);
    }

    @Override
    public Iterator<GeneratedRecord> iterator() {
        return new Iterator<>() {
            int next = 0;

            @Override
            public boolean hasNext() {
                return next < size();
            }

            @Override
            public GeneratedRecord next() {
                if (!hasNext()) throw new NoSuchElementException();
                return record(next++);
            }
        };
    }

    public List<GeneratedRecord> records() {
        List<GeneratedRecord> all = new ArrayList<>(size());
        forEach(all::add);
        return all;
    }

    /** Writes the bulk command's input ({@code records}) and the ground truth ({@code truth}). */
    public void write(Path records, Path truth) {
        try {
            if (records.toAbsolutePath().getParent() != null) Files.createDirectories(records.toAbsolutePath().getParent());
            if (truth.toAbsolutePath().getParent() != null) Files.createDirectories(truth.toAbsolutePath().getParent());
            try (BufferedWriter rw = Files.newBufferedWriter(records, StandardCharsets.UTF_8);
                 BufferedWriter tw = Files.newBufferedWriter(truth, StandardCharsets.UTF_8);
                 CSVPrinter rp = new CSVPrinter(rw, CSVFormat.DEFAULT.builder().setHeader(RECORD_HEADER)
                         .setRecordSeparator("\n").get());
                 CSVPrinter tp = new CSVPrinter(tw, CSVFormat.DEFAULT.builder().setHeader(TRUTH_HEADER)
                         .setRecordSeparator("\n").get())) {
                for (GeneratedRecord g : this) {
                    rp.printRecord(g.id(), g.givenNames(), g.familyNames(), g.fullNameOriginal(), g.birthDate(),
                            g.birthYear(), g.sex(), g.citizenship());
                    tp.printRecord(g.id(), "P" + g.personId(), "H" + g.familyId(), g.nameKey(), g.agency(),
                            String.join(";", g.variations().stream().sorted().toList()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
