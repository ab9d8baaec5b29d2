package org.opennrm.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages OpenNRM knows how to speak, and to whom: the one list that the language menu, the reading of a
 * browser's {@code Accept-Language}, the {@code ?lang=} switch, an account's preferred language
 * ({@link StaffLanguageCode}) and {@code opennrm.default-language} all take.
 * <p>
 * Every screen there is today is a staff screen, complete in Turkish and English, and offered in those two only
 * ({@link #staffScreens()}). Arabic, Persian and Russian are for what victims and the public will read (a public
 * information site, notices to victims), which is not built yet: a staff screen in them would be mostly English laid
 * out from right to left. They stay here with what those pages will need (their own names, their direction). A
 * language added here needs its bundles ({@code messages_<code>.properties}) for the pages that offer it.
 */
public enum SpokenLanguage {

	TURKISH("tr", "Türkçe", false, Readers.EVERYONE),
	ENGLISH("en", "English", false, Readers.EVERYONE),
	ARABIC("ar", "العربية", true, Readers.VICTIMS_AND_PUBLIC),
	PERSIAN("fa", "فارسی", true, Readers.VICTIMS_AND_PUBLIC),
	RUSSIAN("ru", "Русский", false, Readers.VICTIMS_AND_PUBLIC);

	/** Who reads OpenNRM in a language. */
	private enum Readers {
		/** The staff screens too. */
		EVERYONE,
		/** Only the pages for victims and the public; no staff screen. */
		VICTIMS_AND_PUBLIC
	}

	private final String code;
	private final String ownName;
	private final boolean rightToLeft;
	private final Readers readers;

	SpokenLanguage(String code, String ownName, boolean rightToLeft, Readers readers) {
		this.code = code;
		this.ownName = ownName;
		this.rightToLeft = rightToLeft;
		this.readers = readers;
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

	/** Whether the staff screens (every screen there is today) are offered in it. */
	public boolean staffScreens() {
		return readers == Readers.EVERYONE;
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

	/** The languages of the staff screens, in the order the menu offers them. */
	public static List<SpokenLanguage> staffLanguages() {
		return Arrays.stream(values()).filter(SpokenLanguage::staffScreens).toList();
	}

	/** The language of this code, exactly as written, if the staff screens are offered in it. */
	public static Optional<SpokenLanguage> staffLanguage(String code) {
		return of(code).filter(SpokenLanguage::staffScreens);
	}

	/** The language of this locale ({@code tr_TR} is Turkish), if the staff screens are offered in it. */
	public static Optional<SpokenLanguage> staffLanguage(Locale locale) {
		return of(locale).filter(SpokenLanguage::staffScreens);
	}

}
