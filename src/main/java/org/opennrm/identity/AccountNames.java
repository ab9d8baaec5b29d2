package org.opennrm.identity;

import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.opennrm.identity.internal.Users;
import org.opennrm.shared.TextFolding;

/**
 * Accounts found by the name people know them by, their full name, for those who read what accounts did: the audit
 * trail names the actor by the user name, while an auditor types "Ayşe Yılmaz". Names are compared as people type
 * them ({@link TextFolding#fold}), through an index of the folded names (V20), not by reading every account.
 */
@Service
public class AccountNames {

	private final Users users;

	AccountNames(Users users) {
		this.users = users;
	}

	/** The ids of the accounts whose full name contains {@code part}, case, Turkish letters and accents set aside. */
	@PreAuthorize("hasAuthority('AUDIT_READ')")
	@Transactional(readOnly = true)
	public Set<UUID> withFullNameContaining(String part) {
		String pattern = TextFolding.containing(part);
		return pattern == null ? Set.of() : users.withFullNameLike(pattern);
	}

}
