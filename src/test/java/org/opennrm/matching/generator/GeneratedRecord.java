package org.opennrm.matching.generator;

import java.util.Set;

/** One registration of a person by an agency, in the bulk command's columns, with its ground truth. */
public record GeneratedRecord(String id, int personId, int familyId, String agency, String givenNames,
                              String familyNames, String fullNameOriginal, String birthDate, String birthYear,
                              String sex, String citizenship, String nameKey, Set<String> variations) {
}
