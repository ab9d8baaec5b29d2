package org.opennrm.encryption;

import jakarta.annotation.security.PermitAll;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the database says of an index key now, for a node that must not act on what it read at its start. */
@Component
public class IndexKeyStatus {

	private final JdbcClient jdbc;

	IndexKeyStatus(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether {@code reencrypt} noted the index key {@code keyId} as superseded: nothing may be keyed by it any more. */
	@PermitAll // a key's state, not the key
	public boolean superseded(String keyId) {
		return KeyRotation.supersededIndexKeys(jdbc).contains(keyId);
	}

}
