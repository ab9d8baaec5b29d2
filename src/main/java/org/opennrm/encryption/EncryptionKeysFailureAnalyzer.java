package org.opennrm.encryption;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns missing or invalid keys into Spring Boot's short "APPLICATION FAILED TO START" report. */
class EncryptionKeysFailureAnalyzer extends AbstractFailureAnalyzer<InvalidEncryptionKeysException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidEncryptionKeysException cause) {
		return new FailureAnalysis(cause.description(), cause.action(), cause);
	}
}
