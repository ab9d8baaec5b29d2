package org.opennrm.shared;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Spring Boot's short report for a {@link StartRefused}, whichever module refused the start. */
public class StartRefusedFailureAnalyzer extends AbstractFailureAnalyzer<StartRefused> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, StartRefused cause) {
		return new FailureAnalysis(cause.description(), cause.action(), cause);
	}

}
