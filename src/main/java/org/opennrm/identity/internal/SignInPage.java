package org.opennrm.identity.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.savedrequest.SimpleSavedRequest;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import org.opennrm.shared.LocalPages;
import org.opennrm.shared.PlainText;

/**
 * The ways to the sign-in page, each with the sentence that says why the person is there. A page of a session that has
 * ended (idle too long, past its lifetime, ended by an administrator, or a cookie that names no session) is told apart
 * by what it was doing: asking for a page ({@code expired}, and back to it after signing in), sending a form that was therefore not saved
 * ({@code expired=unsaved}, and back to the form's page after signing in), or signing in from a sign-in page left open
 * too long ({@code expired=signin}, the user name kept). A session ended for a reason the person should know (a
 * password changed, an account changed by an administrator, signed out in another tab: {@link SessionTermination.Why})
 * adds it ({@code ended}).
 * <p>
 * A request of htmx (a part of a page asked for by its script) is answered so that the whole page goes to the sign-in
 * page, and back to that page after signing in: with htmx's {@code HX-Redirect} header ({@link #wholePage}), not a
 * redirect that the script would follow and swap into the part.
 */
final class SignInPage {

	/** Where the request cache keeps the page to return to after signing in ({@link SecurityConfiguration}). */
	static final String SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";

	/** The flash attribute with the user name typed, shown again in the form (never the password). */
	static final String USERNAME = "username";

	/**
	 * The request attribute with the reason the request's session was ended ({@link SessionTermination.Why}), set by
	 * {@link SessionLifetimeFilter} when there is one.
	 */
	static final String ENDED_BECAUSE = SignInPage.class.getName() + ".ENDED_BECAUSE";

	private static final SessionFlashMapManager FLASH = new SessionFlashMapManager();

	private SignInPage() {
	}

	/**
	 * The answer to a page's request whose session has ended. Why it was ended is the request's
	 * {@link #ENDED_BECAUSE}, else, for a form or a part of a page of a session that was signed out (in another tab),
	 * what {@code reasons} hold for the CSRF token it sent.
	 */
	static void sessionEnded(HttpServletRequest request, HttpServletResponse response, EndedSessions reasons)
			throws IOException {
		if (isSignIn(request)) {
			redirect(request, response, "/login?expired=signin", Map.of(USERNAME, username(request)));
			return;
		}
		if (request.getAttribute(ENDED_BECAUSE) == null) {
			sentCsrfToken(request).flatMap(reasons::whyEndedWithToken)
				.ifPresent(why -> request.setAttribute(ENDED_BECAUSE, why));
		}
		String method = request.getMethod();
		boolean reading = "GET".equals(method) || "HEAD".equals(method);
		// back to this page after signing in, as to a page asked for without a session; or to the page whose script
		// asked, or whose form was sent
		Optional<String> page = fromHtmx(request) ? htmxPage(request)
				: reading ? Optional.of(request.getRequestURI().substring(request.getContextPath().length())
						+ (request.getQueryString() == null ? "" : "?" + request.getQueryString()))
				: LocalPages.formSentFrom(request);
		page.ifPresent(address -> request.getSession().setAttribute(SAVED_REQUEST, new SimpleSavedRequest(address)));
		String target = request.getContextPath() + "/login?expired" + (reading ? "" : "=unsaved")
				+ (request.getAttribute(ENDED_BECAUSE) instanceof SessionTermination.Why why
						? "&ended=" + why.parameter() : "");
		if (fromHtmx(request)) {
			wholePage(response, HttpServletResponse.SC_UNAUTHORIZED, target);
		}
		else {
			response.sendRedirect(target);
		}
	}

	/** Whether htmx sent the request (a part of a page, for its script to swap in). */
	static boolean fromHtmx(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request"));
	}

	/**
	 * The answer to htmx that sends the whole page to {@code target}, with this status and no body: htmx's own
	 * redirect, which it follows whatever the status. A redirect the script would follow itself, and swap the page it
	 * leads to into the part; and a refusal's page, which htmx does not swap, left the part as it was without a word.
	 */
	static void wholePage(HttpServletResponse response, int status, String target) {
		response.setStatus(status);
		response.setHeader("HX-Redirect", target);
	}

	/** The page whose script (htmx) sent the request, as a path of this application; none if it is not one. */
	static Optional<String> htmxPage(HttpServletRequest request) {
		return LocalPages.of(request, request.getHeader("HX-Current-URL"));
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

	/**
	 * The CSRF token that a form or htmx sent (its field, or its header), as the session holds it: each page carries it
	 * masked with random bytes of its own (Spring Security's XorCsrfTokenRequestAttributeHandler, against BREACH: the
	 * random bytes, then the token's bytes XORed with them, in base64url).
	 */
	private static Optional<String> sentCsrfToken(HttpServletRequest request) {
		String sent = request.getParameter("_csrf") != null ? request.getParameter("_csrf")
				: request.getHeader("X-CSRF-TOKEN");
		try {
			byte[] masked = sent == null ? new byte[0] : Base64.getUrlDecoder().decode(sent);
			if (masked.length == 0 || masked.length % 2 != 0) {
				return Optional.empty();
			}
			byte[] token = new byte[masked.length / 2];
			for (int i = 0; i < token.length; i++) {
				token[i] = (byte) (masked[i] ^ masked[token.length + i]);
			}
			return Optional.of(new String(token, StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException notOne) {
			return Optional.empty();
		}
	}

	private static boolean isSignIn(HttpServletRequest request) {
		return "POST".equals(request.getMethod())
				&& (request.getContextPath() + "/login").equals(request.getRequestURI());
	}

	/** The user name typed, for the form; a character no one types shown as � ({@link PlainText.Check#shown}). */
	private static String username(HttpServletRequest request) {
		String username = request.getParameter("username");
		// a tab or a line break at either end, which the sign-in refuses, is shown as the rest is (�)
		return username == null ? "" : PlainText.Check.shown(SignInUsernameCheck.withoutSpacesAround(username), false);
	}

}
