package org.opennrm.matching;

import java.util.UUID;

/**
 * A registered person as the matching index holds them: the compared fields, and the scope columns
 * that decide who may see them as a candidate.
 *
 * @param id the person's id in the module that registered them
 * @param provinceCode the province whose focal points handle the person
 * @param organisationId the organisation that registered the person
 * @param registeredBy the user who registered the person
 */
public record IndexedPerson(UUID id, PersonRecord record, String provinceCode, UUID organisationId, UUID registeredBy) {
}
