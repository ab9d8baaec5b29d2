package org.opennrm.identity;

import java.time.Duration;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.opennrm.identity.internal.SessionTermination;
import org.opennrm.identity.internal.Users;
import org.opennrm.shared.NotFoundException;
import org.opennrm.shared.StaffLanguageCode;
import org.opennrm.shared.UserInputException;

/**
 * What signed-in people do with their own account: see it, set their language, replace their password. Only a person
 * signed in with a password has an account of their own; an API client or a job of the system is refused.
 */
@Service
public class OwnAccount {

	private final Users users;
	private final PasswordEncoder passwordEncoder;
	private final PasswordPolicy passwordPolicy;
	private final PasswordOwners passwordOwners;
	private final SessionTermination sessions;
	private final ApplicationEventPublisher events;
	private final int maxFailures;
	private final Duration lockDuration;

	OwnAccount(Users users, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
			PasswordOwners passwordOwners, SessionTermination sessions,
			ApplicationEventPublisher events, @Value("${opennrm.login.max-failures:5}") int maxFailures,
			@Value("${opennrm.login.lock-duration:15m}") Duration lockDuration) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.passwordOwners = passwordOwners;
		this.sessions = sessions;
		this.events = events;
		this.maxFailures = maxFailures;
		this.lockDuration = lockDuration;
	}

	/** The signed-in person's account, as it is now. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public UserAccount get() {
		return users.find(person().id()).orElseThrow(() -> new NotFoundException("user"));
	}

	/**
	 * Sets the language OpenNRM speaks to the person after each sign-in; blank for none (the language menu's choice
	 * stays).
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public UserAccount changeLanguage(String language) {
		UserAccount account = get();
		String chosen = language == null || language.isBlank() ? null : language.strip();
		if (!StaffLanguageCode.Check.allowed(chosen)) {
			throw new UserInputException("preferredLanguage", "StaffLanguageCode");
		}
		if (!java.util.Objects.equals(chosen, account.preferredLanguage())) {
			users.setPreferredLanguage(account.id(), chosen);
			events.publishEvent(new UserChanged(account.id(), "PREFERRED_LANGUAGE_CHANGED"));
		}
		return get();
	}

	/**
	 * Replaces the person's password with one of their own, which the password policy accepts and which is not the
	 * current one written another way ({@link PasswordPolicy#derivedFrom}: a temporary password in other capitals was
	 * kept, known to the administrator who set it), and ends their other sessions; {@code keptSessionId}, the one they change it in, goes on. The current password is checked as at
	 * sign-in: a wrong one counts against the account, and the last allowed one locks it (the person stays signed in,
	 * but can neither change the password nor sign in again until the lock ends or an administrator lifts it). What
	 * was counted stays counted when the change is refused.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional(noRollbackFor = UserInputException.class)
	public void changePassword(PasswordChange change, String keptSessionId) {
		UserAccount account = get();
		typed("currentPassword", change.currentPassword());
		typed("newPassword", change.newPassword());
		typed("repeatedPassword", change.repeatedPassword());
		if (!change.newPassword().equals(change.repeatedPassword())) {
			throw new UserInputException("repeatedPassword", "account.password.repeatDiffers");
		}
		currentPasswordMustMatch(account, change.currentPassword());
		if (PasswordPolicy.derivedFrom(change.newPassword(), change.currentPassword())) {
			throw new UserInputException("newPassword", "account.password.sameAsCurrent");
		}
		Optional<String> weak = passwordPolicy.check(change.newPassword(), passwordOwners.of(account));
		if (weak.isPresent()) {
			throw new UserInputException("newPassword", weak.get());
		}
		users.changePassword(account.id(), passwordEncoder.encode(change.newPassword()), false);
		sessions.endOtherSessionsOf(account.username(), keptSessionId);
		events.publishEvent(new UserChanged(account.id(), "PASSWORD_CHANGED"));
	}

	/** A password left empty is incomplete, not wrong: refused before anything is checked or counted. */
	private static void typed(String field, String password) {
		if (password == null || password.isEmpty()) {
			throw new UserInputException(field, "NotEmpty");
		}
	}

	/** Takes one of the account's attempts before the check, as sign-in does, so that no one guesses faster here. */
	private void currentPasswordMustMatch(UserAccount account, String password) {
		if (!users.takeLoginAttempt(account.id(), maxFailures)) {
			events.publishEvent(new PasswordChangeFailed(account.id(), PasswordChangeFailed.Why.ACCOUNT_LOCKED));
			throw new UserInputException("currentPassword", "account.password.locked");
		}
		boolean matches;
		try {
			matches = passwordEncoder.matches(password, users.passwordHash(account.id()).orElseThrow());
		}
		catch (RuntimeException notChecked) {
			users.giveBackLoginAttempt(account.id());
			throw notChecked;
		}
		if (matches) {
			users.clearLoginAttempts(account.id());
			return;
		}
		boolean locked = users.recordFailedLogin(account.id(), maxFailures, lockDuration);
		events.publishEvent(new PasswordChangeFailed(account.id(),
				locked ? PasswordChangeFailed.Why.ACCOUNT_LOCKED_NOW : PasswordChangeFailed.Why.WRONG_PASSWORD));
		throw new UserInputException("currentPassword", locked ? "account.password.lockedNow" : "account.password.wrong");
	}

	private static CurrentUser person() {
		CurrentUser user = CurrentUser.require();
		if (user.kind() != CurrentUser.Kind.USER) {
			throw new AccessDeniedException("only a person signed in with a password has an account of their own");
		}
		return user;
	}

}
