package org.opennrm.shared.web;

import java.net.URI;
import java.net.URISyntaxException;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The last resort for errors no handler caught: an error page for people, problem details for the API,
 * both in the user's language and without technical details.
 */
@Controller
@PermitAll
class ErrorPages implements ErrorController {

	private final MessageSource messages;
	private final LocaleResolver locales;

	ErrorPages(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	@RequestMapping(value = "/error", produces = "text/html")
	String page(HttpServletRequest request, HttpServletResponse response, Model model) {
		HttpStatus status = status(request);
		response.setStatus(status.value());
		if (status == HttpStatus.NOT_ACCEPTABLE) {
			// no page the caller did not ask for: no view, the answer written (this method takes the response)
			return null;
		}
		model.addAttribute("status", status.value());
		return "error";
	}

	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatus status = status(request);
		if (status == HttpStatus.NOT_ACCEPTABLE) {
			// an answer in no representation at all, as ApiErrorHandling gives it: a 406 decided before any handler
			// (an operation that produces JSON only) comes here
			return ResponseEntity.status(status).build();
		}
		var locale = locales.resolveLocale(request);
		String family = textFamily(messages, status.value(), "500", locale);
		ProblemDetail problem = problem(messages, status, "error." + family + ".title", "error." + family + ".detail",
				locale);
		// the address the caller asked for, not this forward's (which the MVC layer would name otherwise)
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String asked) {
			try {
				problem.setInstance(new URI(asked));
			}
			catch (URISyntaxException unreadable) {
				// No URI (percent signs that encode nothing, the reason it was refused): left out, and the answer said
				// to be shown, not saved, so that Spring's guard against a download named by the address does not read
				// the address, which fails on it.
				return ResponseEntity.status(status).header(HttpHeaders.CONTENT_DISPOSITION, "inline").body(problem);
			}
		}
		return ResponseEntity.status(status).body(problem);
	}

	// any method: a refused POST (no CSRF token, no permission) is forwarded here as a POST
	@RequestMapping("/error/403")
	String forbidden(Model model, jakarta.servlet.http.HttpServletResponse response) {
		response.setStatus(403);
		model.addAttribute("status", 403);
		return "error";
	}

	/**
	 * The page that says an address was too long for the server, where the server sends a browser whose address it could
	 * not read ({@link UnparsedRequests}): asked for with the browser's cookies, it is told in the person's language and
	 * with the menu of their session.
	 */
	@GetMapping("/error/414")
	String addressTooLong(Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.URI_TOO_LONG.value());
		model.addAttribute("status", HttpStatus.URI_TOO_LONG.value());
		return "error";
	}

	/** Problem details whose title and detail are the bundles' texts of these keys, in the caller's language. */
	static ProblemDetail problem(MessageSource messages, HttpStatus status, String titleKey, String detailKey,
			java.util.Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(detailKey, null, locale));
		problem.setTitle(messages.getMessage(titleKey, null, locale));
		return problem;
	}

	/**
	 * Whose texts ({@code error.<family>.title} and {@code .detail}) an error of this status is told in: its own when
	 * the bundle has its detail, {@code otherwise} if not. The same rule as the page's (error.html).
	 */
	static String textFamily(MessageSource messages, int status, String otherwise, java.util.Locale locale) {
		return messages.getMessage("error." + status + ".detail", null, "", locale).isEmpty() ? otherwise
				: String.valueOf(status);
	}

	/**
	 * The status of the error the servlet container forwarded here; none when {@code /error} was asked for directly
	 * (typed, or followed from a link), which shows no error: an address with nothing there, 404 as any other.
	 */
	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code == null) {
			return HttpStatus.NOT_FOUND;
		}
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

}
