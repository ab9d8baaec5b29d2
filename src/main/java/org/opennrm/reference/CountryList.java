package org.opennrm.reference;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.opennrm.shared.CountryCodes;

/**
 * The list of countries ({@value #RESOURCE}), the one source of the table {@code country}, which the repeatable
 * migration {@code R__country_list} brings to it, and of the bulk matching command, which reads a citizenship by it
 * and opens no database. Its codes are ISO 3166-1's, Kosovo's XKX, and ICAO 9303's for a person without a defined
 * nationality (XXA, XXB, XXC, XXX), which have no alpha-2. It is the {@link CountryCodes} of the shared kernel
 * ({@link CountryCodesConfiguration}).
 */
public final class CountryList implements CountryCodes {

	public static final String RESOURCE = "reference/countries.csv";

	private static final String HEADER = "alpha3,alpha2,name_en,name_tr";

	/**
	 * Codes that documents write for a country of the list in place of its code, each with the list's: Kosovo's
	 * passports write RKS, where the list, as the European Union, has XKX. The one place of such codes: the reference
	 * data and the candidate API take them, the bulk command reads them, and a passport's name line is read with them.
	 * Germany's "D", which its passports write, is not one: a letter alone in a citizenship says nothing for sure, and
	 * only a passport's name line, where it stands as "D&lt;&lt;", is read with it.
	 */
	private static final Map<String, String> DOCUMENT_CODES = Map.of("RKS", "XKX");

	/**
	 * A country of the list, named in both languages.
	 *
	 * @param alpha3 ISO 3166-1 alpha-3 or ICAO 9303's, e.g. "SYR", "XXA"
	 * @param alpha2 ISO 3166-1 alpha-2, e.g. "SY"; null for ICAO's codes of no country
	 */
	public record Entry(String alpha3, String alpha2, String nameEn, String nameTr) {
	}

	private static final CountryList REFERENCE = read();

	private final List<Entry> entries;

	private final int checksum;

	private CountryList(List<Entry> entries, int checksum) {
		this.entries = List.copyOf(entries);
		this.checksum = checksum;
	}

	/** The list of this version of OpenNRM. */
	public static CountryList reference() {
		return REFERENCE;
	}

	/** The codes documents write for a country of the list in place of its code, each with the list's alpha-3. */
	public static Map<String, String> documentCodes() {
		return DOCUMENT_CODES;
	}

	/**
	 * The list's alpha-3 code for an alpha-3 code in capitals: a document's (RKS) as the list's (XKX), any other as it
	 * is.
	 */
	public static String listCode(String alpha3) {
		return DOCUMENT_CODES.getOrDefault(alpha3, alpha3);
	}

	public List<Entry> entries() {
		return entries;
	}

	@Override
	public Optional<CountryCodes.Country> country(String alpha3) {
		String listed = listCode(alpha3);
		return entries.stream()
			.filter(country -> country.alpha3().equals(listed))
			.findFirst()
			.map(country -> new CountryCodes.Country(country.alpha2(), country.nameEn()));
	}

	/** The CRC-32 of the file's bytes: a migration's checksum, which changes with any edit of the list. */
	public int checksum() {
		return checksum;
	}

	private static CountryList read() {
		try (InputStream in = CountryList.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is not on the class path");
			}
			return parse(in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The list a file of the form of {@value #RESOURCE} holds; one that breaks its form is refused. */
	static CountryList parse(byte[] file) {
		CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setIgnoreEmptyLines(true).setHeader()
			.setSkipHeaderRecord(true).get();
		try (Reader reader = new InputStreamReader(new ByteArrayInputStream(file), StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.parse(reader, format)) {
			if (!String.join(",", parser.getHeaderNames()).equals(HEADER)) {
				throw new IllegalStateException(RESOURCE + " must begin with the header " + HEADER);
			}
			List<Entry> entries = new ArrayList<>();
			Set<String> codes = new HashSet<>();
			for (CSVRecord line : parser) {
				Entry entry = line.isConsistent() ? new Entry(line.get("alpha3"),
						line.get("alpha2").isEmpty() ? null : line.get("alpha2"), line.get("name_en"), line.get("name_tr"))
						: null;
				if (entry == null || !entry.alpha3().matches("[A-Z]{3}")
						|| entry.alpha2() != null && !entry.alpha2().matches("[A-Z]{2}") || entry.nameEn().isBlank()
						|| entry.nameTr().isBlank() || !codes.add(entry.alpha3())
						|| entry.alpha2() != null && !codes.add(entry.alpha2())) {
					throw new IllegalStateException(RESOURCE + ": line " + parser.getCurrentLineNumber()
							+ " is no country of its own: four fields, a code of three capitals, one of two or none, "
							+ "two names, each code once");
				}
				entries.add(entry);
			}
			CRC32 crc = new CRC32();
			crc.update(file);
			return new CountryList(entries, (int) crc.getValue());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
