package org.opennrm.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

import org.opennrm.matching.IndexedPerson;
import org.opennrm.matching.PersonRecord;
import org.opennrm.matching.Sex;

/**
 * The demo's made-up people ({@value #RESOURCE}), as the matching index files them: so that the candidate search has
 * someone to find in the demo, as it will once the screens that register people fill the index.
 */
final class DemoPeople {

	static final String RESOURCE = "demo/people.csv";

	private static final String HEADER = "key,given_names,family_names,full_name_original,birth_date,birth_year,sex,"
			+ "citizenship,province,organisation,registered_by";

	private DemoPeople() {
	}

	/** One line of the file: the person and where they are filed, by the demo's keys of organisations and accounts. */
	record DemoPerson(String key, PersonRecord record, String province, String organisation, String registeredBy) {

		UUID id() {
			return idOf(key);
		}

	}

	/**
	 * A demo person's id: a name-based UUID (version 3) of {@code opennrm:demo-person:} and the key, the same at every
	 * load, so the README can name one. Every id OpenNRM gives is random (version 4), so none can be a demo person's.
	 */
	static UUID idOf(String key) {
		return UUID.nameUUIDFromBytes(("opennrm:demo-person:" + key).getBytes(StandardCharsets.UTF_8));
	}

	static List<DemoPerson> read() {
		CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setIgnoreEmptyLines(true).setHeader()
			.setSkipHeaderRecord(true).get();
		try (Reader reader = new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(),
				StandardCharsets.UTF_8); CSVParser parser = CSVParser.parse(reader, format)) {
			if (!String.join(",", parser.getHeaderNames()).equals(HEADER)) {
				throw new IllegalStateException(RESOURCE + " must begin with the header " + HEADER);
			}
			List<DemoPerson> people = new ArrayList<>();
			for (CSVRecord line : parser) {
				people.add(person(line));
			}
			return people;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The people filed as the organisations and accounts the demo made them (by their keys) registered them. */
	static List<IndexedPerson> filed(List<DemoPerson> people, Map<String, UUID> organisations,
			Map<String, UUID> accounts) {
		return people.stream().map(p -> new IndexedPerson(p.id(), p.record(), p.province(),
				required(organisations, p.organisation(), p.key()),
				p.registeredBy() == null ? null : required(accounts, p.registeredBy(), p.key()))).toList();
	}

	private static UUID required(Map<String, UUID> ids, String key, String person) {
		UUID id = ids.get(key);
		if (id == null) {
			throw new IllegalStateException(
					RESOURCE + ": the demo has no organisation or account '" + key + "' (" + person + ")");
		}
		return id;
	}

	private static DemoPerson person(CSVRecord line) {
		if (!line.isConsistent()) {
			throw new IllegalStateException(RESOURCE + ": 11 fields expected, " + line.size() + " on line "
					+ line.getParser().getCurrentLineNumber());
		}
		String key = line.get("key");
		PersonRecord record = new PersonRecord(idOf(key).toString(), text(line.get("given_names")),
				text(line.get("family_names")), text(line.get("full_name_original")),
				line.get("birth_date").isEmpty() ? null : LocalDate.parse(line.get("birth_date")),
				line.get("birth_year").isEmpty() ? null : Integer.valueOf(line.get("birth_year")),
				Sex.read(line.get("sex")),
				line.get("citizenship").isEmpty() ? List.of() : Arrays.asList(line.get("citizenship").split(" ")));
		return new DemoPerson(key, record, line.get("province"), line.get("organisation"),
				text(line.get("registered_by")));
	}

	private static String text(String field) {
		return field.isEmpty() ? null : field;
	}

}
