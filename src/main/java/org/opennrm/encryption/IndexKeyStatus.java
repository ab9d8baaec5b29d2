package org.opennrm.encryption;

import java.util.List;

import jakarta.annotation.security.PermitAll;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.opennrm.shared.OutOfService;
import org.opennrm.shared.TemporarilyUnavailable;

/**
 * What the database says of the index keys now, for a node that must not act on what it read at its start: a
 * {@code reencrypt} run on another machine may since have superseded an index key (docs/encryption.md, "Rotating the
 * index key"). Each node looks once a minute ({@code opennrm.encryption.index-key-watch}): look-ups stop trying a key
 * superseded meanwhile, and session cookies signed with it name no session any more. A node whose own active key was
 * superseded may write no audit entry under it: it is {@link OutOfService out of service} until an operator restarts
 * it with the new key.
 */
@Component
public class IndexKeyStatus {

	private final JdbcClient jdbc;
	private final BlindIndex blindIndex;
	private final OutOfService outOfService;
	private final boolean readOnly;

	IndexKeyStatus(JdbcClient jdbc, BlindIndex blindIndex, OutOfService outOfService,
			@Value("${opennrm.database.read-only:false}") boolean readOnly) {
		this.jdbc = jdbc;
		this.blindIndex = blindIndex;
		this.outOfService = outOfService;
		this.readOnly = readOnly;
	}

	/**
	 * Refuses, with {@link ActiveIndexKeySuperseded}, if {@code reencrypt} noted this node's active index key as
	 * superseded (this node is then out of service): nothing may be keyed by it, nor any audit entry chained under it,
	 * any more.
	 */
	@PermitAll // a key's state, not the key
	public void refuseIfActiveKeySuperseded() {
		String active = blindIndex.activeKeyId();
		if (outOfService.declared() || KeyRotation.supersededIndexKeys(jdbc).contains(active)) {
			throw superseded(active);
		}
	}

	@Scheduled(initialDelayString = "${opennrm.encryption.index-key-watch:PT1M}",
			fixedDelayString = "${opennrm.encryption.index-key-watch:PT1M}")
	void look() {
		if (readOnly) {
			return; // a command that only reads (verify-audit) may run with any key active
		}
		List<String> superseded;
		try {
			superseded = KeyRotation.supersededIndexKeys(jdbc);
		}
		catch (RuntimeException ex) {
			if (TemporarilyUnavailable.in(ex)) {
				return; // the database out of reach: looked at again in a minute; the requests' 503s say so
			}
			throw ex;
		}
		blindIndex.supersede(superseded);
		if (superseded.contains(blindIndex.activeKeyId())) {
			superseded(blindIndex.activeKeyId());
		}
	}

	private ActiveIndexKeySuperseded superseded(String keyId) {
		outOfService.declare("Its active index key '" + keyId + "' was replaced for good (reencrypt), and the audit chain"
				+ " refuses entries under it from then on. Restart it with the index key that replaced it as the active one"
				+ " (docs/encryption.md, \"Rotating the index key\").");
		return new ActiveIndexKeySuperseded(keyId);
	}

}
