package org.opennrm.reference.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.opennrm.reference.Country;
import org.opennrm.reference.Language;
import org.opennrm.reference.Province;
import org.opennrm.reference.ReferenceData;

@RestController
@RequestMapping("/api/v1/reference")
@PreAuthorize("isAuthenticated()")
@Tag(name = "Reference data", description = "Provinces, countries and languages, named in the caller's language "
		+ "(Turkish with ?lang=tr or the language cookie, English otherwise)")
class ReferenceApi {

	private final ReferenceData reference;

	ReferenceApi(ReferenceData reference) {
		this.reference = reference;
	}

	@GetMapping("/provinces")
	@Operation(summary = "Türkiye's 81 provinces by plate code, sorted by name")
	List<Province> provinces(Locale locale) {
		return reference.provinces(locale);
	}

	@GetMapping("/countries")
	@Operation(summary = "Countries (ISO 3166-1 alpha-3 and alpha-2), sorted by name", description = "ISO 3166-1's "
			+ "countries, Kosovo (XKX, XK), and ICAO 9303's codes of a person without a defined nationality, whose "
			+ "`alpha2` is null: XXA stateless, XXB refugee (1951 Convention), XXC refugee (other), XXX nationality "
			+ "unspecified.")
	List<Country> countries(Locale locale) {
		return reference.countries(locale);
	}

	@GetMapping("/languages")
	@Operation(summary = "Languages (ISO 639-2/T or 639-3, and 639-1 where one exists), sorted by name")
	List<Language> languages(Locale locale) {
		return reference.languages(locale);
	}

}
