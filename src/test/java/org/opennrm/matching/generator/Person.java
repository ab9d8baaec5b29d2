package org.opennrm.matching.generator;

import java.time.LocalDate;

/**
 * A real person of the synthetic population: what is true about them, before any agency writes it down.
 * {@code father} is the father's name that Arab, Afghan and Iranian records may carry, or the source of a patronymic;
 * Afghans without a family name have {@code family == null} and their father's name stands in for it.
 */
record Person(int id, int familyId, Population population, char sex, CanonicalName given, CanonicalName secondGiven,
              CanonicalName father, CanonicalName family, LocalDate birthDate, boolean birthDateKnown,
              String citizenship) {

    boolean female() {
        return sex == 'F';
    }

    /** The one name token some records drop and others keep. */
    boolean fatherDroppable() {
        return father != null && family != null;
    }
}
