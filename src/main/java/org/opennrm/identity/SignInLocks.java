package org.opennrm.identity;

import java.util.List;

/** What keeps people from signing in now: the client addresses refused and the accounts locked. */
public record SignInLocks(List<RefusedAddress> addresses, List<LockedAccount> accounts) {
}
