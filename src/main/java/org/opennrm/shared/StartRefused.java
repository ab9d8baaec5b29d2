package org.opennrm.shared;

/**
 * A start that must not go on (keys that are not the database's, a schema of another version, a data directory another
 * OpenNRM holds), told in Spring Boot's short "APPLICATION FAILED TO START" report by {@link StartRefusedFailureAnalyzer}
 * rather than a stack trace: what is wrong, and what to do.
 */
public class StartRefused extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String description;
	private final String action;

	public StartRefused(String description, String action) {
		this(description, description, action, null);
	}

	/** With a message of its own for the exception, where it is read apart from the report. */
	protected StartRefused(String message, String description, String action, Throwable cause) {
		super(message, cause);
		this.description = description;
		this.action = action;
	}

	public String description() {
		return description;
	}

	public String action() {
		return action;
	}

}
