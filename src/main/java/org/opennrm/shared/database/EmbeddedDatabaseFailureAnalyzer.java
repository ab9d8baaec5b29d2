package org.opennrm.shared.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a data directory held by another running OpenNRM into Spring Boot's short "APPLICATION FAILED TO START". */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
		return new FailureAnalysis(cause.description(), cause.action(), cause);
	}

}
