package org.opennrm.shared.web;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Deny by default: an OpenNRM endpoint that does not declare who may call it ({@code @PreAuthorize}, or
 * {@code @PermitAll} for the few public pages) answers 403, whoever asks.
 */
class DenyUnannotatedHandlers implements HandlerInterceptor {

	private static final Logger log = LoggerFactory.getLogger(DenyUnannotatedHandlers.class);

	static boolean declaresAccess(HandlerMethod method) {
		return AnnotatedElementUtils.hasAnnotation(method.getMethod(), PreAuthorize.class)
				|| AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PreAuthorize.class)
				|| AnnotatedElementUtils.hasAnnotation(method.getMethod(), PermitAll.class)
				|| AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PermitAll.class);
	}

	static boolean isOurs(HandlerMethod method) {
		return method.getBeanType().getName().startsWith("org.opennrm.");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws java.io.IOException {
		if (handler instanceof HandlerMethod method && isOurs(method) && !declaresAccess(method)) {
			log.error("Refused {}: the handler {} declares no access rule", request.getRequestURI(), method);
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
			return false;
		}
		return true;
	}

}
