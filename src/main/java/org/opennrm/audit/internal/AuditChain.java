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
 * The hash of an audit entry: HMAC-SHA256, keyed from the configured index key (never stored in the
 * database), over the previous entry's hash and this entry's fields in a length-prefixed form that no two
 * different entries share. Without the key, nobody who can write to the database can forge a chain.
 */
@Component
class AuditChain {

	static final byte[] GENESIS = new byte[32];

	private final BlindIndex keys;

	AuditChain(BlindIndex keys) {
		this.keys = keys;
	}

	/** The fields that are hashed; everything the auditor relies on. */
	record Fields(Instant occurredAt, UUID actorId, String actorName, String actorKind, UUID actorOrganisationId,
			String actorRole, String action, String entityType, String entityId, String outcome, String purpose,
			String remoteAddress, String request) {

		/** PostgreSQL keeps microseconds: what is hashed must be exactly what is stored. */
		Fields {
			occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
		}

	}

	byte[] hash(byte[] previousHash, Fields fields) {
		Mac mac = keys.macFor("audit-chain");
		mac.update(previousHash);
		mac.update(canonical(fields));
		return mac.doFinal();
	}

	static byte[] canonical(Fields f) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeLong(ChronoUnit.MICROS.between(Instant.EPOCH, f.occurredAt()));
			for (Object value : new Object[] { f.actorId(), f.actorName(), f.actorKind(), f.actorOrganisationId(),
					f.actorRole(), f.action(), f.entityType(), f.entityId(), f.outcome(), f.purpose(), f.remoteAddress(),
					f.request() }) {
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
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
