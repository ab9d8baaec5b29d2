package org.opennrm.reference;

/**
 * One of Türkiye's 81 provinces.
 *
 * @param code the plate code, "01" to "81"
 * @param name the province's name (the same in every language)
 */
public record Province(String code, String name) {
}
