package org.opennrm.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.opennrm.encryption.BlindIndex;
import org.opennrm.encryption.FieldEncryption;
import org.opennrm.identity.internal.ApiClients;
import org.opennrm.identity.internal.SessionTermination;
import org.opennrm.identity.internal.Users;
import org.opennrm.organisation.Organisation;
import org.opennrm.organisation.OrganisationManagement;
import org.opennrm.shared.NotFoundException;
import org.opennrm.shared.PhoneNumbers;
import org.opennrm.shared.TextFolding;
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
	private final PasswordOwners passwordOwners;
	private final FieldEncryption encryption;
	private final BlindIndex blindIndex;
	private final SessionTermination sessions;
	private final ApiClients apiClients;
	private final PhoneNumbers phones;
	private final RoleOrganisationTypes roleTypes;
	private final ApplicationEventPublisher events;

	UserManagement(Users users, OrganisationManagement organisations, PasswordEncoder passwordEncoder,
			PasswordPolicy passwordPolicy, PasswordOwners passwordOwners, FieldEncryption encryption,
			BlindIndex blindIndex, SessionTermination sessions, ApiClients apiClients, PhoneNumbers phones,
			RoleOrganisationTypes roleTypes, ApplicationEventPublisher events) {
		this.users = users;
		this.organisations = organisations;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.passwordOwners = passwordOwners;
		this.encryption = encryption;
		this.blindIndex = blindIndex;
		this.sessions = sessions;
		this.apiClients = apiClients;
		this.phones = phones;
		this.roleTypes = roleTypes;
		this.events = events;
	}

	/**
	 * Creates an account. Its password is temporary, to be replaced by the person at their first sign-in, when an
	 * administrator (a person or an API client) sets it; not when a job of the system does: the first administrator's
	 * comes from the one who runs {@code create-admin}, and the demo's accounts share one known password, so that
	 * anyone can try them. Every password meets the {@link PasswordPolicy}, but that one, set by the demo's job alone.
	 */
	@PreAuthorize("hasAuthority('USER_MANAGE')")
	@Transactional
	public UserAccount create(NewUser user) {
		CurrentUser actor = mustManageAccounts();
		user.role().mustBeGivable(user.effectiveScope());
		// held until the account is saved: its type cannot change in between (OrganisationTypeCheck)
		Organisation organisation = organisations.findHeld(user.organisationId())
			.orElseThrow(() -> new UserInputException("organisationId", "user.organisation.unknown"));
		roleTypes.mustFit(user.role(), organisation.type(), "user.role.organisationType");
		if (user.effectiveScope() == Scope.PROVINCE && organisation.provinceCode() == null) {
			throw new UserInputException("scope", "user.scope.organisationWithoutProvince");
		}
		if (users.usernameTaken(user.username())) {
			throw new UserInputException("username", "user.username.taken");
		}
		String email = blankToNull(user.email());
		String phone = phones.stored("phone", user.phone());
		Users.EmailHash emailHash = emailHash(email);
		if (!accountsWithAddress(email).isEmpty()) {
			throw new UserInputException("email", "user.email.taken");
		}
		if (!demoAccount(actor, user.password())) {
			Optional<String> weak = passwordPolicy.check(user.password(),
					new PasswordOwner(user.username(), user.fullName(), email, organisation.name()));
			if (weak.isPresent()) {
				throw new UserInputException("password", weak.get());
			}
		}
		UUID id = UUID.randomUUID();
		try {
			users.insert(id, user.username().strip(), TextFolding.tidyName(user.fullName()),
					encryption.encrypt(email, emailContext(id)), emailHash, encryption.encrypt(phone, phoneContext(id)),
					passwordEncoder.encode(user.password()), user.role(), user.effectiveScope(), organisation.id(),
					blankToNull(user.preferredLanguage()), actor.kind() != CurrentUser.Kind.SYSTEM);
		}
		catch (DuplicateKeyException ex) {
			// Someone took the name or the address between the checks above and the insert.
			throw emailTaken(ex) ? new UserInputException("email", "user.email.taken")
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
		return contactsOf(id);
	}

	private UserContacts contactsOf(UUID id) {
		Users.Contacts contacts = users.contacts(id).orElseThrow(() -> new NotFoundException("user"));
		return new UserContacts(encryption.decrypt(contacts.emailEnc(), emailContext(id)),
				encryption.decrypt(contacts.phoneEnc(), phoneContext(id)));
	}

	/**
	 * Deactivating also ends the account's open sessions. Administrators cannot deactivate themselves, nor can an API
	 * client deactivate or activate the account of the person who issued it. A deactivated account holds its role for
	 * no one, and does not keep its organisation's type from changing ({@code RoleMisfits}): activated again, it is
	 * given its role again, which must then fit its organisation's type, as a new account's.
	 */
	@PreAuthorize("hasAuthority('USER_MANAGE')")
	@Transactional
	public UserAccount setActive(UUID id, boolean active) {
		CurrentUser actor = mustManageAccounts();
		UserAccount account = users.find(id).orElseThrow(() -> new NotFoundException("user"));
		if (!active && actor.kind() == CurrentUser.Kind.USER && actor.id().equals(id)) {
			throw new UserInputException(null, "user.deactivate.self");
		}
		mustNotBeIssuerOf(actor, id, null);
		if (active && !account.active()) {
			// held until the account is saved: its type cannot change in between (OrganisationTypeCheck)
			Organisation organisation = organisations.findHeld(account.organisationId()).orElseThrow();
			roleTypes.mustFit(account.role(), organisation.type(), "user.activate.roleOrganisationType");
		}
		users.setActive(id, active);
		if (!active) {
			sessions.endSessionsOf(account.username(), SessionTermination.Why.ACCOUNT);
		}
		events.publishEvent(new UserChanged(id, active ? "ACTIVATED" : "DEACTIVATED"));
		return users.find(id).orElseThrow();
	}

	/**
	 * Lifts a lock set after repeated wrong passwords. Not one's own, in person or through an API client one issued:
	 * the lock stops whoever is guessing the password, at the sign-in page or at the check of the current password on
	 * one's account page (someone at a session left open), and lifting it oneself would let them go on guessing.
	 */
	@PreAuthorize("hasAuthority('USER_MANAGE')")
	@Transactional
	public UserAccount unlock(UUID id) {
		CurrentUser actor = mustManageAccounts();
		if (actor.kind() == CurrentUser.Kind.USER && actor.id().equals(id)) {
			throw new UserInputException(null, "user.unlock.self");
		}
		mustNotBeIssuerOf(actor, id, null, "user.unlock.issuerAccount");
		if (!users.unlock(id)) {
			throw new NotFoundException("user");
		}
		events.publishEvent(new UserChanged(id, "UNLOCKED"));
		return users.find(id).orElseThrow();
	}

	/**
	 * Sets a new password that obeys the policy, and ends the account's open sessions. The password is temporary: at
	 * the next sign-in the person must choose their own before anything else. Not one's own: that is changed on one's
	 * account page, with the current password ({@link OwnAccount}), which a reset would go around (someone at a session
	 * left open would take the account); nor can an API client set the password of the person who issued it.
	 */
	@PreAuthorize("hasAuthority('USER_MANAGE')")
	@Transactional
	public void resetPassword(UUID id, PasswordReset reset) {
		CurrentUser actor = mustManageAccounts();
		UserAccount account = users.find(id).orElseThrow(() -> new NotFoundException("user"));
		if (actor.kind() == CurrentUser.Kind.USER && actor.id().equals(id)) {
			throw new UserInputException(null, "user.resetPassword.self");
		}
		mustNotBeIssuerOf(actor, id, "password");
		Optional<String> weak = passwordPolicy.check(reset.password(), passwordOwners.of(account));
		if (weak.isPresent()) {
			throw new UserInputException("password", weak.get());
		}
		users.changePassword(id, passwordEncoder.encode(reset.password()), true);
		sessions.endSessionsOf(account.username(), SessionTermination.Why.RESET);
		events.publishEvent(new UserChanged(id, "PASSWORD_RESET"));
	}

	/**
	 * Changes an account's name, contact details, role, scope and language, with the rules of its creation (a role that
	 * its organisation's type may hold, if the role changes: one held before that was checked stays), if no one
	 * changed it since {@code expectedVersion} ({@link OptimisticLockingFailureException} otherwise). Administrators
	 * cannot change their own role or scope, in person or through an API client they issued: no one grants themselves
	 * more. A new role or scope ends the account's
	 * sessions, which carry the old ones; a new name is shown in them from their next request. Each changed field is
	 * an audit entry of its own, naming the field only.
	 */
	@PreAuthorize("hasAuthority('USER_MANAGE')")
	@Transactional
	public UserAccount update(UUID id, int expectedVersion, UserEdit edit) {
		CurrentUser actor = mustManageAccounts();
		UserAccount account = users.find(id).orElseThrow(() -> new NotFoundException("user"));
		Scope scope = edit.effectiveScope();
		if (edit.role() != account.role() || scope != account.scope()) {
			String field = edit.role() != account.role() ? "role" : "scope";
			if (actor.kind() == CurrentUser.Kind.USER && actor.id().equals(id)) {
				throw new UserInputException(field, "user.edit.ownRoleOrScope");
			}
			mustNotBeIssuerOf(actor, id, field);
		}
		edit.role().mustBeGivable(scope);
		Organisation organisation = organisations.findHeld(account.organisationId()).orElseThrow();
		// a role given before its organisation's type was checked, or allowed, is kept until it is changed
		if (edit.role() != account.role()) {
			roleTypes.mustFit(edit.role(), organisation.type(), "user.role.organisationType.edit");
		}
		if (scope == Scope.PROVINCE && organisation.provinceCode() == null) {
			throw new UserInputException("scope", "user.scope.organisationWithoutProvince");
		}
		String email = blankToNull(edit.email());
		String phone = phones.stored("phone", edit.phone());
		Users.EmailHash emailHash = emailHash(email);
		if (accountsWithAddress(email).stream().anyMatch(other -> !other.equals(id))) {
			throw new UserInputException("email", "user.email.taken");
		}
		UserContacts before = contactsOf(id);
		boolean changed;
		try {
			changed = users.update(id, expectedVersion, TextFolding.tidyName(edit.fullName()),
					encryption.encrypt(email, emailContext(id)), emailHash, encryption.encrypt(phone, phoneContext(id)),
					edit.role(), scope, blankToNull(edit.preferredLanguage()));
		}
		catch (DuplicateKeyException ex) {
			// another account took the address between the check above and the update
			throw new UserInputException("email", "user.email.taken");
		}
		if (!changed) {
			throw new OptimisticLockingFailureException("user " + id + " changed since version " + expectedVersion);
		}
		List<String> fields = new java.util.ArrayList<>();
		addIfChanged(fields, "FULL_NAME_CHANGED", account.fullName(), TextFolding.tidyName(edit.fullName()));
		addIfChanged(fields, "EMAIL_CHANGED", before.email(), email);
		addIfChanged(fields, "PHONE_CHANGED", before.phone(), phone);
		addIfChanged(fields, "ROLE_CHANGED", account.role(), edit.role());
		addIfChanged(fields, "SCOPE_CHANGED", account.scope(), scope);
		addIfChanged(fields, "PREFERRED_LANGUAGE_CHANGED", account.preferredLanguage(), blankToNull(edit.preferredLanguage()));
		fields.forEach(change -> events.publishEvent(new UserChanged(id, change)));
		if (fields.contains("ROLE_CHANGED") || fields.contains("SCOPE_CHANGED")) {
			sessions.endSessionsOf(account.username(), SessionTermination.Why.ACCOUNT);
		}
		return users.find(id).orElseThrow();
	}

	private static void addIfChanged(List<String> fields, String field, Object before, Object after) {
		if (!java.util.Objects.equals(before, after)) {
			fields.add(field);
		}
	}

	/**
	 * An API client acts for the person who issued it (or issued the client that issued it): what that person may not
	 * do to their own account in person, change its role or scope, deactivate it or lift its lock, the client may not do
	 * either, nor set its password or activate it, which would give the person a way around the check of their current
	 * password or around their deactivation.
	 */
	private void mustNotBeIssuerOf(CurrentUser actor, UUID account, String field) {
		mustNotBeIssuerOf(actor, account, field, "user.issuerAccount");
	}

	private void mustNotBeIssuerOf(CurrentUser actor, UUID account, String field, String messageKey) {
		if (actor.kind() == CurrentUser.Kind.API_CLIENT
				&& apiClients.issuedBy(actor.id()).filter(account::equals).isPresent()) {
			throw new UserInputException(field, messageKey);
		}
	}

	/**
	 * Deny by default: the accounts an administrator may manage follow their scope, and only a national scope (the one
	 * scope the administrator's role allows, and a system job's) reaches accounts, and what keeps them from signing in
	 * ({@link SignInLockManagement}); any other manages none.
	 */
	static CurrentUser mustManageAccounts() {
		CurrentUser actor = CurrentUser.require();
		if (actor.scope() != Scope.NATIONAL) {
			throw new AccessDeniedException("managing accounts needs a national scope");
		}
		return actor;
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

	/**
	 * Whether the key taken is the e-mail address's: by the unique index the database names in its error (the driver's
	 * own message; Spring's quotes the statement, whose columns name the address's hash whichever key was taken).
	 */
	static boolean emailTaken(DuplicateKeyException ex) {
		return String.valueOf(NestedExceptionUtils.getMostSpecificCause(ex).getMessage())
			.contains("app_user_email_hash_unique");
	}

	/**
	 * Whether this is the demo's job creating an account with the demo's password, which the README publishes so that
	 * anyone can try the demo, and which the password policy refuses to everyone else.
	 */
	private static boolean demoAccount(CurrentUser actor, String password) {
		return actor.kind() == CurrentUser.Kind.SYSTEM && SystemActor.nameOf(PasswordPolicy.DEMO_JOB).equals(actor.username())
				&& PasswordPolicy.DEMO_PASSWORD.equals(password);
	}

	private static String emailContext(UUID id) {
		return EncryptedUserColumns.EMAIL.context(id);
	}

	private static String phoneContext(UUID id) {
		return EncryptedUserColumns.PHONE.context(id);
	}

	/**
	 * The accounts that have this address, under any index key, read once it is this transaction's turn to write an
	 * address ({@link Users#lockEmailWrites}), so that what another node wrote under another key is seen; none without
	 * an address.
	 */
	private List<UUID> accountsWithAddress(String email) {
		if (email == null) {
			return List.of();
		}
		users.lockEmailWrites();
		return users.findByEmailHash(blindIndex.lookupHashes(EMAIL_INDEX, Users.asTyped(email)));
	}

	/** The address's blind index under the active index key (null without an address), and that key's id. */
	private Users.EmailHash emailHash(String email) {
		return new Users.EmailHash(blindIndex.hash(EMAIL_INDEX, Users.asTyped(email)), blindIndex.activeKeyId());
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
