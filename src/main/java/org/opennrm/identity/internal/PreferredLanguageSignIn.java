package org.opennrm.identity.internal;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * After a sign-in with a password, OpenNRM speaks the language set on the account, whatever the sign-in page was
 * shown in: on a computer an office shares, the language the last person chose is not the next one's. The language
 * menu changes it for the browser until the next sign-in; an account without one keeps the language in use. Then on,
 * as before, to the page asked for, else the start page.
 */
final class PreferredLanguageSignIn extends SavedRequestAwareAuthenticationSuccessHandler {

	private final LocaleResolver locales;

	PreferredLanguageSignIn(LocaleResolver locales) {
		this.locales = locales;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof SignedInUser user && user.preferredLanguage() != null) {
			locales.setLocale(request, response, Locale.forLanguageTag(user.preferredLanguage()));
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
