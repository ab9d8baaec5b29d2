package org.opennrm.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

import org.springframework.http.converter.HttpMessageNotReadableException;

import org.opennrm.shared.Causes;

/**
 * Where a body that is not well-formed JSON goes wrong, told by line and column as an editor counts them: in
 * characters, where Jackson counts the bytes of UTF-8 ("Göç" is five), and lines broken by LF, CR LF or CR. Only the
 * place: Jackson's message quotes what it found there, which may be a victim's data.
 *
 * @param line the line, from 1
 * @param column the character in that line, from 1
 * @param endsEarly whether the body ends before its JSON does (a brace, bracket or quote left open)
 */
record JsonSyntaxError(int line, int column, boolean endsEarly) {

	/** The syntax error of a body that could not be read, if that is why. */
	static Optional<JsonSyntaxError> in(HttpMessageNotReadableException failure) {
		return Causes.chain(failure).stream()
			.filter(c -> c instanceof StreamReadException && !(c instanceof InputCoercionException))
			.map(StreamReadException.class::cast)
			.filter(c -> c.getLocation() != null)
			.findFirst()
			.map(c -> at(c.getLocation(), failure.getHttpInputMessage() instanceof JsonBody body ? body.bytes() : null,
					c instanceof UnexpectedEndOfInputException));
	}

	private static JsonSyntaxError at(TokenStreamLocation location, byte[] body, boolean endsEarly) {
		long offset = location.getByteOffset();
		if (body == null || offset < 0) {
			return new JsonSyntaxError(Math.max(location.getLineNr(), 1), Math.max(location.getColumnNr(), 1), endsEarly);
		}
		String before = new String(body, 0, (int) Math.min(offset, body.length), StandardCharsets.UTF_8);
		int line = 1;
		int column = 1;
		for (int i = 0; i < before.length();) {
			int c = before.codePointAt(i);
			i += Character.charCount(c);
			if (c == '\n' || c == '\r' && (i >= before.length() || before.charAt(i) != '\n')) {
				line++;
				column = 1;
			}
			else if (c != '\r') {
				column++;
			}
		}
		return new JsonSyntaxError(line, column, endsEarly);
	}

}
