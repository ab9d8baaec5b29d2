package org.opennrm.matching.index;

import tools.jackson.databind.json.JsonMapper;

import org.opennrm.matching.PersonRecord;

/** The compared fields of a person as the text that is encrypted into {@code matching_person.record_enc}. */
public final class RecordCodec {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private RecordCodec() {
	}

	public static String encode(PersonRecord record) {
		return JSON.writeValueAsString(record);
	}

	public static PersonRecord decode(String text) {
		return JSON.readValue(text, PersonRecord.class);
	}

}
