package org.opennrm.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.opennrm.reference.CountryList;

/** Phone numbers as people write them, read in the deployment's country and kept in E.164. */
class PhoneNumbersTests {

	private final PhoneNumbers turkish = in("TR");

	/** The phone numbers of {@code country}, looked up in the reference data's list, as the application has them. */
	private static PhoneNumbers in(String country) {
		return new PhoneNumbers(country, CountryList.reference());
	}

	@Test
	void aNumberIsReadAsPeopleWriteIt() {
		for (String typed : List.of("0532 123 45 67", "+90 532 123 45 67", "(0532) 123-45-67", "0090 532 123 45 67",
				"05321234567", "532 123 45 67", "+90 (532) 123 45 67", "+905321234567")) {
			assertThat(turkish.e164(typed)).as(typed).contains("+905321234567");
		}
		assertThat(turkish.e164("(0312) 444 55 66")).contains("+903124445566");
		// another country's, with its code
		assertThat(turkish.e164("+44 20 7946 0958")).contains("+442079460958");
		assertThat(turkish.e164("00 49 30 12345678")).contains("+493012345678");
	}

	@Test
	void whatWritesNoValidNumberIsRefused() {
		for (String typed : List.of("0532 123 45 6", "12345", "0532 123 45 67 89", "+90 123 45 67", "abc",
				"0532 123 45 67 ext 12", "0532 ABC 45 67", "0532 123 45 67 / 0533 111 22 33", "")) {
			assertThat(turkish.e164(typed)).as(typed).isEmpty();
		}
		assertThat(turkish.e164(null)).isEmpty();
	}

	@Test
	void aCallerThatDidNotValidateIsRefusedAtTheFieldWithAnExample() {
		assertThat(turkish.stored("phone", "0532 123 45 67")).isEqualTo("+905321234567");
		assertThat(turkish.stored("phone", "  ")).isNull();
		assertThatThrownBy(() -> turkish.stored("phone", "0532 123"))
			.isInstanceOfSatisfying(UserInputException.class, refused -> {
				assertThat(refused.field()).isEqualTo("phone");
				assertThat(refused.messageKey()).isEqualTo("validation.phone");
				assertThat(refused.arguments()).containsExactly("0501 234 56 78", "+90 501 234 56 78");
			});
	}

	@Test
	void theCountryIsTheDeploymentsInEitherIsoCode() {
		assertThat(in(" tur ").e164("0532 123 45 67")).contains("+905321234567");
		PhoneNumbers german = in("de");
		assertThat(german.e164("030 12345678")).contains("+493012345678");
		// a number without its country code is the country's
		assertThat(german.e164("0532 123 45 67")).hasValueSatisfying(number -> assertThat(number).startsWith("+49"));
		assertThat(german.e164("+90 532 123 45 67")).contains("+905321234567");
		assertThat(german.example().international()).startsWith("+49 ");
	}

	/**
	 * A code of the reference data's list is the country's wherever the phone numbers' library knows it: Kosovo's
	 * XKX (and RKS), which the JDK does not list, is XK, +383.
	 */
	@Test
	void theCountryMayBeAnyCodeOfTheListWithPhoneNumbers() {
		for (String kosovo : List.of("XKX", "xkx", "XK", "RKS")) {
			PhoneNumbers kosovar = in(kosovo);
			assertThat(kosovar.example().international()).as(kosovo).startsWith("+383 ");
			assertThat(kosovar.e164(kosovar.example().national())).as(kosovo).hasValueSatisfying(
					number -> assertThat(number).startsWith("+383"));
		}
		// a code of the list that is no country's, or of one without phone numbers of its own, is told as such
		assertThatThrownBy(() -> in("XXA")).isInstanceOfSatisfying(StartRefused.class,
				refused -> assertThat(refused.description())
					.isEqualTo("opennrm.country is \"XXA\", ICAO's code for \"Stateless\", which is no country."));
		assertThatThrownBy(() -> in("ata")).isInstanceOfSatisfying(StartRefused.class,
				refused -> assertThat(refused.description()).isEqualTo(
						"opennrm.country is \"ata\", which is Antarctica, whose phone numbers OpenNRM cannot read."));
	}

	@Test
	void aCountryThatIsNoneStopsTheStart() {
		for (String setting : List.of("Turkey", "XX", "", "TRK")) {
			assertThatThrownBy(() -> in(setting)).as(setting).isInstanceOfSatisfying(StartRefused.class,
					refused -> assertThat(refused.description()).startsWith("opennrm.country is \"" + setting + "\""));
		}
	}

}
