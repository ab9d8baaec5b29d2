package org.opennrm.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.LocaleResolver;

/**
 * {@code opennrm.default-language}: the language of someone who chose none and whose browser asks for none the staff
 * screens are offered in. It must be one of those (Turkish or English): any other, Arabic included, stops the start.
 */
class DefaultLanguageSettingTests {

	private static final Locale TURKISH = Locale.forLanguageTag("tr");

	private static final Locale ENGLISH = Locale.forLanguageTag("en");

	/** The configuration that reads the setting, with the conversions a start of Spring Boot sets up (sizes: 256KB). */
	private final WebApplicationContextRunner context = new WebApplicationContextRunner()
		.withInitializer(started -> started.getBeanFactory().setConversionService(new ApplicationConversionService()))
		.withUserConfiguration(WebConfiguration.class);

	private static Locale shownTo(LocaleResolver resolver, String acceptLanguage) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		if (acceptLanguage != null) {
			request.addHeader("Accept-Language", acceptLanguage);
		}
		return resolver.resolveLocale(request);
	}

	@Test
	void aBrowserAskingForArabicGetsTheDefaultTurkishUnlessConfiguredOtherwise() {
		context.run(started -> {
			LocaleResolver resolver = started.getBean(LocaleResolver.class);
			assertThat(shownTo(resolver, null)).isEqualTo(TURKISH);
			assertThat(shownTo(resolver, "ar")).isEqualTo(TURKISH);
			assertThat(shownTo(resolver, "en-GB")).isEqualTo(ENGLISH);
		});
		for (String english : List.of("en", "EN", " en-GB ")) {
			context.withPropertyValues("opennrm.default-language=" + english).run(started -> {
				LocaleResolver resolver = started.getBean(LocaleResolver.class);
				assertThat(shownTo(resolver, "ar")).as(english).isEqualTo(ENGLISH);
				assertThat(shownTo(resolver, "fa-IR, ru;q=0.5")).as(english).isEqualTo(ENGLISH);
				assertThat(shownTo(resolver, "tr")).as(english).isEqualTo(TURKISH);
			});
		}
	}

	@Test
	void aLanguageTheStaffScreensAreNotOfferedInStopsTheStartSayingWhichTheyAre() {
		for (String setting : List.of("ar", "fa", "ru", "de", "")) {
			context.withPropertyValues("opennrm.default-language=" + setting).run(started -> assertThat(started)
				.getFailure().rootCause().isInstanceOf(IllegalStateException.class)
				.hasMessage("opennrm.default-language is \"" + setting + "\", which the staff screens are not offered in: "
						+ "use tr or en. Arabic, Persian, Russian and other languages come with the pages for victims "
						+ "and the public."));
		}
	}

}
