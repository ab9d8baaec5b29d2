package org.opennrm.audit.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import javax.crypto.Mac;

import org.springframework.stereotype.Component;

import org.opennrm.encryption.BlindIndex;

/**
 * The hash of an audit entry: HMAC-SHA256, keyed from an index key (never stored in the database; new entries by the
 * active one, and each entry records its key's id), over the previous entry's hash and this entry's fields in a
 * length-prefixed form that no two different entries share. Without the key, nobody who can write to the database can
 * forge a chain. Each entry's hash covers the one before it, whatever its key: after the index key is rotated, the
 * entries keyed by the old key are protected by the first entry keyed by the new one, even if the old key leaked.
 */
@Component
class AuditChain {

	static final byte[] GENESIS = new byte[32];

	private final BlindIndex keys;

	AuditChain(BlindIndex keys) {
		this.keys = keys;
	}

	/**
	 * The fields that are hashed; everything the auditor relies on.
	 *
	 * @param askedFields what a search asked, the codes of its fields joined by commas (V29); null for any other entry
	 * @param askedNames the keyed digest of a search's names (V29); null for any other entry, or a search without names
	 */
	record Fields(Instant occurredAt, UUID actorId, String actorName, String actorKind, UUID actorOrganisationId,
			String actorRole, String action, String entityType, String entityId, String outcome, String purpose,
			String remoteAddress, String request, String askedFields, String askedNames) {

		/** PostgreSQL keeps microseconds: what is hashed must be exactly what is stored. */
		Fields {
			occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
		}

		/** An entry of a kind written before V29, which asks nothing. */
		Fields(Instant occurredAt, UUID actorId, String actorName, String actorKind, UUID actorOrganisationId,
				String actorRole, String action, String entityType, String entityId, String outcome, String purpose,
				String remoteAddress, String request) {
			this(occurredAt, actorId, actorName, actorKind, actorOrganisationId, actorRole, action, entityType, entityId,
					outcome, purpose, remoteAddress, request, null, null);
		}

	}

	/** The id of the index key new entries are hashed under. */
	String activeKeyId() {
		return keys.activeKeyId();
	}

	/** Whether entries hashed under the index key {@code keyId} can be checked here. */
	boolean hasKey(String keyId) {
		return keys.hasKey(keyId);
	}

	/** The hash of an entry under the index key {@code keyId}, which must be configured. */
	byte[] hash(String keyId, byte[] previousHash, Fields fields) {
		return hash(macFor(keyId), previousHash, fields);
	}

	/** A MAC of entries under the index key {@code keyId}, for a caller that hashes many in one thread. */
	Mac macFor(String keyId) {
		return keys.macFor(keyId, "audit-chain");
	}

	/** The hash of an entry with {@code mac}, which this leaves ready for the next. */
	static byte[] hash(Mac mac, byte[] previousHash, Fields fields) {
		mac.update(previousHash);
		mac.update(canonical(fields));
		return mac.doFinal();
	}

	/**
	 * The entry's fields, each length-prefixed. What a search asked (V29) follows only when the entry has it: an entry
	 * without it, every one written before V29, is hashed exactly as it was, and the chain written so far still
	 * verifies. The form stays one that no two different entries share: one with it is two values longer than any
	 * without.
	 */
	static byte[] canonical(Fields f) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeLong(ChronoUnit.MICROS.between(Instant.EPOCH, f.occurredAt()));
			for (Object value : new Object[] { f.actorId(), f.actorName(), f.actorKind(), f.actorOrganisationId(),
					f.actorRole(), f.action(), f.entityType(), f.entityId(), f.outcome(), f.purpose(), f.remoteAddress(),
					f.request() }) {
				write(out, value);
			}
			if (f.askedFields() != null || f.askedNames() != null) {
				write(out, f.askedFields());
				write(out, f.askedNames());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static void write(DataOutputStream out, Object value) throws IOException {
		if (value == null) {
			out.writeInt(-1);
		}
		else {
			byte[] text = value.toString().getBytes(StandardCharsets.UTF_8);
			out.writeInt(text.length);
			out.write(text);
		}
	}

}
