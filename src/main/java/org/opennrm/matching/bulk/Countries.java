package org.opennrm.matching.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The countries of OpenNRM's reference data (the {@code reference} module's {@code Country}), as the bulk command
 * reads a citizenship: by its ISO 3166-1 alpha-3 or alpha-2 code, or by its name in Turkish or English, in any case
 * and with or without the marks of its letters ({@code TÜRKİYE}, {@code Turkiye}, {@code suriye}, {@code Syria}).
 * The command opens no database, so the table is read from the migration that fills it; {@code ReferenceDataTests}
 * checks that they agree.
 */
final class Countries {

	/** The migration that creates and fills the table {@code country}. */
	static final String SOURCE = "db/migration/V1__create_reference_data.sql";

	/** A row of the table: {@code ('SYR', 'SY', 'Syria', 'Suriye')}. */
	private static final Pattern ROW = Pattern
		.compile("\\('([A-Z]{3})', '([A-Z]{2})', '((?:[^']|'')*)', '((?:[^']|'')*)'\\)[,;]");

	/** A country of the reference data. */
	record Country(String alpha3, String alpha2, String nameEn, String nameTr) {
	}

	static final Countries REFERENCE = load();

	private final List<Country> all;

	/** Each country's alpha-3 code by every way of writing it, {@linkplain #folded folded}. */
	private final Map<String, String> byWriting;

	private Countries(List<Country> all) {
		this.all = List.copyOf(all);
		Map<String, String> writings = new HashMap<>();
		Set<String> shared = new HashSet<>();
		for (Country country : all) {
			for (String writing : List.of(country.alpha3(), country.alpha2(), country.nameEn(), country.nameTr())) {
				String previous = writings.put(folded(writing), country.alpha3());
				if (previous != null && !previous.equals(country.alpha3())) {
					shared.add(folded(writing));
				}
			}
		}
		// a writing two countries share would name neither for sure
		shared.forEach(writings::remove);
		this.byWriting = Map.copyOf(writings);
	}

	List<Country> all() {
		return all;
	}

	/** The alpha-3 code of the country written so, or null. */
	String code(String written) {
		return byWriting.get(folded(written));
	}

	/**
	 * A writing of a country as it is looked up: in small letters, without the marks of letters (a Turkish keyboard's
	 * İ, a Turkish Excel's capitals, a keyboard without ü), Turkish ı as i, the typographic apostrophe as the plain
	 * one, spaces as one.
	 */
	static String folded(String written) {
		String bare = Normalizer.normalize(written.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return bare.replace('ı', 'i').replace('’', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private static Countries load() {
		try (InputStream in = Countries.class.getClassLoader().getResourceAsStream(SOURCE)) {
			if (in == null) {
				throw new IllegalStateException(SOURCE + " is not on the class path");
			}
			String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			String rows = sql.substring(sql.indexOf("insert into country"));
			rows = rows.substring(0, rows.indexOf(";") + 1);
			List<Country> countries = new ArrayList<>();
			Matcher row = ROW.matcher(rows);
			while (row.find()) {
				countries.add(new Country(row.group(1), row.group(2), row.group(3).replace("''", "'"),
						row.group(4).replace("''", "'")));
			}
			return new Countries(countries);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
