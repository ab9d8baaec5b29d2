package org.opennrm.reference;

/**
 * A country, named in one language; or one of ICAO 9303's codes of a person without a defined nationality (XXA
 * stateless, XXB and XXC refugees, XXX nationality unspecified), which a citizenship may hold.
 *
 * @param code ISO 3166-1 alpha-3, e.g. "SYR"; Kosovo's XKX; or ICAO's, e.g. "XXA"
 * @param alpha2 ISO 3166-1 alpha-2, e.g. "SY"; null for ICAO's codes
 */
public record Country(String code, String alpha2, String name) {
}
