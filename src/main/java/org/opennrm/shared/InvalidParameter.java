package org.opennrm.shared;

/**
 * A query parameter whose value is not of the kind the parameter takes, found by the application rather than by Spring
 * (text with a control character): the API answers it as it answers a parameter of the wrong type, naming the parameter
 * and what it takes; a screen tells it at its field.
 *
 * @param parameter the parameter's name
 * @param expectedKey the message key of what the parameter takes ("expected …")
 */
public class InvalidParameter extends UserInputException {

	public InvalidParameter(String parameter, String expectedKey) {
		super(parameter, expectedKey);
	}

}
