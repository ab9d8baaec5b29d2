package org.opennrm.shared.web;

import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Lets {@code ?lang=xx} switch the language, only to one that OpenNRM offers. The language is read as people and
 * programs write it: in any case, with a region or not ({@code TR}, {@code tr-TR}, {@code tr_TR} are Turkish, which is
 * then chosen as itself, without the region); a language not offered ({@code ar}, {@code de}) is ignored.
 */
class SupportedLanguagesOnly implements HandlerInterceptor {

	private final String parameter;
	private final List<Locale> languages;

	SupportedLanguagesOnly(String parameter, List<Locale> languages) {
		this.parameter = parameter;
		this.languages = languages;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		Optional<Locale> chosen = offered(request.getParameter(parameter), languages);
		LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
		if (chosen.isPresent() && resolver != null) {
			resolver.setLocale(request, response, chosen.get());
		}
		return true;
	}

	/** The language of {@code languages} that {@code requested} names, in any case, with a region or not. */
	static Optional<Locale> offered(String requested, List<Locale> languages) {
		if (requested == null || requested.isBlank()) {
			return Optional.empty();
		}
		String language;
		try {
			language = new Locale.Builder().setLanguageTag(requested.strip().replace('_', '-')).build().getLanguage();
		}
		catch (IllformedLocaleException ex) {
			return Optional.empty();
		}
		return languages.stream().filter(offered -> offered.getLanguage().equals(language)).findFirst();
	}

}
