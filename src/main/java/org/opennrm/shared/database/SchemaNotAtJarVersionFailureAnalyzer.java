package org.opennrm.shared.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Spring Boot's short "APPLICATION FAILED TO START" report for {@link SchemaNotAtJarVersion}, not a stack trace. */
class SchemaNotAtJarVersionFailureAnalyzer extends AbstractFailureAnalyzer<SchemaNotAtJarVersion> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SchemaNotAtJarVersion cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}

}
