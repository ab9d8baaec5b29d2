package org.opennrm.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Validator;

import org.opennrm.IntegrationTest;
import org.opennrm.shared.PlainText;

/** A constraint without a message of its own gets OpenNRM's, in Turkish and English, not the validator's default. */
@IntegrationTest
class ValidationMessagesTests {

	record Counted(@Min(1) Integer least, @Max(2026) Integer most) {
	}

	record Named(@Size(max = 5) String name, @Size(min = 2, max = 5) String code,
			@PlainText(label = "organisation.name") String shown) {
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

	@Test
	void aLengthWithoutAMinimumIsAMaximumOnly() {
		BindingResult result = new BeanPropertyBindingResult(new Named("abcdef", "a", null), "named");
		validator.validate(result.getTarget(), result);
		assertThat(message(result, "name", Locale.ENGLISH)).isEqualTo("Enter at most 5 characters.");
		assertThat(message(result, "name", Locale.forLanguageTag("tr"))).isEqualTo("En fazla 5 karakter girin.");
		assertThat(message(result, "code", Locale.ENGLISH)).isEqualTo("Enter between 2 and 5 characters.");
		assertThat(message(result, "code", Locale.forLanguageTag("tr"))).isEqualTo("2 ile 5 karakter arasında bir değer girin.");
	}

	@Test
	void aControlCharacterIsExplainedNamingTheField() {
		BindingResult result = new BeanPropertyBindingResult(new Named(null, null, "Ctrl\u0000char"), "named");
		validator.validate(result.getTarget(), result);
		assertThat(message(result, "shown", Locale.ENGLISH)).startsWith("\u201cName\u201d holds a character that cannot be saved");
		assertThat(message(result, "shown", Locale.forLanguageTag("tr")))
			.startsWith("\u201cAd\u201d alanında kaydedilemeyen bir karakter var");
	}

	private String message(BindingResult result, String field, Locale locale) {
		return messages.getMessage(result.getFieldError(field), locale);
	}

}
