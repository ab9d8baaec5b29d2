package org.opennrm.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8))) {
			List<String> lines = reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
			if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
				throw new IllegalStateException(RESOURCE + " must begin with the header " + HEADER);
			}
			List<DemoPerson> people = new ArrayList<>(lines.size() - 1);
			for (String line : lines.subList(1, lines.size())) {
				people.add(person(line));
			}
			return people;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The people filed as the organisations and accounts the demo made them (by their keys) registered them. */
	static List<IndexedPerson> filed(List<DemoPerson> people, Map<String, UUID> organisations, Map<String, UUID> accounts) {
		return people.stream().map(p -> new IndexedPerson(p.id(), p.record(), p.province(),
				required(organisations, p.organisation(), p.key()),
				p.registeredBy() == null ? null : required(accounts, p.registeredBy(), p.key()))).toList();
	}

	private static UUID required(Map<String, UUID> ids, String key, String person) {
		UUID id = ids.get(key);
		if (id == null) {
			throw new IllegalStateException(RESOURCE + ": the demo has no organisation or account '" + key + "' (" + person + ")");
		}
		return id;
	}

	private static DemoPerson person(String line) {
		String[] f = line.split(",", -1);
		if (f.length != 11) {
			throw new IllegalStateException(RESOURCE + ": 11 fields expected, " + f.length + " in the line of " + f[0]);
		}
		String id = idOf(f[0]).toString();
		PersonRecord record = new PersonRecord(id, text(f[1]), text(f[2]), text(f[3]),
				f[4].isEmpty() ? null : LocalDate.parse(f[4]), f[5].isEmpty() ? null : Integer.valueOf(f[5]),
				Sex.read(f[6]), f[7].isEmpty() ? List.of() : Arrays.asList(f[7].split(" ")));
		return new DemoPerson(f[0], record, f[8], f[9], text(f[10]));
	}

	private static String text(String field) {
		return field.isEmpty() ? null : field;
	}

}
