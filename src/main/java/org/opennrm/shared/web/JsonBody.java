package org.opennrm.shared.web;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Type;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;

/**
 * An API request body as it was sent, read whole ({@code opennrm.api.max-request-size} bounds it) and checked to be
 * UTF-8 ({@link Utf8Bodies}), with the parameter it is read for: what an answer to a body that cannot be read looks at
 * again, to name every field at fault ({@link BodyFieldErrors}) or the line and column of a syntax error
 * ({@link JsonSyntaxError}). Never logged, nor quoted in an answer: it may hold a victim's data.
 */
final class JsonBody implements HttpInputMessage {

	private final HttpHeaders headers;

	private final byte[] bytes;

	private final MethodParameter parameter;

	private final Type targetType;

	JsonBody(HttpHeaders headers, byte[] bytes, MethodParameter parameter, Type targetType) {
		this.headers = headers;
		this.bytes = bytes;
		this.parameter = parameter;
		this.targetType = targetType;
	}

	@Override
	public InputStream getBody() {
		return new ByteArrayInputStream(bytes);
	}

	@Override
	public HttpHeaders getHeaders() {
		return headers;
	}

	byte[] bytes() {
		return bytes;
	}

	MethodParameter parameter() {
		return parameter;
	}

	Type targetType() {
		return targetType;
	}

	@Override
	public String toString() {
		return "JSON body of " + bytes.length + " bytes"; // never its content
	}

}
