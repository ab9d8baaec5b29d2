package org.opennrm.encryption;

import org.opennrm.shared.OutOfService;

/**
 * Thrown where a node would key a value or write an audit entry under its active index key after {@code reencrypt}
 * replaced that key for good: the chain refuses entries under it, so the node may do nothing audited until an
 * operator restarts it with the new key, and is {@link OutOfService out of service}.
 */
public final class ActiveIndexKeySuperseded extends OutOfService.Refused {

	private static final long serialVersionUID = 1L;

	ActiveIndexKeySuperseded(String keyId) {
		super("The active index key '" + keyId + "' was replaced for good: no audit entry may be written under it");
	}

}
