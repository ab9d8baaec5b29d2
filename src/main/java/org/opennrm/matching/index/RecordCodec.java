package org.opennrm.matching.index;

import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.opennrm.encryption.EncryptedColumn;
import org.opennrm.encryption.FieldEncryption;
import org.opennrm.matching.PersonRecord;

/**
 * The compared fields of a person as the text that is encrypted into {@code matching_person.record_enc}, and that
 * encryption, bound to the person's id.
 */
public final class RecordCodec {

	/** {@code matching_person.record_enc}, declared for the key rotation by the matching module. */
	public static final EncryptedColumn COLUMN = new EncryptedColumn("person", "matching_person", "id", "record_enc",
			"matching_person.record:");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private RecordCodec() {
	}

	public static String encode(PersonRecord record) {
		return JSON.writeValueAsString(record);
	}

	public static PersonRecord decode(String text) {
		return JSON.readValue(text, PersonRecord.class);
	}

	/** The person's record encrypted for {@code matching_person.record_enc}. */
	public static byte[] encrypt(FieldEncryption encryption, UUID personId, PersonRecord record) {
		return encryption.encrypt(encode(record), context(personId));
	}

	/** The person's record read back from {@code matching_person.record_enc}. */
	public static PersonRecord decrypt(FieldEncryption encryption, UUID personId, byte[] recordEnc) {
		return decode(encryption.decrypt(recordEnc, context(personId)));
	}

	private static String context(UUID personId) {
		return COLUMN.context(personId);
	}

}
