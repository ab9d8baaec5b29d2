package org.opennrm.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.opennrm.encryption.BlindIndex;
import org.opennrm.encryption.FieldEncryption;
import org.opennrm.identity.internal.SessionTermination;
import org.opennrm.identity.internal.Users;
import org.opennrm.organisation.Organisation;
import org.opennrm.organisation.OrganisationManagement;
import org.opennrm.shared.NotFoundException;
import org.opennrm.shared.UserInputException;

/**
 * Creating and managing accounts. Contact details are stored encrypted, with a blind index of the e-mail
 * address so that one address cannot belong to two accounts.
 */
@Service
public class UserManagement {

	/** Blind-index purpose of users' e-mail addresses. */
	static final String EMAIL_INDEX = "app_user.email";

	private final Users users;
	private final OrganisationManagement organisations;
	private final PasswordEncoder passwordEncoder;
	private final PasswordPolicy passwordPolicy;
	private final FieldEncryption encryption;
	private final BlindIndex blindIndex;
	private final SessionTermination sessions;
	private final ApplicationEventPublisher events;

	UserManagement(Users users, OrganisationManagement organisations, PasswordEncoder passwordEncoder,
			PasswordPolicy passwordPolicy, FieldEncryption encryption, BlindIndex blindIndex,
			SessionTermination sessions, ApplicationEventPublisher events) {
		this.users = users;
		this.organisations = organisations;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.encryption = encryption;
		this.blindIndex = blindIndex;
		this.sessions = sessions;
		this.events = events;
	}

	@PreAuthorize("hasAuthority('USER_MANAGE')")
	@Transactional
	public UserAccount create(NewUser user) {
		user.role().mustBeGivable(user.effectiveScope());
		Organisation organisation = organisations.find(user.organisationId())
			.orElseThrow(() -> new UserInputException("organisationId", "user.organisation.unknown"));
		if (user.effectiveScope() == Scope.PROVINCE && organisation.provinceCode() == null) {
			throw new UserInputException("scope", "user.scope.organisationWithoutProvince");
		}
		if (users.usernameTaken(user.username())) {
			throw new UserInputException("username", "user.username.taken");
		}
		String email = blankToNull(user.email());
		String phone = blankToNull(user.phone());
		byte[] emailHash = blindIndex.hash(EMAIL_INDEX, email);
		if (emailHash != null && users.findByEmailHash(emailHash).isPresent()) {
			throw new UserInputException("email", "user.email.taken");
		}
		Optional<String> weak = passwordPolicy.check(user.password(), user.username());
		if (weak.isPresent()) {
			throw new UserInputException("password", weak.get());
		}
		UUID id = UUID.randomUUID();
		try {
			users.insert(id, user.username().strip(), user.fullName().strip(),
					encryption.encrypt(email, emailContext(id)), emailHash, encryption.encrypt(phone, phoneContext(id)),
					passwordEncoder.encode(user.password()), user.role(), user.effectiveScope(), organisation.id(),
					blankToNull(user.preferredLanguage()));
		}
		catch (DuplicateKeyException ex) {
			// Someone took the name or the address between the checks above and the insert.
			boolean emailTaken = String.valueOf(ex.getMessage()).contains("email_hash");
			throw emailTaken ? new UserInputException("email", "user.email.taken")
					: new UserInputException("username", "user.username.taken");
		}
		events.publishEvent(new UserCreated(id, user.role()));
		return users.find(id).orElseThrow();
	}

	@PreAuthorize("hasAuthority('USER_MANAGE')")
	@Transactional(readOnly = true)
	public List<UserAccount> list(UUID organisationId) {
		return users.list(organisationId);
	}

	@PreAuthorize("hasAuthority('USER_MANAGE')")
	@Transactional(readOnly = true)
	public List<UserAccount> list(UserFilter filter) {
		return users.list(filter);
	}

	@PreAuthorize("hasAuthority('USER_MANAGE')")
	@Transactional(readOnly = true)
	public Optional<UserAccount> find(UUID id) {
		return users.find(id);
	}

	/** The account's e-mail and phone, decrypted; for the account's own page, never for lists. */
	@PreAuthorize("hasAuthority('USER_MANAGE')")
	@Transactional(readOnly = true)
	public UserContacts contacts(UUID id) {
		Users.Contacts contacts = users.contacts(id).orElseThrow(() -> new NotFoundException("user"));
		return new UserContacts(encryption.decrypt(contacts.emailEnc(), emailContext(id)),
				encryption.decrypt(contacts.phoneEnc(), phoneContext(id)));
	}

	/** Deactivating also ends the account's open sessions. Administrators cannot deactivate themselves. */
	@PreAuthorize("hasAuthority('USER_MANAGE')")
	@Transactional
	public UserAccount setActive(UUID id, boolean active) {
		UserAccount account = users.find(id).orElseThrow(() -> new NotFoundException("user"));
		if (!active && CurrentUser.get().map(CurrentUser::id).filter(id::equals).isPresent()) {
			throw new UserInputException(null, "user.deactivate.self");
		}
		users.setActive(id, active);
		if (!active) {
			sessions.endSessionsOf(account.username());
		}
		events.publishEvent(new UserChanged(id, active ? "ACTIVATED" : "DEACTIVATED"));
		return users.find(id).orElseThrow();
	}

	/** Lifts a lock set after repeated wrong passwords. */
	@PreAuthorize("hasAuthority('USER_MANAGE')")
	@Transactional
	public UserAccount unlock(UUID id) {
		if (!users.unlock(id)) {
			throw new NotFoundException("user");
		}
		events.publishEvent(new UserChanged(id, "UNLOCKED"));
		return users.find(id).orElseThrow();
	}

	/** Sets a new password that obeys the policy, and ends the account's open sessions. */
	@PreAuthorize("hasAuthority('USER_MANAGE')")
	@Transactional
	public void resetPassword(UUID id, PasswordReset reset) {
		UserAccount account = users.find(id).orElseThrow(() -> new NotFoundException("user"));
		Optional<String> weak = passwordPolicy.check(reset.password(), account.username());
		if (weak.isPresent()) {
			throw new UserInputException("password", weak.get());
		}
		users.changePassword(id, passwordEncoder.encode(reset.password()));
		sessions.endSessionsOf(account.username());
		events.publishEvent(new UserChanged(id, "PASSWORD_RESET"));
	}

	/** A count only; the start-up banner says when there is no account yet. */
	@PermitAll
	@Transactional(readOnly = true)
	public long count() {
		return users.count();
	}

	/** Which of these user names have an account (whatever its state); for the demo's start-up banner. */
	@PreAuthorize("hasAuthority('USER_MANAGE')")
	@Transactional(readOnly = true)
	public java.util.Set<String> existingUsernames(java.util.Collection<String> usernames) {
		return users.existingUsernames(usernames);
	}

	private static String emailContext(UUID id) {
		return "app_user.email:" + id;
	}

	private static String phoneContext(UUID id) {
		return "app_user.phone:" + id;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
