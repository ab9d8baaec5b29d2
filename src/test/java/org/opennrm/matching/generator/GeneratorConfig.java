package org.opennrm.matching.generator;

/**
 * Parameters of a synthetic population.
 *
 * @param people           number of people (ignored when {@code targetRecords > 0}: people are added until the
 *                         register holds exactly that many records)
 * @param targetRecords    exact number of records wanted, or 0
 * @param recordsPerPerson relative weights of 1, 2, 3 … records per person
 * @param seed             same seed, same data, byte for byte
 * @param siblingRate      share of people who bring siblings (same family and father's name, close birth years)
 * @param nameTwinRate     share of people who are given the full name of an earlier, different person of their
 *                         population, born within two years (the many different "Mohammad Ahmad" born near 1990)
 * @param referenceYear    the year ages are counted from
 */
public record GeneratorConfig(int people, int targetRecords, double[] recordsPerPerson, long seed, double siblingRate,
                              double nameTwinRate, int referenceYear) {

    public static final double[] DEFAULT_RECORDS_PER_PERSON = {0.45, 0.25, 0.15, 0.09, 0.04, 0.02};

    public static GeneratorConfig forRecords(int records, long seed) {
        return new GeneratorConfig(0, records, DEFAULT_RECORDS_PER_PERSON, seed, 0.08, 0.04, 2025);
    }

    public static GeneratorConfig forPeople(int people, long seed) {
        return new GeneratorConfig(people, 0, DEFAULT_RECORDS_PER_PERSON, seed, 0.08, 0.04, 2025);
    }

    public GeneratorConfig withRecordsPerPerson(double... weights) {
        return new GeneratorConfig(people, targetRecords, weights, seed, siblingRate, nameTwinRate, referenceYear);
    }

    public GeneratorConfig withSiblingRate(double rate) {
        return new GeneratorConfig(people, targetRecords, recordsPerPerson, seed, rate, nameTwinRate, referenceYear);
    }

    public GeneratorConfig withNameTwinRate(double rate) {
        return new GeneratorConfig(people, targetRecords, recordsPerPerson, seed, siblingRate, rate, referenceYear);
    }
}
