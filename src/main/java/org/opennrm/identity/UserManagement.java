package org.opennrm.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.opennrm.identity.internal.Users;
import org.opennrm.organisation.Organisation;
import org.opennrm.organisation.OrganisationManagement;
import org.opennrm.shared.UserInputException;

/** Creating and managing accounts. */
@Service
public class UserManagement {

	private final Users users;
	private final OrganisationManagement organisations;
	private final PasswordEncoder passwordEncoder;
	private final PasswordPolicy passwordPolicy;
	private final ApplicationEventPublisher events;

	UserManagement(Users users, OrganisationManagement organisations, PasswordEncoder passwordEncoder,
			PasswordPolicy passwordPolicy, ApplicationEventPublisher events) {
		this.users = users;
		this.organisations = organisations;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.events = events;
	}

	@PreAuthorize("hasAuthority('USER_MANAGE')")
	@Transactional
	public UserAccount create(NewUser user) {
		return createUnchecked(user);
	}

	/** For the first administrator and the demo, when nobody is signed in yet. */
	@Transactional
	public UserAccount createUnchecked(NewUser user) {
		if (!user.role().allowedScopes().contains(user.effectiveScope())) {
			throw new UserInputException("scope", "user.scope.notAllowed");
		}
		Organisation organisation = organisations.find(user.organisationId())
			.orElseThrow(() -> new UserInputException("organisationId", "user.organisation.unknown"));
		if (user.effectiveScope() == Scope.PROVINCE && organisation.provinceCode() == null) {
			throw new UserInputException("scope", "user.scope.organisationWithoutProvince");
		}
		if (users.usernameTaken(user.username())) {
			throw new UserInputException("username", "user.username.taken");
		}
		Optional<String> weak = passwordPolicy.check(user.password(), user.username());
		if (weak.isPresent()) {
			throw new UserInputException("password", weak.get());
		}
		UUID id = UUID.randomUUID();
		users.insert(id, user.username().strip(), user.fullName().strip(), null, null, null,
				passwordEncoder.encode(user.password()), user.role(), user.effectiveScope(), organisation.id(),
				user.preferredLanguage());
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
	public Optional<UserAccount> find(UUID id) {
		return users.find(id);
	}

	@Transactional(readOnly = true)
	public long count() {
		return users.count();
	}

}
