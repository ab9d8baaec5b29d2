package org.opennrm.matching.generator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class PopulationGeneratorTest {

    private static final NameCatalog CATALOG = NameCatalog.load();
    private static List<GeneratedRecord> sample;

    @BeforeAll
    static void generate() {
        sample = new PopulationGenerator(CATALOG).generate(GeneratorConfig.forRecords(6000, 42)).records();
    }

    @Test
    void sameSeedGivesSameFilesAndOtherSeedOtherData(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        PopulationGenerator g = new PopulationGenerator(CATALOG);
        g.generate(GeneratorConfig.forRecords(2000, 7)).write(dir.resolve("a.csv"), dir.resolve("ta.csv"));
        g.generate(GeneratorConfig.forRecords(2000, 7)).write(dir.resolve("b.csv"), dir.resolve("tb.csv"));
        g.generate(GeneratorConfig.forRecords(2000, 8)).write(dir.resolve("c.csv"), dir.resolve("tc.csv"));
        assertThat(Files.mismatch(dir.resolve("a.csv"), dir.resolve("b.csv"))).isEqualTo(-1);
        assertThat(Files.mismatch(dir.resolve("ta.csv"), dir.resolve("tb.csv"))).isEqualTo(-1);
        assertThat(Files.mismatch(dir.resolve("a.csv"), dir.resolve("c.csv"))).isNotEqualTo(-1);
        assertThat(Files.readAllLines(dir.resolve("a.csv")).get(0))
                .isEqualTo("id,given_names,family_names,full_name_original,birth_date,birth_year,sex,citizenship");
    }

    @Test
    void exactRecordCountAndPeopleCount() {
        SyntheticDataset byRecords = new PopulationGenerator(CATALOG).generate(GeneratorConfig.forRecords(3333, 1));
        assertThat(byRecords.size()).isEqualTo(3333);
        SyntheticDataset byPeople = new PopulationGenerator(CATALOG).generate(GeneratorConfig.forPeople(500, 1));
        assertThat(byPeople.people()).isEqualTo(500);
        SyntheticDataset singles = new PopulationGenerator(CATALOG)
                .generate(GeneratorConfig.forPeople(300, 1).withRecordsPerPerson(1));
        assertThat(singles.size()).isEqualTo(300);
        assertThat(singles.truePairs()).isZero();
    }

    @Test
    void groundTruthIsConsistent() {
        Set<String> ids = new HashSet<>();
        Map<Integer, Set<Integer>> familiesOfPerson = new HashMap<>();
        Map<Integer, Long> perPerson = new HashMap<>();
        Pattern date = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
        for (GeneratedRecord r : sample) {
            assertThat(ids.add(r.id())).as("unique id %s", r.id()).isTrue();
            familiesOfPerson.computeIfAbsent(r.personId(), k -> new HashSet<>()).add(r.familyId());
            perPerson.merge(r.personId(), 1L, Long::sum);
            assertThat(r.givenNames() + r.familyNames() + r.fullNameOriginal()).isNotBlank();
            assertThat(r.birthDate()).matches(s -> s.isEmpty() || date.matcher(s).matches());
            if (!r.birthDate().isEmpty()) java.time.LocalDate.parse(r.birthDate());
            assertThat(r.birthYear()).matches(s -> s.isEmpty() || s.matches("\\d{4}"));
            if (!r.birthDate().isEmpty() && !r.birthYear().isEmpty()) {
                assertThat(r.birthDate()).startsWith(r.birthYear());
            }
            assertThat(r.sex()).isIn("", "M", "F");
            assertThat(r.citizenship()).matches(s -> s.isEmpty() || s.matches("[A-Z]{3}"));
            assertThat(r.nameKey()).isNotBlank();
        }
        assertThat(familiesOfPerson.values()).allMatch(s -> s.size() == 1);
        long truePairs = perPerson.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
        assertThat(truePairs).isEqualTo(new PopulationGenerator(CATALOG)
                .generate(GeneratorConfig.forRecords(6000, 42)).truePairs());
        assertThat(perPerson.values()).anyMatch(n -> n >= 4);
    }

    @Test
    void recordsOfOnePersonHaveTheSameOrContainedNameKeys() {
        Map<Integer, Set<Set<String>>> keys = new HashMap<>();
        for (GeneratedRecord r : sample) {
            keys.computeIfAbsent(r.personId(), k -> new HashSet<>()).add(Set.of(r.nameKey().split("\\+")));
        }
        for (Set<Set<String>> ks : keys.values()) {
            for (Set<String> a : ks) {
                for (Set<String> b : ks) {
                    assertThat(a.containsAll(b) || b.containsAll(a)).as("%s vs %s", a, b).isTrue();
                }
            }
        }
    }

    @Test
    void everyVariationOccurs() {
        Map<String, Integer> tags = new TreeMap<>();
        sample.forEach(r -> r.variations().forEach(t -> tags.merge(t, 1, Integer::sum)));
        assertThat(tags.keySet()).contains(
                "script:arabic", "script:persian", "script:cyrillic", "script:latin",
                "style:turkish", "style:english", "style:french", "style:german", "style:native_script",
                "style:native_latin", "style:russian_cyrillic", "romanised_from_cyrillic",
                "typo:keyboard", "typo:ocr", "typo:insertion", "typo:deletion", "typo:transposition",
                "swap", "one_field", "family_first", "original_script", "compound", "article", "article_dropped",
                "article_assimilated", "particle", "father_name", "father_name_dropped", "second_given_dropped",
                "letter_variant", "diacritics_dropped", "upper_case", "lower_case",
                "date:missing", "date:year_only", "date:unknown_day", "date:day_month_swap", "date:year_off",
                "sex:missing", "citizenship:missing", "citizenship:other");
        for (Population p : Population.values()) {
            assertThat(sample).as("citizens of %s", p).anyMatch(r -> r.citizenship().equals(p.citizenship()));
        }
    }

    @Test
    void hardNegativesExist() {
        Map<Integer, Set<Integer>> personsOfFamily = new HashMap<>();
        Map<String, Set<Integer>> personsOfNameKey = new HashMap<>();
        for (GeneratedRecord r : sample) {
            personsOfFamily.computeIfAbsent(r.familyId(), k -> new HashSet<>()).add(r.personId());
            personsOfNameKey.computeIfAbsent(r.nameKey(), k -> new HashSet<>()).add(r.personId());
        }
        assertThat(personsOfFamily.values().stream().filter(s -> s.size() > 1).count())
                .as("households with siblings").isGreaterThan(50);
        assertThat(personsOfNameKey.values().stream().filter(s -> s.size() > 1).count())
                .as("names shared by different people").isGreaterThan(100);
    }

    @Test
    void sameNameIsWrittenInManyWays() {
        Map<String, Set<String>> writings = new HashMap<>();
        for (GeneratedRecord r : sample) {
            if (r.nameKey().contains("muhammad") && !r.givenNames().isEmpty()) {
                writings.computeIfAbsent("muhammad", k -> new HashSet<>()).add(r.givenNames().split(" ")[0]);
            }
        }
        assertThat(writings.get("muhammad")).hasSizeGreaterThan(8)
                .contains("محمد").anyMatch(s -> s.equalsIgnoreCase("Muhammed") || s.equalsIgnoreCase("MUHAMMED"))
                .anyMatch(s -> s.equalsIgnoreCase("Mohammad"));
    }

    @Test
    void catalogHasRealVariantsPerScript() {
        CanonicalName abdulrahman = CATALOG.get("abdulrahman");
        assertThat(abdulrahman.forms("ar")).contains("عبد الرحمن", "عبدالرحمن");
        assertThat(abdulrahman.forms("en")).contains("Abdulrahman", "Abdul Rahman");
        assertThat(CATALOG.get("hussein").forms("tr")).contains("Hüseyin");
        assertThat(CATALOG.get("fatima").forms("fa")).contains("فاطمه");
        for (Population p : Population.values()) {
            for (CanonicalName.Kind k : CanonicalName.Kind.values()) {
                assertThat(CATALOG.size(p, k)).as("%s %s names", p, k).isGreaterThanOrEqualTo(5);
            }
        }
    }

    @Test
    void cyrillicRomanisationSystems() {
        assertThat(CyrillicRomanizer.romanize("Юлия", CyrillicRomanizer.System.ICAO, false)).isEqualTo("Iuliia");
        assertThat(CyrillicRomanizer.romanize("Юлия", CyrillicRomanizer.System.GERMAN, false)).isEqualTo("Julija");
        assertThat(CyrillicRomanizer.romanize("Шевченко", CyrillicRomanizer.System.FRENCH, false)).isEqualTo("Chevtchenko");
        assertThat(CyrillicRomanizer.romanize("Шевченко", CyrillicRomanizer.System.TURKISH, false)).isEqualTo("Şevçenko");
        assertThat(CyrillicRomanizer.romanize("Олександр", CyrillicRomanizer.System.ICAO, true)).isEqualTo("Oleksandr");
        assertThat(CyrillicRomanizer.romanize("Ольга", CyrillicRomanizer.System.ENGLISH, true)).isEqualTo("Olha");
    }

    @Test
    void compoundNamesSplitAndJoin() {
        assertThat(RecordRenderer.toggleCompound("Abdul Rahman")).isEqualTo("Abdulrahman");
        assertThat(RecordRenderer.toggleCompound("Abdulrahman")).isEqualTo("Abdul Rahman");
        assertThat(RecordRenderer.toggleCompound("Najibullah")).isEqualTo("Najib Ullah");
        assertThat(RecordRenderer.toggleCompound("عبد الرحمن")).isEqualTo("عبدالرحمن");
        assertThat(RecordRenderer.feminine("Ivanov")).isEqualTo("Ivanova");
        assertThat(RecordRenderer.feminine("Алиев")).isEqualTo("Алиева");
    }
}
