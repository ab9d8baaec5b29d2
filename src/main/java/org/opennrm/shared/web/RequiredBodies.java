package org.opennrm.shared.web;

import java.lang.reflect.Type;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * A body an operation requires, sent empty or as JSON's {@code null}, is refused as a body that cannot be read with
 * what was sent ({@link JsonBody}), so that {@link ApiErrorHandling} can say which it was: Spring refused both alike,
 * "Required request body is missing", without the body, and the answer said only that the request could not be read.
 */
@ControllerAdvice(annotations = RestController.class)
class RequiredBodies extends RequestBodyAdviceAdapter {

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		RequestBody body = parameter.getParameterAnnotation(RequestBody.class);
		return body != null && body.required();
	}

	@Override
	public Object handleEmptyBody(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		if (body == null) {
			throw new HttpMessageNotReadableException("No body",
					new JsonBody(input.getHeaders(), new byte[0], parameter, targetType));
		}
		return body;
	}

	@Override
	public Object afterBodyRead(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		if (body == null) {
			throw new HttpMessageNotReadableException("A body of null", input);
		}
		return body;
	}

}
