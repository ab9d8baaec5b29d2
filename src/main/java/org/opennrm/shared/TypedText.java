package org.opennrm.shared;

/**
 * A form's or a body's text as it is read, before it is checked: a field of spaces only is a field left empty, so that
 * an optional one (a phone, an e-mail or web address) is saved as none rather than refused as a value of the wrong
 * form, and a required one is refused once, as required, rather than also for its length and its letters. For the
 * compact constructors of the records that forms and bodies are read into, whose checks then see the value so.
 */
public final class TypedText {

	private TypedText() {
	}

	/** Null for a text of spaces only (or none); else the text as typed. */
	public static String orNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

	/**
	 * Null for a text of spaces only (or none); else the text without the spaces at either end, which a value of one
	 * word (an address, a number, a code) never means: copied with them, it is no other value.
	 */
	public static String stripped(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
