package org.opennrm.matching.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Draws a synthetic population and decides how many times, and by whom, each person is registered. Records are
 * rendered lazily and deterministically (one seeded random stream per record), so a million-record register needs
 * little memory and the same seed always gives the same files.
 */
public final class PopulationGenerator {

    private final NameCatalog catalog;

    public PopulationGenerator(NameCatalog catalog) {
        this.catalog = catalog;
    }

    public PopulationGenerator() {
        this(NameCatalog.load());
    }

    public SyntheticDataset generate(GeneratorConfig config) {
        Random r = new Random(config.seed());
        WeightedPicker<Population> populations = picker(Population.values(), p -> p.weight);
        WeightedPicker<Integer> recordCounts = recordCountPicker(config.recordsPerPerson());
        Map<Population, List<Person>> byPopulation = new EnumMap<>(Population.class);
        List<Person> persons = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        long records = 0;
        int familyId = 0;
        while (config.targetRecords() > 0 ? records < config.targetRecords() : persons.size() < config.people()) {
            Population pop = populations.pick(r);
            List<Person> same = byPopulation.computeIfAbsent(pop, k -> new ArrayList<>());
            List<Person> household = new ArrayList<>();
            Person head;
            if (!same.isEmpty() && r.nextDouble() < config.nameTwinRate()) {
                head = nameTwin(persons.size(), familyId++, same.get(r.nextInt(same.size())), r, config);
            } else {
                head = newPerson(persons.size(), familyId++, pop, r, config);
            }
            household.add(head);
            if (r.nextDouble() < config.siblingRate()) {
                int siblings = 1 + (r.nextDouble() < 0.4 ? 1 : 0) + (r.nextDouble() < 0.15 ? 1 : 0);
                for (int i = 0; i < siblings; i++) {
                    household.add(sibling(persons.size() + household.size(), head, household, r));
                }
            }
            for (Person p : household) {
                if (config.targetRecords() == 0 && persons.size() >= config.people()) break;
                int n = recordCounts.pick(r);
                if (config.targetRecords() > 0) n = (int) Math.min(n, config.targetRecords() - records);
                if (n <= 0) break;
                persons.add(p);
                same.add(p);
                counts.add(n);
                records += n;
            }
        }
        return new SyntheticDataset(persons, counts, config.seed());
    }

    private Person newPerson(int id, int familyId, Population pop, Random r, GeneratorConfig config) {
        char sex = r.nextDouble() < pop.femaleShare ? 'F' : 'M';
        CanonicalName given = catalog.pick(pop, sex == 'F' ? CanonicalName.Kind.FEMALE : CanonicalName.Kind.MALE, r);
        CanonicalName father = r.nextDouble() < pop.fatherNameRate ? catalog.pick(pop, CanonicalName.Kind.MALE, r) : null;
        CanonicalName family = catalog.pick(pop, CanonicalName.Kind.FAMILY, r);
        if (r.nextDouble() < pop.noFamilyNameRate) {
            family = null;
            if (father == null) father = catalog.pick(pop, CanonicalName.Kind.MALE, r);
        }
        CanonicalName second = null;
        double secondRate = pop == Population.TURKISH ? 0.2 : 0.04;
        if (father == null && r.nextDouble() < secondRate) {
            second = catalog.pick(pop, sex == 'F' ? CanonicalName.Kind.FEMALE : CanonicalName.Kind.MALE, r);
            if (second.id().equals(given.id())) second = null;
        }
        LocalDate birth = birthDate(r, config.referenceYear());
        boolean known = r.nextDouble() >= pop.dateUnknownRate;
        return new Person(id, familyId, pop, sex, given, second, father, family, birth, known, pop.citizenship);
    }

    /** A different person who happens to carry the same full name, born within two years of the other. */
    private Person nameTwin(int id, int familyId, Person other, Random r, GeneratorConfig config) {
        Population pop = other.population();
        CanonicalName father = other.father();
        if (father != null && other.family() != null) {
            father = r.nextDouble() < pop.fatherNameRate ? catalog.pick(pop, CanonicalName.Kind.MALE, r) : null;
        }
        int year = other.birthDate().getYear() + List.of(-1, 0, 0, 0, 1, 2).get(r.nextInt(6));
        LocalDate birth = LocalDate.ofYearDay(year, 1 + r.nextInt(365));
        boolean known = r.nextDouble() >= pop.dateUnknownRate;
        return new Person(id, familyId, pop, other.sex(), other.given(), other.secondGiven(), father, other.family(),
                birth, known, other.citizenship());
    }

    /** Same family name, same father, close birth year, different given name: the hard negatives. */
    private Person sibling(int id, Person head, List<Person> household, Random r) {
        Population pop = head.population();
        char sex = r.nextDouble() < pop.femaleShare ? 'F' : 'M';
        Set<String> taken = new HashSet<>();
        household.forEach(h -> taken.add(h.given().id()));
        CanonicalName given = null;
        for (int attempt = 0; attempt < 20 && (given == null || taken.contains(given.id())); attempt++) {
            given = catalog.pick(pop, sex == 'F' ? CanonicalName.Kind.FEMALE : CanonicalName.Kind.MALE, r);
        }
        LocalDate birth;
        if (r.nextDouble() < 0.1) {
            birth = head.birthDate(); // twins
        } else {
            int offset = (1 + r.nextInt(5)) * (r.nextBoolean() ? 1 : -1);
            birth = LocalDate.ofYearDay(head.birthDate().getYear() + offset, 1 + r.nextInt(365));
        }
        return new Person(id, head.familyId(), pop, sex, given, null, head.father(), head.family(), birth,
                head.birthDateKnown(), head.citizenship());
    }

    private static LocalDate birthDate(Random r, int referenceYear) {
        double x = r.nextDouble();
        int age = x < 0.15 ? 8 + r.nextInt(10) : x < 0.65 ? 18 + r.nextInt(13) : x < 0.93 ? 31 + r.nextInt(15)
                : 46 + r.nextInt(20);
        int year = referenceYear - age;
        return LocalDate.ofYearDay(year, 1 + r.nextInt(LocalDate.ofYearDay(year, 1).lengthOfYear()));
    }

    private static WeightedPicker<Integer> recordCountPicker(double[] weights) {
        List<Integer> counts = new ArrayList<>();
        List<Double> w = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            counts.add(i + 1);
            w.add(weights[i]);
        }
        return new WeightedPicker<>(counts, w);
    }

    private static <T> WeightedPicker<T> picker(T[] items, java.util.function.ToDoubleFunction<T> weight) {
        List<Double> w = new ArrayList<>();
        for (T t : items) w.add(weight.applyAsDouble(t));
        return new WeightedPicker<>(List.of(items), w);
    }
}
