package org.opennrm.reference;

/**
 * A country, named in one language.
 *
 * @param code ISO 3166-1 alpha-3, e.g. "SYR"
 * @param alpha2 ISO 3166-1 alpha-2, e.g. "SY"
 */
public record Country(String code, String alpha2, String name) {
}
