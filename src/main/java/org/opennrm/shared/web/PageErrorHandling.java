package org.opennrm.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import org.opennrm.shared.NotFoundException;
import org.opennrm.shared.SafeErrors;
import org.opennrm.shared.TemporarilyUnavailable;
import org.opennrm.shared.UnreadableData;

/**
 * Errors of the screens: a page in the user's language, and a log line without the exception's message,
 * which for database errors can quote values a user typed (names, numbers).
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrorHandling {

	private static final Logger log = LoggerFactory.getLogger(PageErrorHandling.class);

	@ExceptionHandler({ AccessDeniedException.class, AuthorizationDeniedException.class })
	void denied(RuntimeException ex) {
		throw ex; // Spring Security answers with its 403 page, or the sign-in page for anonymous users
	}

	@ExceptionHandler(NotFoundException.class)
	String notFound(Model model, HttpServletResponse response) {
		return page(404, model, response);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	String conflict(Model model, HttpServletResponse response) {
		return page(409, model, response);
	}

	/**
	 * Spring MVC's own errors (an id that is no id, a field missing from a form, a method the address does not take)
	 * carry their status, a 4xx: the page for it, in the user's language, without the value sent; so does an address
	 * whose parameters cannot be read (percent-encoded bytes that are no UTF-8, "?who=Ay%C5e"), which Tomcat reports
	 * when a parameter is first asked for; a form longer than Tomcat reads ({@code server.tomcat.max-http-form-post-size},
	 * 2 MB: a document pasted into a field) is told so, a 413, where it was an invalid request without a word of why.
	 * Anything else is unexpected.
	 */
	@ExceptionHandler(Exception.class)
	String unexpected(Exception ex, Model model, HttpServletRequest request, HttpServletResponse response) {
		if (ex instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
			return page(known.getStatusCode().value(), model, response);
		}
		if (ex instanceof InvalidParameterException unread && unread.getErrorCode() == 413) {
			return page(413, model, response);
		}
		if (ex instanceof TypeMismatchException || ex instanceof HttpMessageNotReadableException
				|| ex instanceof BindException || ex instanceof InvalidParameterException) {
			return page(400, model, response);
		}
		var unavailable = TemporarilyUnavailable.why(ex);
		if (unavailable.isPresent()) {
			CancelledStatements.warnIf(unavailable.get(), "A page", ex);
			response.setHeader("Retry-After", unavailable.get().retryAfter());
			model.addAttribute("texts", unavailable.get().texts());
			model.addAttribute("formSent", formSent(request));
			return page(503, model, response);
		}
		if (UnreadableData.in(ex)) {
			log.error("A page asked for data that cannot be read on this server: {}", SafeErrors.describe(ex));
			model.addAttribute("texts", "500.unreadable");
			return page(500, model, response);
		}
		log.error("Unexpected error on a page: {}", SafeErrors.describe(ex));
		return page(500, model, response);
	}

	/** Whether the failed request sent a form, which the page then says may not have been saved. */
	static boolean formSent(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
	}

	private static String page(int status, Model model, HttpServletResponse response) {
		response.setStatus(status);
		model.addAttribute("status", status);
		return "error";
	}

}
