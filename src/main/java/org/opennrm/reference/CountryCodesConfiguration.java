package org.opennrm.reference;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.opennrm.shared.CountryCodes;

/** The list of countries as the shared kernel reads country codes by it ({@link CountryCodes}). */
@Configuration(proxyBeanMethods = false)
class CountryCodesConfiguration {

	@Bean
	CountryCodes countryCodes() {
		return CountryList.reference();
	}

}
