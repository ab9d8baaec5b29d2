package org.opennrm.shared.web;

import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Every API body is read as UTF-8, as RFC 8259 asks of JSON, and only so: a {@code Content-Type} that names another
 * character set ({@code charset=windows-1254}, which Spring would decode, or UTF-16, which Jackson would) is refused
 * with 415, and bytes that are no UTF-8 (a body saved in Latin-5, "Gül" as {@code 47 FC 6C}) with 400, each saying to
 * send UTF-8 ({@link ApiErrorHandling}), where Jackson's message quoted the byte and the answer said only that the
 * request could not be read. A body that passes is kept whole for the answer to a body that cannot be read
 * ({@link JsonBody}). First of the advices, so that the others and the converter read what it kept.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(annotations = RestController.class)
class Utf8Bodies extends RequestBodyAdviceAdapter {

	private static final Pattern CHARSET = Pattern.compile(";\\s*charset\\s*=\\s*\"?([^\";\\s]*)",
			Pattern.CASE_INSENSITIVE);

	/** A body that is not UTF-8, or is declared in another character set. */
	static final class NotUtf8 extends RuntimeException {

		private final boolean declared;

		NotUtf8(boolean declared) {
			super(null, null, false, false);
			this.declared = declared;
		}

		/** Whether its {@code Content-Type} names another character set (else its bytes are no UTF-8). */
		boolean declared() {
			return declared;
		}

	}

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
		if (namesAnotherCharset(input.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE))) {
			throw new NotUtf8(true);
		}
		byte[] bytes = input.getBody().readAllBytes();
		if (!isUtf8(bytes)) {
			throw new NotUtf8(false);
		}
		return new JsonBody(input.getHeaders(), bytes, parameter, targetType);
	}

	/** Whether a {@code Content-Type} header is JSON's, in a character set other than UTF-8 (an unknown one too). */
	static boolean isJsonInAnotherCharset(String contentType) {
		String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
		return (type.equals("application/json") || type.endsWith("+json")) && namesAnotherCharset(contentType);
	}

	/** Whether a {@code Content-Type} header names a character set other than UTF-8 (an unknown one too). */
	private static boolean namesAnotherCharset(String contentType) {
		if (contentType == null) {
			return false;
		}
		Matcher charset = CHARSET.matcher(contentType);
		return charset.find() && !isUtf8Name(charset.group(1));
	}

	private static boolean isUtf8Name(String name) {
		String upper = name.toUpperCase(Locale.ROOT);
		return upper.equals("UTF-8") || upper.equals("UTF8");
	}

	/**
	 * Whether the bytes are UTF-8, decoded strictly; a NUL byte, which JSON never has outside a string and escapes
	 * inside one, is the mark of UTF-16 or UTF-32, which Jackson would detect and read.
	 */
	private static boolean isUtf8(byte[] bytes) {
		for (byte b : bytes) {
			if (b == 0) {
				return false;
			}
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
			return true;
		}
		catch (CharacterCodingException notUtf8) {
			return false;
		}
	}

}
