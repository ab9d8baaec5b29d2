package org.opennrm.matching.generator.evaluation;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The ground truth of a register, read from the generator's files: which person each record belongs to, the
 * canonical name key of what the record wrote, and the fields other than names as the matcher saw them. Works on any
 * register with the same columns, not only on this generator's.
 */
public final class TruthTable {

    final String[] ids;
    final int[] person;
    final String[] nameKey;
    final String[] variations;
    final String[] birthDate;
    final String[] birthYear;
    final String[] sex;
    final String[] citizenship;
    final int people;
    private final Map<String, Integer> index;

    private TruthTable(int n) {
        ids = new String[n];
        person = new int[n];
        nameKey = new String[n];
        variations = new String[n];
        birthDate = new String[n];
        birthYear = new String[n];
        sex = new String[n];
        citizenship = new String[n];
        index = new HashMap<>(n * 2);
        people = 0;
    }

    private TruthTable(TruthTable t, int people) {
        ids = t.ids; person = t.person; nameKey = t.nameKey; variations = t.variations; birthDate = t.birthDate;
        birthYear = t.birthYear; sex = t.sex; citizenship = t.citizenship; index = t.index;
        this.people = people;
    }

    public static TruthTable read(Path records, Path truth) {
        try {
            Map<String, String[]> truthById = new HashMap<>();
            try (CSVParser p = parser(truth)) {
                for (CSVRecord r : p) {
                    truthById.put(r.get("id"), new String[]{r.get("person_id"), get(r, "name_key"), get(r, "variations")});
                }
            }
            TruthTable t = new TruthTable(truthById.size());
            Map<String, Integer> personIds = new HashMap<>();
            int i = 0;
            try (CSVParser p = parser(records)) {
                for (CSVRecord r : p) {
                    String id = r.get("id");
                    String[] tr = truthById.get(id);
                    if (tr == null) throw new IllegalArgumentException("record " + id + " has no ground truth");
                    t.ids[i] = id;
                    t.person[i] = personIds.computeIfAbsent(tr[0], k -> personIds.size());
                    t.nameKey[i] = tr[1].intern();
                    t.variations[i] = tr[2];
                    t.birthDate[i] = r.get("birth_date").strip();
                    t.birthYear[i] = r.get("birth_year").strip();
                    t.sex[i] = r.get("sex").strip();
                    t.citizenship[i] = r.get("citizenship").strip();
                    t.index.put(id, i++);
                }
            }
            if (i != t.ids.length) throw new IllegalArgumentException("records and truth differ in size");
            return new TruthTable(t, personIds.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For hand-made tests: records as rows of {id, person, nameKey, birthDate, birthYear, sex, citizenship}. */
    public static TruthTable of(String[]... rows) {
        TruthTable t = new TruthTable(rows.length);
        Map<String, Integer> personIds = new HashMap<>();
        for (int i = 0; i < rows.length; i++) {
            String[] r = rows[i];
            t.ids[i] = r[0];
            t.person[i] = personIds.computeIfAbsent(r[1], k -> personIds.size());
            t.nameKey[i] = r[2];
            t.variations[i] = "";
            t.birthDate[i] = r[3];
            t.birthYear[i] = r[4];
            t.sex[i] = r[5];
            t.citizenship[i] = r[6];
            t.index.put(r[0], i);
        }
        return new TruthTable(t, personIds.size());
    }

    public int size() {
        return ids.length;
    }

    public int people() {
        return people;
    }

    Integer indexOf(String id) {
        return index.get(id);
    }

    /** Number of pairs of records that belong to the same person. */
    public long truePairs() {
        long[] perPerson = new long[people];
        for (int p : person) perPerson[p]++;
        long sum = 0;
        for (long n : perPerson) sum += n * (n - 1) / 2;
        return sum;
    }

    static CSVParser parser(Path file) throws IOException {
        Reader reader = new java.io.PushbackReader(Files.newBufferedReader(file, StandardCharsets.UTF_8), 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') ((java.io.PushbackReader) reader).unread(first);
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
    }

    private static String get(CSVRecord r, String column) {
        return r.isMapped(column) ? r.get(column) : "";
    }
}
