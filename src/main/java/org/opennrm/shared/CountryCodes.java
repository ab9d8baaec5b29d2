package org.opennrm.shared;

import java.util.Optional;

/**
 * The countries of the reference data's list by their codes, for the shared kernel, which reads a country's code
 * ({@link PhoneNumbers}: {@code opennrm.country}) and depends on no module: the module that keeps the list,
 * {@code reference}, gives it.
 */
public interface CountryCodes {

	/**
	 * The country of the list an alpha-3 code in capitals names, a code documents write in place of the list's
	 * (Kosovo's RKS) as the list's; none when it names none.
	 */
	Optional<Country> country(String alpha3);

	/**
	 * A country of the list.
	 *
	 * @param alpha2 ISO 3166-1 alpha-2, e.g. "SY"; null for ICAO's codes of no country (XXA)
	 * @param nameEn its name in English
	 */
	record Country(String alpha2, String nameEn) {
	}

}
