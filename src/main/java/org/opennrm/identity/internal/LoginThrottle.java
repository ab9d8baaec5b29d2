package org.opennrm.identity.internal;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import org.opennrm.identity.CurrentUser;
import org.opennrm.identity.LoginFailed;
import org.opennrm.identity.LoginRefused;
import org.opennrm.identity.LoginSucceeded;

/**
 * Locks an account for a while after repeated wrong passwords, and audits sign-ins and their failures. The attempts
 * are counted before each password is checked, against the account ({@link PasswordSignIn}) and against the client
 * address ({@link AddressThrottle}); the counters live in the database, so they hold across all application nodes.
 */
@Component
class LoginThrottle {

	private final Users users;
	private final ApplicationEventPublisher events;
	private final int maxFailures;
	private final Duration lockDuration;

	LoginThrottle(Users users, ApplicationEventPublisher events,
			@Value("${opennrm.login.max-failures:5}") int maxFailures,
			@Value("${opennrm.login.lock-duration:15m}") Duration lockDuration) {
		this.users = users;
		this.events = events;
		this.maxFailures = maxFailures;
		this.lockDuration = lockDuration;
	}

	/**
	 * After a sign-in through the form, once the signed-in user is in the security context, so that the audit entry
	 * names them as its actor (the plain success event comes before).
	 */
	@EventListener
	void onSuccess(InteractiveAuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof SignedInUser principal) {
			CurrentUser user = principal.currentUser();
			events.publishEvent(new LoginSucceeded(user.id()));
		}
	}

	/**
	 * Locks the account once its attempts are used up, and audits the wrong password. The attempt was counted
	 * against the account ({@link PasswordSignIn}) and its client address ({@link AddressThrottleFilter}) before
	 * the password was checked.
	 */
	@EventListener
	void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
		Object name = event.getAuthentication().getPrincipal();
		var account = name instanceof String username ? users.findCredentials(username) : java.util.Optional.<Users.Credentials>empty();
		if (account.isEmpty()) {
			events.publishEvent(new LoginFailed(null, false));
		}
		else {
			boolean locked = users.recordFailedLogin(account.get().id(), maxFailures, lockDuration);
			events.publishEvent(new LoginFailed(account.get().id(), locked));
		}
	}

	/**
	 * A sign-in to a locked account, refused whatever its password: counted on the lock, which the administrators'
	 * screen of sign-in locks shows.
	 */
	@EventListener
	void onLocked(AuthenticationFailureLockedEvent event) {
		refused(event.getAuthentication().getPrincipal(), false);
	}

	/** A sign-in to a deactivated account, or one of a deactivated organisation. */
	@EventListener
	void onDisabled(AuthenticationFailureDisabledEvent event) {
		refused(event.getAuthentication().getPrincipal(), true);
	}

	private void refused(Object name, boolean inactive) {
		if (name instanceof String username) {
			users.findCredentials(username).ifPresent(account -> {
				if (!inactive) {
					users.recordRefusedWhileLocked(account.id());
				}
				events.publishEvent(new LoginRefused(account.id(), inactive));
			});
		}
	}

}
