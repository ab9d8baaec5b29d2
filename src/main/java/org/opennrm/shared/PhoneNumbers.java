package org.opennrm.shared;

import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Phone numbers as people write them, read with Google's libphonenumber in the deployment's country
 * ({@code opennrm.country}, Türkiye unless set): {@code 0532 123 45 67}, {@code (0532) 123-45-67},
 * {@code +90 532 123 45 67} and {@code 0090 532 123 45 67} are one number, stored in E.164, {@code +905321234567}; a
 * number of another country is written with its country code. A number the library does not find valid (too short, too
 * long, of no range the country gives out) is refused, and so is one with letters (an extension, "ext 12", which E.164
 * cannot hold; the letters of a vanity number, which it would read as digits). For templates: {@code @phoneNumbers}.
 */
@Component
@PermitAll
public class PhoneNumbers {

	static final String PROPERTY = "opennrm.country";

	private final PhoneNumberUtil numbers = PhoneNumberUtil.getInstance();
	private final String region;

	/** @param countries the list of countries an alpha-3 {@code country} is looked up in (the reference data's) */
	PhoneNumbers(@Value("${" + PROPERTY + ":TR}") String country, CountryCodes countries) {
		this.region = region(country, countries);
	}

	/** The number {@code typed} writes, in E.164 ({@code +905321234567}); none if it writes no valid number. */
	public Optional<String> e164(String typed) {
		if (typed == null || typed.isBlank() || typed.codePoints().anyMatch(Character::isLetter)) {
			return Optional.empty();
		}
		try {
			PhoneNumber number = numbers.parse(typed, region);
			return numbers.isValidNumber(number) && !number.hasExtension()
					? Optional.of(numbers.format(number, PhoneNumberFormat.E164)) : Optional.empty();
		}
		catch (NumberParseException notANumber) {
			return Optional.empty();
		}
	}

	/**
	 * The number as it is stored: in E.164, none for a blank; one that writes no valid number is refused at
	 * {@code field}, with {@link #example()}, for a caller that did not validate it ({@link PhoneNumber}) first.
	 */
	public String stored(String field, String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		return e164(typed).orElseThrow(() -> {
			Example example = example();
			return new UserInputException(field, "validation.phone", example.national(), example.international());
		});
	}

	/** A mobile number of the country as its people write it ({@code 0501 234 56 78}), and with its country code. */
	public Example example() {
		PhoneNumber example = numbers.getExampleNumberForType(region, PhoneNumberType.MOBILE);
		return new Example(numbers.format(example, PhoneNumberFormat.NATIONAL),
				numbers.format(example, PhoneNumberFormat.INTERNATIONAL));
	}

	/** An example number, as written in its country and with its country code. */
	public record Example(String national, String international) {
	}

	/**
	 * The region code of {@code opennrm.country}: ISO 3166-1 alpha-2 ({@code TR}) or an alpha-3 code of the reference
	 * data's list ({@code TUR}, as it writes countries; Kosovo's {@code XKX}, {@code XK}, or {@code RKS}), in any case. One the phone
	 * numbers' library does not know stops the start, and so does a code of the list that is no country's (ICAO's
	 * {@code XXA} of a stateless person) or of one without phone numbers of its own (Antarctica's {@code ATA}).
	 */
	static String region(String setting, CountryCodes countries) {
		String code = setting == null ? "" : setting.strip().toUpperCase(Locale.ROOT);
		CountryCodes.Country listed = code.length() == 3 ? countries.country(code).orElse(null) : null;
		String region = listed != null ? listed.alpha2() : code;
		if (region == null || !PhoneNumberUtil.getInstance().getSupportedRegions().contains(region)) {
			String which = listed == null ? "which names no country."
					: listed.alpha2() == null ? "ICAO's code for \"" + listed.nameEn() + "\", which is no country."
							: "which is " + listed.nameEn() + ", whose phone numbers OpenNRM cannot read.";
			throw new StartRefused(PROPERTY + " is \"" + setting + "\", " + which,
					"Set " + PROPERTY + " to the country's ISO 3166-1 code, e.g. TR or TUR for Türkiye (the default).");
		}
		return region;
	}

}
