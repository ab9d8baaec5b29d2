package org.opennrm.matching;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.opennrm.encryption.EncryptedColumn;
import org.opennrm.matching.index.RecordCodec;

@Configuration(proxyBeanMethods = false)
class MatchingConfiguration {

	/**
	 * The candidate search's decision limits, {@link MatchThresholds#SEARCH} unless configured (the bulk command has
	 * its own flags).
	 */
	@Bean
	PersonMatcher personMatcher(@Value("${opennrm.matching.threshold-match:#{null}}") Double match,
			@Value("${opennrm.matching.threshold-possible:#{null}}") Double possible) {
		return PersonMatcher.standard().withThresholds(new MatchThresholds(
				match != null ? match : MatchThresholds.SEARCH.match(),
				possible != null ? possible : MatchThresholds.SEARCH.possible()));
	}

	/** The index's encrypted records, for the key rotation. */
	@Bean
	EncryptedColumn matchingRecordColumn() {
		return RecordCodec.COLUMN;
	}

}
