package org.opennrm.reference;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Provinces, countries and languages, named in the user's language (Turkish for Turkish, English otherwise)
 * and sorted as that language sorts. The tables only change with a migration, so they are read once and kept
 * in memory.
 */
@Service
@PermitAll // public code lists: the sign-in page and every form read them
public class ReferenceData {

	private static final Locale TURKISH = Locale.forLanguageTag("tr");

	private final JdbcClient jdbc;
	private volatile Tables tables;

	ReferenceData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The 81 provinces in the current request's language. */
	public List<Province> provinces() {
		return provinces(LocaleContextHolder.getLocale());
	}

	public List<Province> provinces(Locale locale) {
		return tables().provinces(turkish(locale));
	}

	public List<Country> countries() {
		return countries(LocaleContextHolder.getLocale());
	}

	public List<Country> countries(Locale locale) {
		return tables().countries(turkish(locale));
	}

	public List<Language> languages() {
		return languages(LocaleContextHolder.getLocale());
	}

	public List<Language> languages(Locale locale) {
		return tables().languages(turkish(locale));
	}

	/** @param code the plate code, e.g. "34" */
	public Optional<Province> province(String code) {
		return code == null ? Optional.empty() : Optional.ofNullable(tables().provincesByCode.get(code.strip()));
	}

	/**
	 * @param code alpha-3 (ISO 3166-1's, Kosovo's XKX, ICAO's XXA to XXX), ISO 3166-1 alpha-2, or a code documents
	 *             write in place of the list's ({@link CountryList#documentCodes}: RKS is Kosovo, XKX), in any case
	 */
	public Optional<Country> country(String code) {
		return lookup(code, tables().countriesByCode).map(c -> c.in(turkish(LocaleContextHolder.getLocale())));
	}

	/** @param code ISO 639-2/T, 639-3 or 639-1, in any case */
	public Optional<Language> language(String code) {
		return lookup(code, tables().languagesByCode).map(l -> l.inLanguage(turkish(LocaleContextHolder.getLocale())));
	}

	private static <T> Optional<T> lookup(String code, Map<String, T> byCode) {
		return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.strip().toLowerCase(Locale.ROOT)));
	}

	private static boolean turkish(Locale locale) {
		return locale != null && TURKISH.getLanguage().equals(locale.getLanguage());
	}

	private Tables tables() {
		Tables loaded = tables;
		if (loaded == null) {
			synchronized (this) {
				loaded = tables;
				if (loaded == null) {
					loaded = load();
					tables = loaded;
				}
			}
		}
		return loaded;
	}

	private Tables load() {
		List<Province> provinces = jdbc.sql("select code, name from province order by code")
			.query((rs, i) -> new Province(rs.getString("code"), rs.getString("name"))).list();
		List<Bilingual> countries = jdbc.sql("select alpha3, alpha2, name_en, name_tr from country")
			.query((rs, i) -> new Bilingual(rs.getString("alpha3"), rs.getString("alpha2"), rs.getString("name_en"),
					rs.getString("name_tr")))
			.list();
		List<Bilingual> languages = jdbc.sql("select alpha3, alpha2, name_en, name_tr from language")
			.query((rs, i) -> new Bilingual(rs.getString("alpha3"), rs.getString("alpha2"), rs.getString("name_en"),
					rs.getString("name_tr")))
			.list();
		return new Tables(provinces, countries, languages);
	}

	/** A row with its names in both languages. */
	private record Bilingual(String code, String alpha2, String nameEn, String nameTr) {

		String name(boolean turkish) {
			return turkish ? nameTr : nameEn;
		}

		Country in(boolean turkish) {
			return new Country(code, alpha2, name(turkish));
		}

		Language inLanguage(boolean turkish) {
			return new Language(code, alpha2, name(turkish));
		}

	}

	/** Everything, read once, with the lists already sorted for each language. */
	private static final class Tables {

		final Map<String, Province> provincesByCode;
		final Map<String, Bilingual> countriesByCode;
		final Map<String, Bilingual> languagesByCode;
		private final List<Province> provincesTr;
		private final List<Province> provincesEn;
		private final List<Country> countriesTr;
		private final List<Country> countriesEn;
		private final List<Language> languagesTr;
		private final List<Language> languagesEn;

		Tables(List<Province> provinces, List<Bilingual> countries, List<Bilingual> languages) {
			Collator tr = Collator.getInstance(TURKISH);
			Collator en = Collator.getInstance(Locale.ENGLISH);
			provincesByCode = provinces.stream().collect(Collectors.toUnmodifiableMap(Province::code, Function.identity()));
			countriesByCode = withDocumentCodes(byCodes(countries));
			languagesByCode = byCodes(languages);
			provincesTr = provinces.stream().sorted(Comparator.comparing(Province::name, tr)).toList();
			provincesEn = provinces.stream().sorted(Comparator.comparing(Province::name, en)).toList();
			countriesTr = countries.stream().map(c -> c.in(true)).sorted(Comparator.comparing(Country::name, tr)).toList();
			countriesEn = countries.stream().map(c -> c.in(false)).sorted(Comparator.comparing(Country::name, en)).toList();
			languagesTr = languages.stream().map(l -> l.inLanguage(true)).sorted(Comparator.comparing(Language::name, tr)).toList();
			languagesEn = languages.stream().map(l -> l.inLanguage(false)).sorted(Comparator.comparing(Language::name, en)).toList();
		}

		private static Map<String, Bilingual> byCodes(List<Bilingual> rows) {
			Map<String, Bilingual> map = new java.util.HashMap<>();
			for (Bilingual row : rows) {
				map.put(row.code().toLowerCase(Locale.ROOT), row);
				if (row.alpha2() != null) {
					map.put(row.alpha2().toLowerCase(Locale.ROOT), row);
				}
			}
			return Map.copyOf(map);
		}

		/** The countries by their codes and by those documents write in their place (RKS for XKX). */
		private static Map<String, Bilingual> withDocumentCodes(Map<String, Bilingual> byCodes) {
			Map<String, Bilingual> map = new java.util.HashMap<>(byCodes);
			CountryList.documentCodes().forEach((written, alpha3) -> {
				Bilingual country = byCodes.get(alpha3.toLowerCase(Locale.ROOT));
				if (country != null) {
					map.put(written.toLowerCase(Locale.ROOT), country);
				}
			});
			return Map.copyOf(map);
		}

		List<Province> provinces(boolean turkish) {
			return turkish ? provincesTr : provincesEn;
		}

		List<Country> countries(boolean turkish) {
			return turkish ? countriesTr : countriesEn;
		}

		List<Language> languages(boolean turkish) {
			return turkish ? languagesTr : languagesEn;
		}

	}

}
