package org.opennrm.shared.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import org.opennrm.shared.LanguageLinks;
import org.opennrm.shared.LocalPages;

/**
 * The address the person asked for, as the layout needs it ({@code @currentPage} in templates): for the language links
 * and for marking the current section of the menu. An error page shown for an address (a forward or an error dispatch)
 * is about that address, not about the error page's own.
 */
@Component("currentPage")
public class CurrentPage {

	/**
	 * Whether the language links can ask for this page again: true for a GET, or for the answer to a form that names
	 * the page showing it again ({@link LanguageLinks}); false for the answer to another form (a refused form, a page
	 * shown once), which a language link would throw away.
	 */
	public boolean replayable() {
		HttpServletRequest request = request();
		return request != null && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
				|| LanguageLinks.target(request).isPresent());
	}

	/**
	 * This address and its query as they were asked for, with {@code lang} set to {@code language} and nothing else
	 * changed; or the page that shows again the answer to a form ({@link LanguageLinks}), in {@code language}.
	 */
	public String withLanguage(String language) {
		HttpServletRequest request = request();
		if (request == null) {
			return "?lang=" + language;
		}
		var shownAgainAt = LanguageLinks.target(request);
		if (shownAgainAt.isPresent()) {
			return localPath(request.getContextPath() + shownAgainAt.get()) + "?lang=" + language;
		}
		String query = (String) attribute(request, RequestDispatcher.ERROR_QUERY_STRING,
				RequestDispatcher.FORWARD_QUERY_STRING, request.getQueryString());
		String kept = query == null ? "" : Arrays.stream(query.split("&"))
			.filter(part -> !part.isEmpty() && !part.equals("lang") && !part.startsWith("lang="))
			.collect(Collectors.joining("&"));
		return localPath(uri(request)) + "?" + (kept.isEmpty() ? "" : kept + "&") + "lang=" + language;
	}

	/**
	 * For a form shown again with what was sent in it (refused, its errors beside its fields): the page it was sent
	 * from, with the context path; else null. Such a page stands at the address the form was sent to, which for a new
	 * record is the list's; its script sends the form page's address instead (opennrm.js, "A form's values kept"), so
	 * that a sign-in asked for when the session has ended returns to the form, not to the list.
	 */
	public String formSentFrom() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return null;
		}
		HttpServletRequest request = attributes.getRequest();
		if (!"POST".equals(request.getMethod()) || request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null
				|| attributes.getResponse() == null || attributes.getResponse().getStatus() >= 400) {
			return null;
		}
		return LocalPages.formSentFrom(request).map(path -> request.getContextPath() + path).orElse(null);
	}

	/** Whether this address is {@code section} (a path within the application) or below it. */
	public boolean within(String section) {
		HttpServletRequest request = request();
		if (request == null) {
			return false;
		}
		String path = localPath(uri(request)).substring(request.getContextPath().length());
		return section.equals("/") ? path.equals("/") : path.equals(section) || path.startsWith(section + "/");
	}

	private static String uri(HttpServletRequest request) {
		return (String) attribute(request, RequestDispatcher.ERROR_REQUEST_URI, RequestDispatcher.FORWARD_REQUEST_URI,
				request.getRequestURI());
	}

	/**
	 * The error dispatch's value, else the forward's, else the request's own. A query string is taken from the same
	 * dispatch as the address, so an error page without a query does not borrow the forward's.
	 */
	private static Object attribute(HttpServletRequest request, String error, String forward, String own) {
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
			return request.getAttribute(error);
		}
		if (request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) != null) {
			return request.getAttribute(forward);
		}
		return own;
	}

	/** One leading slash: never a link to another host ({@code //host/…}). */
	private static String localPath(String uri) {
		return "/" + uri.replaceFirst("^/+", "");
	}

	private static HttpServletRequest request() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest() : null;
	}

}
