package org.opennrm.identity.internal;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.savedrequest.SimpleSavedRequest;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * The ways to the sign-in page, each with the sentence that says why the person is there. A page of a session that has
 * ended (idle too long, past its lifetime, ended by an administrator, or a cookie that names no session) is told apart
 * by what it was doing: asking for a page ({@code expired}, and back to it after signing in), sending a form that was therefore not saved
 * ({@code expired=unsaved}, and back to the form's page after signing in), or signing in from a sign-in page left open
 * too long ({@code expired=signin}, the user name kept).
 */
final class SignInPage {

	/** Where the request cache keeps the page to return to after signing in ({@link SecurityConfiguration}). */
	static final String SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";

	/** The flash attribute with the user name typed, shown again in the form (never the password). */
	static final String USERNAME = "username";

	private static final SessionFlashMapManager FLASH = new SessionFlashMapManager();

	private SignInPage() {
	}

	/** The answer to a page's request whose session has ended. */
	static void sessionEnded(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String method = request.getMethod();
		if ("GET".equals(method) || "HEAD".equals(method)) {
			// back to this page after signing in, as to a page asked for without a session
			String page = request.getRequestURI().substring(request.getContextPath().length())
					+ (request.getQueryString() == null ? "" : "?" + request.getQueryString());
			request.getSession().setAttribute(SAVED_REQUEST, new SimpleSavedRequest(page));
			response.sendRedirect(request.getContextPath() + "/login?expired");
		}
		else if (isSignIn(request)) {
			redirect(request, response, "/login?expired=signin", Map.of(USERNAME, username(request)));
		}
		else {
			formPage(request).ifPresent(
					page -> request.getSession().setAttribute(SAVED_REQUEST, new SimpleSavedRequest(page)));
			response.sendRedirect(request.getContextPath() + "/login?expired=unsaved");
		}
	}

	/** Back to the sign-in page with {@code query}, the user name typed kept for the form. */
	static void refused(HttpServletRequest request, HttpServletResponse response, String query) throws IOException {
		redirect(request, response, "/login?" + query, Map.of(USERNAME, username(request)));
	}

	/** Redirects to {@code target} (an address of this application) with flash attributes for its page. */
	static void redirect(HttpServletRequest request, HttpServletResponse response, String target,
			Map<String, ?> attributes) throws IOException {
		FlashMap flash = new FlashMap();
		flash.putAll(attributes);
		String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
		flash.setTargetRequestPath(request.getContextPath() + path);
		FLASH.saveOutputFlashMap(flash, request, response);
		response.sendRedirect(request.getContextPath() + target);
	}

	private static boolean isSignIn(HttpServletRequest request) {
		return "POST".equals(request.getMethod())
				&& (request.getContextPath() + "/login").equals(request.getRequestURI());
	}

	private static String username(HttpServletRequest request) {
		String username = request.getParameter("username");
		return username == null ? "" : username.strip();
	}

	/**
	 * The page the form was sent from, to return to after signing in: the {@code Referer} of this application (same
	 * scheme, host and port), as a path within it; none if there is none or it is the sign-in page.
	 */
	static Optional<String> formPage(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer == null) {
			return Optional.empty();
		}
		try {
			URI uri = URI.create(referer);
			URI self = URI.create(request.getRequestURL().toString());
			String path = uri.getRawPath();
			String context = request.getContextPath();
			if (!self.getScheme().equalsIgnoreCase(uri.getScheme()) || uri.getRawAuthority() == null
					|| !uri.getRawAuthority().equalsIgnoreCase(self.getRawAuthority()) || path == null
					|| !path.startsWith(context + "/") || path.startsWith(context + "//")) {
				return Optional.empty();
			}
			String local = path.substring(context.length());
			if (local.equals("/login") || local.equals("/logout") || local.startsWith("/error")) {
				return Optional.empty();
			}
			return Optional.of(local + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
		}
		catch (IllegalArgumentException notAnAddress) {
			return Optional.empty();
		}
	}

}
