package org.opennrm.identity;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.opennrm.identity.internal.AddressThrottle;
import org.opennrm.identity.internal.Users;

/**
 * What keeps people from signing in now, for the administrators who manage accounts: the client addresses refused
 * after too many refused sign-ins (an office behind one address among them), and the accounts locked after too many
 * wrong passwords; and lifting an address's refusal. An account's lock is lifted by {@link UserManagement#unlock}.
 */
@Service
public class SignInLockManagement {

	private final AddressThrottle addresses;
	private final Users users;
	private final ApplicationEventPublisher events;

	SignInLockManagement(AddressThrottle addresses, Users users, ApplicationEventPublisher events) {
		this.addresses = addresses;
		this.users = users;
		this.events = events;
	}

	@PreAuthorize("hasAuthority('USER_MANAGE')")
	@Transactional(readOnly = true)
	public SignInLocks current() {
		UserManagement.mustManageAccounts();
		return new SignInLocks(addresses.refusedAddresses(), users.lockedAccounts());
	}

	/**
	 * Lets sign-ins from a refused address through again at once, its count started afresh; in the audit trail, with
	 * the administrator who did it.
	 * @return false, and nothing recorded, when the address is not refused now (its window may just have ended)
	 */
	@PreAuthorize("hasAuthority('USER_MANAGE')")
	@Transactional
	public boolean releaseAddress(String address) {
		UserManagement.mustManageAccounts();
		if (!addresses.release(address)) {
			return false;
		}
		events.publishEvent(new SignInAddressReleased(address));
		return true;
	}

}
