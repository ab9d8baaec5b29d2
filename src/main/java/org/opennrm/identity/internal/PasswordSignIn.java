package org.opennrm.identity.internal;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The sign-in with user name and password. Before a password is checked, it takes one of the account's attempts
 * ({@link Users#takeLoginAttempt}), in the same statement that sees whether the account is locked. Checking the
 * lock first and counting the wrong password after, as sign-in usually does, lets every attempt sent at the same
 * moment pass the lock before the first of them is counted: with enough of them in flight, an account's password
 * could be guessed at the speed of the password checks, whatever {@code opennrm.login.max-failures} says.
 * <p>
 * The right password clears the account's count; a check that is not made (the service is busy, the database is
 * away) gives its attempt back. A wrong password keeps it, and {@link LoginThrottle} locks the account once the
 * attempts are used up.
 */
final class PasswordSignIn extends DaoAuthenticationProvider {

	private final Users users;
	private final int maxFailures;

	PasswordSignIn(Users users, PasswordEncoder passwordEncoder, int maxFailures) {
		super(new AccountDetailsService(users));
		if (maxFailures < 1) {
			throw new IllegalStateException("opennrm.login.max-failures must be 1 or more; it is " + maxFailures);
		}
		setPasswordEncoder(passwordEncoder);
		this.users = users;
		this.maxFailures = maxFailures;
	}

	@Override
	protected void additionalAuthenticationChecks(UserDetails userDetails, UsernamePasswordAuthenticationToken authentication) {
		if (!userDetails.isEnabled() || !userDetails.isAccountNonLocked()) {
			// Spring Security checks the password of a locked or deactivated account too, so that the refusal takes
			// as long as any answer, and then refuses whatever the password: it counts against nothing and signs
			// no one in
			super.additionalAuthenticationChecks(userDetails, authentication);
			return;
		}
		var account = ((SignedInUser) userDetails).currentUser().id();
		if (!users.takeLoginAttempt(account, maxFailures)) {
			// refused whatever the password, after checking it all the same, so the refusal takes as long as an answer
			try {
				super.additionalAuthenticationChecks(userDetails, authentication);
			}
			catch (RuntimeException ignored) {
				// the refusal stands, whatever the check said
			}
			throw new LockedException(this.messages.getMessage("AbstractUserDetailsAuthenticationProvider.locked",
					"User account is locked"));
		}
		try {
			super.additionalAuthenticationChecks(userDetails, authentication);
			users.recordSuccessfulLogin(account);
		}
		catch (BadCredentialsException wrongPassword) {
			throw wrongPassword;
		}
		catch (RuntimeException notChecked) {
			users.giveBackLoginAttempt(account);
			throw notChecked;
		}
	}

}
