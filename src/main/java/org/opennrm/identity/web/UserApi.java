package org.opennrm.identity.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.opennrm.identity.NewUser;
import org.opennrm.identity.Role;
import org.opennrm.identity.Scope;
import org.opennrm.identity.UserAccount;
import org.opennrm.identity.UserContacts;
import org.opennrm.identity.UserFilter;
import org.opennrm.identity.UserManagement;
import org.opennrm.shared.NotFoundException;

@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasAuthority('USER_MANAGE')")
@Tag(name = "Users", description = "Accounts of people (needs USER_MANAGE). Contact details appear only on one account.")
class UserApi {

	private final UserManagement users;

	UserApi(UserManagement users) {
		this.users = users;
	}

	/** An account in a list: no contact details. */
	record UserSummary(UUID id, String username, String fullName, Role role, Scope scope, UUID organisationId,
			boolean active, boolean locked, Instant lockedUntil, Instant lastLoginAt) {

		static UserSummary of(UserAccount a) {
			return new UserSummary(a.id(), a.username(), a.fullName(), a.role(), a.scope(), a.organisationId(),
					a.active(), a.locked(), a.locked() ? a.lockedUntil() : null, a.lastLoginAt());
		}

	}

	/** One account, with its contact details decrypted. */
	record UserDetail(UUID id, String username, String fullName, Role role, Scope scope, UUID organisationId,
			boolean active, boolean locked, Instant lockedUntil, Instant lastLoginAt, String email, String phone) {

		static UserDetail of(UserAccount a, UserContacts c) {
			return new UserDetail(a.id(), a.username(), a.fullName(), a.role(), a.scope(), a.organisationId(),
					a.active(), a.locked(), a.locked() ? a.lockedUntil() : null, a.lastLoginAt(), c.email(), c.phone());
		}

	}

	@GetMapping
	@Operation(summary = "List accounts, optionally filtered")
	List<UserSummary> list(@RequestParam(required = false) UUID organisation, @RequestParam(required = false) Role role,
			@RequestParam(required = false) Scope scope, @RequestParam(required = false) Boolean active,
			@RequestParam(required = false) Boolean locked) {
		return users.list(new UserFilter(organisation, role, scope, active, locked)).stream().map(UserSummary::of)
			.toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One account, with its e-mail and phone")
	UserDetail get(@PathVariable UUID id) {
		return detail(id);
	}

	@PostMapping
	@Operation(summary = "Create an account",
			description = "The scope must be one the role allows (the role's default when left out); the password "
					+ "needs at least 12 characters, must not be a common password nor contain the user name.")
	ResponseEntity<UserDetail> create(@Valid @RequestBody NewUser user) {
		UserAccount created = users.create(user);
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(detail(created.id()));
	}

	@PostMapping("/{id}/deactivate")
	@Operation(summary = "Deactivate an account and end its sessions")
	UserSummary deactivate(@PathVariable UUID id) {
		return UserSummary.of(users.setActive(id, false));
	}

	@PostMapping("/{id}/activate")
	@Operation(summary = "Activate an account again")
	UserSummary activate(@PathVariable UUID id) {
		return UserSummary.of(users.setActive(id, true));
	}

	@PostMapping("/{id}/unlock")
	@Operation(summary = "Lift the lock set after repeated wrong passwords")
	UserSummary unlock(@PathVariable UUID id) {
		return UserSummary.of(users.unlock(id));
	}

	private UserDetail detail(UUID id) {
		UserAccount account = users.find(id).orElseThrow(() -> new NotFoundException("user"));
		return UserDetail.of(account, users.contacts(id));
	}

}
