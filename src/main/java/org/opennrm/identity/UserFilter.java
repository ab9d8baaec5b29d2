package org.opennrm.identity;

import java.util.UUID;

/** Optional criteria for listing accounts; null means any. */
public record UserFilter(UUID organisationId, Role role, Scope scope, Boolean active, Boolean locked) {

	public static UserFilter all() {
		return new UserFilter(null, null, null, null, null);
	}

}
