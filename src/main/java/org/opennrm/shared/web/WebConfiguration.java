package org.opennrm.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.format.FormatterRegistry;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

import org.opennrm.shared.SpokenLanguage;

/**
 * Languages and web-wide rules. Every module keeps its texts in {@code i18n/<module>/messages*.properties};
 * all of them are found here, so a module adds a bundle without touching anyone else's files.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/** The languages offered: the staff screens' ({@link SpokenLanguage#staffScreens()}). */
	static final List<Locale> LANGUAGES = SpokenLanguage.staffLanguages().stream().map(SpokenLanguage::locale).toList();

	/** The cookie that keeps the language chosen in this browser. */
	static final String LANGUAGE_COOKIE = "opennrm-lang";

	@Bean
	MessageSource messageSource() {
		ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
		source.setBasenames(bundleBasenames().toArray(String[]::new));
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setCacheSeconds(-1);
		return source;
	}

	/** {@code classpath:i18n/<module>/messages} for every module that has texts. */
	static Set<String> bundleBasenames() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:i18n/*/messages.properties");
			Set<String> names = new LinkedHashSet<>();
			Arrays.stream(resources).map(WebConfiguration::moduleOf).sorted().forEach(
					module -> names.add("classpath:i18n/" + module + "/messages"));
			return names;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String moduleOf(Resource resource) {
		try {
			String path = resource.getURL().toString();
			String[] parts = path.split("/");
			return parts[parts.length - 2];
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** API request bodies no longer than {@code opennrm.api.max-request-size} ({@link RequestBodyLimit}). */
	@Bean
	FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(@Value("${opennrm.api.max-request-size:256KB}") DataSize limit) {
		FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(new RequestBodyLimit(limit.toBytes()));
		registration.addUrlPatterns("/api/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/** Style sheets, scripts and images asked for without the session ({@link ResourcesWithoutSession}). */
	@Bean
	FilterRegistrationBean<ResourcesWithoutSession> resourcesWithoutSession() {
		FilterRegistrationBean<ResourcesWithoutSession> registration = new FilterRegistrationBean<>(
				new ResourcesWithoutSession(LANGUAGE_COOKIE));
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		return registration;
	}

	@Bean
	LocalValidatorFactoryBean validator(MessageSource messageSource) {
		LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
		validator.setValidationMessageSource(messageSource);
		return validator;
	}

	@Bean
	LocaleResolver localeResolver(@Value("${opennrm.default-language:tr}") String defaultLanguage) {
		Locale fallback = defaultLanguage(defaultLanguage);
		CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE) {

			/**
			 * A language chosen in this browser that the staff screens are not offered in (Arabic, Persian or Russian,
			 * from when the menu offered them; a cookie written by hand) is as none chosen.
			 */
			@Override
			protected Locale parseLocaleValue(String value) {
				return SpokenLanguage.staffLanguage(super.parseLocaleValue(value)).map(SpokenLanguage::locale).orElse(null);
			}

		};
		resolver.setDefaultLocale(fallback);
		// Without a chosen language: the best of the request's Accept-Language that the staff screens are offered in
		// (API clients, a first visit), else the configured default: a browser asking for Arabic alone gets the default.
		resolver.setDefaultLocaleFunction(request -> acceptedLanguage(request.getHeader("Accept-Language"), fallback));
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setCookieHttpOnly(true);
		return resolver;
	}

	/** {@code opennrm.default-language}, which must be a language of the staff screens: else the start stops. */
	static Locale defaultLanguage(String setting) {
		return SpokenLanguage.staffLanguage(Locale.forLanguageTag(setting.strip())).map(SpokenLanguage::locale)
			.orElseThrow(() -> new IllegalStateException("opennrm.default-language is \"" + setting
					+ "\", which the staff screens are not offered in: use "
					+ String.join(" or ", LANGUAGES.stream().map(Locale::getLanguage).toList())
					+ ". Arabic, Persian, Russian and other languages come with the pages for victims and the public."));
	}

	static Locale acceptedLanguage(String header, Locale fallback) {
		if (header == null || header.isBlank()) {
			return fallback;
		}
		try {
			Locale match = Locale.lookup(Locale.LanguageRange.parse(header), LANGUAGES);
			return match != null ? match : fallback;
		}
		catch (IllegalArgumentException ex) {
			return fallback;
		}
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverterFactory(new CaseInsensitiveEnums());
		registry.addConverter(new PlainTextShown());
		registry.addConverter(new PlainTextLineFeeds());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new SupportedLanguagesOnly("lang", LANGUAGES));
		registry.addInterceptor(new DenyUnannotatedHandlers());
	}

}
