package org.opennrm.identity.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.opennrm.identity.NewUser;
import org.opennrm.identity.Role;
import org.opennrm.identity.Scope;
import org.opennrm.identity.UserAccount;
import org.opennrm.identity.UserContacts;
import org.opennrm.identity.UserEdit;
import org.opennrm.identity.UserFilter;
import org.opennrm.identity.UserManagement;
import org.opennrm.identity.internal.RoleMisfits;
import org.opennrm.shared.NotFoundException;
import org.opennrm.shared.ReadOnlyFields;
import org.opennrm.shared.UserInputException;

@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasAuthority('USER_MANAGE')")
@Tag(name = "Users", description = "Accounts of people (needs USER_MANAGE). Contact details appear only on one account.")
class UserApi {

	private final UserManagement users;
	private final RoleMisfits misfits;
	private final ReadOnlyFields readOnly;

	UserApi(UserManagement users, RoleMisfits misfits, ReadOnlyFields readOnly) {
		this.users = users;
		this.misfits = misfits;
		this.readOnly = readOnly;
	}

	/** Whether the role fits, as the screens mark it ("Role does not fit the organisation"). */
	static final String ROLE_FITS = "false: the account's organisation is of a type that does not hold its role (given "
			+ "before roles were checked against organisations' types, under a wider setting, or while the account was "
			+ "deactivated; README, \"Roles and organisations\"). An active account keeps working, marked so on the "
			+ "screens; a new role must be one that fits, and a deactivated account is activated again only once its "
			+ "role fits";

	/** An account in a list: no contact details. */
	record UserSummary(UUID id, String username, String fullName, Role role, Scope scope, UUID organisationId,
			@Schema(description = ROLE_FITS) boolean roleFitsOrganisation, boolean active, boolean locked,
			Instant lockedUntil, Instant lastLoginAt) {

		static UserSummary of(UserAccount a, boolean roleFits) {
			return new UserSummary(a.id(), a.username(), a.fullName(), a.role(), a.scope(), a.organisationId(), roleFits,
					a.active(), a.locked(), a.locked() ? a.lockedUntil() : null, a.lastLoginAt());
		}

	}

	/**
	 * One account, with its contact details decrypted.
	 *
	 * @param mustChangePassword the password is one an administrator set: the person must replace it at their next
	 *        sign-in
	 * @param version changes with every change; send it back as {@code If-Match} to change the account
	 */
	record UserDetail(UUID id, String username, String fullName, Role role, Scope scope, UUID organisationId,
			@Schema(description = ROLE_FITS) boolean roleFitsOrganisation, boolean active, boolean locked,
			Instant lockedUntil, Instant lastLoginAt, String email, String phone, String preferredLanguage,
			boolean mustChangePassword, int version) {

		static UserDetail of(UserAccount a, boolean roleFits, UserContacts c) {
			return new UserDetail(a.id(), a.username(), a.fullName(), a.role(), a.scope(), a.organisationId(), roleFits,
					a.active(), a.locked(), a.locked() ? a.lockedUntil() : null, a.lastLoginAt(), c.email(), c.phone(),
					a.preferredLanguage(), a.mustChangePassword(), a.version());
		}

	}

	private static final Pattern VERSION = Pattern.compile("^(?:W/)?\"?(\\d{1,9})\"?$");

	@GetMapping
	@Operation(summary = "List accounts, optionally filtered")
	List<UserSummary> list(@RequestParam(required = false) UUID organisation, @RequestParam(required = false) Role role,
			@RequestParam(required = false) Scope scope, @RequestParam(required = false) Boolean active,
			@RequestParam(required = false) Boolean locked) {
		List<UserAccount> accounts = users.list(new UserFilter(organisation, role, scope, active, locked));
		Set<UUID> marked = misfits.among(accounts);
		return accounts.stream().map(account -> UserSummary.of(account, !marked.contains(account.id()))).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One account, with its e-mail and phone; its ETag is the version to send back as If-Match")
	ResponseEntity<UserDetail> get(@PathVariable UUID id) {
		UserDetail detail = detail(id);
		return ResponseEntity.ok().eTag("\"" + detail.version() + "\"").body(detail);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change an account's full name, e-mail, phone, role, scope and preferred language",
			description = "The user name, the organisation and the password are not changed here. The rules are "
					+ "those of creation (a new role one that the organisation's type holds; a role held before that "
					+ "was checked may stay); administrators cannot change their own role or scope, nor can an API client "
					+ "change those of the person who issued it. A new role or scope "
					+ "ends the account's sessions. Send the version you last read as If-Match (e.g. If-Match: \"3\"); "
					+ "409 when someone else changed the account since. A field the body does not have is refused (400, "
					+ "naming it). The read-only fields of the account as read (id, username, organisationId, "
					+ "roleFitsOrganisation, active, locked, lockedUntil, lastLoginAt, mustChangePassword, version) may "
					+ "be sent, so that what was read can be sent back changed, but only as the account has them: one "
					+ "with another value is refused (400, naming it and the way it is changed: POST "
					+ "/api/v1/users/{id}/deactivate and "
					+ "/activate for active, POST /api/v1/users/{id}/unlock for locked and lockedUntil); a change sets "
					+ "none of them.")
	ResponseEntity<UserDetail> update(@PathVariable UUID id,
			@Parameter(description = "The version last read, from the ETag or the version property", required = true)
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody UserEdit edit) {
		int version = version(ifMatch);
		UserDetail current = detail(id);
		if (current.version() == version) { // a change from an older reading is a conflict, which the update answers
			readOnly.refuseChanged(current, id);
		}
		UserAccount updated = users.update(id, version, edit);
		UserDetail detail = detail(updated.id());
		return ResponseEntity.ok().eTag("\"" + detail.version() + "\"").body(detail);
	}

	private static int version(String ifMatch) {
		Matcher matcher = ifMatch == null ? null : VERSION.matcher(ifMatch.strip());
		if (matcher == null || !matcher.matches()) {
			throw new UserInputException("If-Match", "user.version.required");
		}
		return Integer.parseInt(matcher.group(1));
	}

	@PostMapping
	@Operation(summary = "Create an account",
			description = "The role must be one that the organisation's type holds (400, `errors.role`, otherwise; "
					+ "README, \"Roles and organisations\"), the scope one the role allows (the role's default when "
					+ "left out); the password "
					+ "needs at least 12 characters, must not be a common password nor contain the user name, the full "
					+ "name or a part of it of 4 letters or more. It is "
					+ "temporary: the person must replace it with their own at their first sign-in.")
	ResponseEntity<UserDetail> create(@Valid @RequestBody NewUser user) {
		UserAccount created = users.create(user);
		UserDetail detail = detail(created.id());
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).eTag("\"" + detail.version() + "\"")
			.body(detail);
	}

	@PostMapping("/{id}/deactivate")
	@Operation(summary = "Deactivate an account and end its sessions",
			description = "Refused (400) for one's own account, and for an API client on the account of the person who "
					+ "issued it; as is activating that account.")
	UserSummary deactivate(@PathVariable UUID id) {
		return summary(users.setActive(id, false));
	}

	@PostMapping("/{id}/activate")
	@Operation(summary = "Activate an account again",
			description = "A deactivated account is given its role again: refused (400, `errors.role`) while its "
					+ "organisation's type does not hold that role (`roleFitsOrganisation` false; README, \"Roles and "
					+ "organisations\"): change the role first (PUT /api/v1/users/{id}). An active account stays as it is.")
	UserSummary activate(@PathVariable UUID id) {
		return summary(users.setActive(id, true));
	}

	@PostMapping("/{id}/unlock")
	@Operation(summary = "Lift the lock set after repeated wrong passwords",
			description = "Refused (400) for one's own account, and for an API client on the account of the person who "
					+ "issued it: another administrator lifts it, or it ends by itself.")
	UserSummary unlock(@PathVariable UUID id) {
		return summary(users.unlock(id));
	}

	private UserSummary summary(UserAccount account) {
		return UserSummary.of(account, !misfits.misfit(account));
	}

	private UserDetail detail(UUID id) {
		UserAccount account = users.find(id).orElseThrow(() -> new NotFoundException("user"));
		return UserDetail.of(account, !misfits.misfit(account), users.contacts(id));
	}

}
