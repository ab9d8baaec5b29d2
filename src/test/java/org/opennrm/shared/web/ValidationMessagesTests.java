package org.opennrm.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Validator;

import org.opennrm.IntegrationTest;

/** A constraint without a message of its own gets OpenNRM's, in Turkish and English, not the validator's default. */
@IntegrationTest
class ValidationMessagesTests {

	record Counted(@Min(1) Integer least, @Max(2026) Integer most) {
	}

	@Autowired
	Validator validator;

	@Autowired
	MessageSource messages;

	@Test
	void numbersOutOfTheirRangeAreExplained() {
		BindingResult result = new BeanPropertyBindingResult(new Counted(0, 2027), "counted");
		validator.validate(result.getTarget(), result);
		assertThat(message(result, "least", Locale.ENGLISH)).isEqualTo("Enter a number of at least 1.");
		assertThat(message(result, "least", Locale.forLanguageTag("tr"))).isEqualTo("En az 1 olan bir sayı girin.");
		assertThat(message(result, "most", Locale.ENGLISH)).isEqualTo("Enter a number of at most 2026.");
		assertThat(message(result, "most", Locale.forLanguageTag("tr"))).isEqualTo("En fazla 2026 olan bir sayı girin.");
	}

	private String message(BindingResult result, String field, Locale locale) {
		return messages.getMessage(result.getFieldError(field), locale);
	}

}
