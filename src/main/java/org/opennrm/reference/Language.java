package org.opennrm.reference;

/**
 * A language, named in one language.
 *
 * @param code ISO 639-2/T or 639-3, e.g. "ara" or "kmr"
 * @param alpha2 ISO 639-1 where one exists, else null
 */
public record Language(String code, String alpha2, String name) {
}
