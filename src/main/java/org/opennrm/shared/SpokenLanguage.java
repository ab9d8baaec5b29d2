package org.opennrm.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages OpenNRM speaks, in the order its language menu offers them: the one list that the menu, the reading
 * of a browser's {@code Accept-Language}, the {@code ?lang=} switch and an account's preferred language
 * ({@link SpokenLanguageCode}) all take. Turkish and English are complete; Arabic, Persian and Russian translate the
 * shell and the whole sign-in page. A language added here needs its bundles ({@code messages_<code>.properties}).
 */
public enum SpokenLanguage {

	TURKISH("tr", "Türkçe", false),
	ENGLISH("en", "English", false),
	ARABIC("ar", "العربية", true),
	PERSIAN("fa", "فارسی", true),
	RUSSIAN("ru", "Русский", false);

	private final String code;
	private final String ownName;
	private final boolean rightToLeft;

	SpokenLanguage(String code, String ownName, boolean rightToLeft) {
		this.code = code;
		this.ownName = ownName;
		this.rightToLeft = rightToLeft;
	}

	/** ISO 639-1, as {@code ?lang=}, {@code Accept-Language} and an account write it. */
	public String code() {
		return code;
	}

	/** The language's name in itself, as the menu shows it to someone who reads no other. */
	public String ownName() {
		return ownName;
	}

	/** Whether its script is written from right to left (the pages then are). */
	public boolean rightToLeft() {
		return rightToLeft;
	}

	public Locale locale() {
		return Locale.forLanguageTag(code);
	}

	/** The language of this code, exactly as written ({@code tr}); empty for any other. */
	public static Optional<SpokenLanguage> of(String code) {
		return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
	}

	/** The language of this locale ({@code tr_TR} is Turkish); empty for one OpenNRM does not speak. */
	public static Optional<SpokenLanguage> of(Locale locale) {
		return locale == null ? Optional.empty() : of(locale.getLanguage());
	}

	public static List<Locale> locales() {
		return Arrays.stream(values()).map(SpokenLanguage::locale).toList();
	}

}
