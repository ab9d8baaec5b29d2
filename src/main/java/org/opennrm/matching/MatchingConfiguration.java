package org.opennrm.matching;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MatchingConfiguration {

	@Bean
	PersonMatcher personMatcher(@Value("${opennrm.matching.threshold-match:0.90}") double match,
			@Value("${opennrm.matching.threshold-possible:0.50}") double possible) {
		return PersonMatcher.standard().withThresholds(new MatchThresholds(match, possible));
	}

}
