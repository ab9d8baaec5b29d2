package org.opennrm.shared.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Lets {@code ?lang=xx} switch the language only to one that OpenNRM offers. */
class SupportedLanguagesOnly implements HandlerInterceptor {

	private final LocaleChangeInterceptor delegate;
	private final List<Locale> languages;

	SupportedLanguagesOnly(LocaleChangeInterceptor delegate, List<Locale> languages) {
		this.delegate = delegate;
		this.languages = languages;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws jakarta.servlet.ServletException {
		String requested = request.getParameter(delegate.getParamName());
		if (requested == null || languages.stream().noneMatch(l -> l.getLanguage().equals(requested))) {
			return true;
		}
		return delegate.preHandle(request, response, handler);
	}

}
