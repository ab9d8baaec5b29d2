package org.opennrm.shared.web;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Deny by default: an OpenNRM endpoint that does not declare who may call it ({@code @PreAuthorize}, or
 * {@code @PermitAll} for the few public pages) answers 403, whoever asks. And the declared rule is checked
 * here, before the request is bound and validated, so that a caller without the right learns nothing from
 * validation messages; method security checks it again at the call.
 */
class DenyUnannotatedHandlers implements HandlerInterceptor {

	private static final Logger log = LoggerFactory.getLogger(DenyUnannotatedHandlers.class);

	private final PreAuthorizeAuthorizationManager rules = new PreAuthorizeAuthorizationManager();

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
		if (!(handler instanceof HandlerMethod method) || !isOurs(method)) {
			return true;
		}
		if (!declaresAccess(method)) {
			log.error("Refused {}: the handler {} declares no access rule", request.getRequestURI(), method);
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
			return false;
		}
		boolean hasRule = AnnotatedElementUtils.hasAnnotation(method.getMethod(), PreAuthorize.class)
				|| AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PreAuthorize.class);
		if (hasRule) {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication == null) {
				throw new AccessDeniedException("not authenticated");
			}
			// Rules name authorities, never arguments, so they can be decided before arguments exist.
			var invocation = new SimpleMethodInvocation(method.getBean(), method.getMethod(),
					new Object[method.getMethodParameters().length]);
			AuthorizationResult decision = rules.authorize(() -> authentication, invocation);
			if (decision != null && !decision.isGranted()) {
				throw new AccessDeniedException("access denied");
			}
		}
		return true;
	}


}
