package org.opennrm.shared;

/**
 * A query parameter whose value is not of the kind the parameter takes, found by the application rather than by Spring
 * (text with a control character): the API answers it as it answers a parameter of the wrong type, naming the parameter
 * and what it takes; a screen tells it at its field.
 *
 * @param parameter the parameter's name
 * @param expectedKey the message key of what the parameter takes ("expected …"), with its arguments
 */
public class InvalidParameter extends UserInputException {

	public InvalidParameter(String parameter, String expectedKey, Object... arguments) {
		super(parameter, expectedKey, arguments);
	}

	/**
	 * Refuses a filter's text that no person could have typed ({@link PlainText}: a control character, a hidden
	 * direction mark): it is in no record, and is refused rather than answered with nothing found.
	 */
	public static void requirePlainText(String parameter, String value) {
		if (value != null && !PlainText.Check.allowed(value, false)) {
			throw new InvalidParameter(parameter, "error.parameter.plainText");
		}
	}

}
