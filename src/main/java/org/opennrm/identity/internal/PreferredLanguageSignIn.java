package org.opennrm.identity.internal;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.web.servlet.LocaleResolver;

/**
 * After a sign-in with a password, the client address gets its attempt back ({@link AddressThrottleFilter#SIGNED_IN})
 * and OpenNRM speaks the language set on the account, whatever the sign-in page was
 * shown in: on a computer an office shares, the language the last person chose is not the next one's. The language
 * menu changes it for the browser until the next sign-in; an account without one keeps the language in use. Then on
 * to the page asked for before signing in, else the start page.
 * <p>
 * The page asked for may have been asked for by someone else (the last person at a shared computer) and be one this
 * person's role does not open: the session remembers that it was not this person's choice ({@link #RETURNING_TO}), so
 * that a refusal of it sends them to their start page instead of the "not allowed" page.
 */
final class PreferredLanguageSignIn extends SimpleUrlAuthenticationSuccessHandler {

	/** The path of the page the sign-in returned to, until it has been shown or refused. */
	static final String RETURNING_TO = PreferredLanguageSignIn.class.getName() + ".RETURNING_TO";

	private final LocaleResolver locales;
	private final RequestCache requests;

	PreferredLanguageSignIn(LocaleResolver locales, RequestCache requests) {
		this.locales = locales;
		this.requests = requests;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof SignedInUser user) {
			request.setAttribute(AddressThrottleFilter.SIGNED_IN, user.currentUser().id());
			if (user.preferredLanguage() != null) {
				locales.setLocale(request, response, Locale.forLanguageTag(user.preferredLanguage()));
			}
		}
		SavedRequest saved = requests.getRequest(request, response);
		if (saved == null) {
			super.onAuthenticationSuccess(request, response, authentication);
			return;
		}
		requests.removeRequest(request, response);
		clearAuthenticationAttributes(request);
		String target = saved.getRedirectUrl();
		try {
			String path = URI.create(target).getRawPath();
			// a saved address is a full URL (DefaultSavedRequest) or a path within the application (SignInPage)
			request.getSession().setAttribute(RETURNING_TO,
					target.startsWith("/") ? request.getContextPath() + path : path);
		}
		catch (IllegalArgumentException notAnAddress) {
			// then a refusal of it shows the "not allowed" page, as any other
		}
		getRedirectStrategy().sendRedirect(request, response, target);
	}

}
