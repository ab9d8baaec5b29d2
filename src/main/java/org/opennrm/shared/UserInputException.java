package org.opennrm.shared;

import java.util.List;

/**
 * Input that breaks a rule the user can fix. Carries message keys, never texts, so that the message
 * reaches the user in their language; the web layer turns it into a form error or a 400 problem.
 *
 * @param field the form field or API property at fault, or null for the whole input
 * @param messageKey the key in the message bundles
 */
public class UserInputException extends RuntimeException {

	private final String field;
	private final String messageKey;
	private final transient List<Object> arguments;

	public UserInputException(String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.toArray();
	}

}
