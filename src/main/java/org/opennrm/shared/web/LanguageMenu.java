package org.opennrm.shared.web;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import org.opennrm.shared.SpokenLanguage;

/**
 * The languages for the pages' menu and direction, from the one list ({@link SpokenLanguage}). For templates:
 * {@code @languageMenu.languages()}, {@code @languageMenu.rightToLeft(#locale)}.
 */
@Component("languageMenu")
public class LanguageMenu {

	/** The staff screens' languages: every page there is today is a staff screen. */
	public List<SpokenLanguage> languages() {
		return SpokenLanguage.staffLanguages();
	}

	/**
	 * Whether a page in this language is laid out from right to left: none of the staff screens' languages is, the
	 * pages for victims and the public will have some that are.
	 */
	public boolean rightToLeft(Locale locale) {
		return SpokenLanguage.of(locale).map(SpokenLanguage::rightToLeft).orElse(false);
	}

}
