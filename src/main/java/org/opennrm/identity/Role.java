package org.opennrm.identity;

import static org.opennrm.identity.Permission.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.opennrm.shared.EnumNames;
import org.opennrm.shared.UserInputException;

/**
 * The roles of the National Referral Mechanism and, in one place, what each may do and how far its
 * scope may reach. Anything not granted here is denied.
 */
public enum Role implements EnumNames.Offered {

	FRONTLINE_REPORTER(EnumSet.of(NOTIFICATION_CREATE, VICTIM_DATA_READ), EnumSet.of(Scope.OWN)),
	FOCAL_POINT(EnumSet.of(VICTIM_DATA_READ, VICTIM_DATA_WRITE, NOTIFICATION_CREATE, IDENTIFICATION_DECIDE,
			MATCH_QUERY), EnumSet.of(Scope.PROVINCE)),
	NRM_COORDINATOR(EnumSet.of(VICTIM_DATA_READ, VICTIM_DATA_WRITE, IDENTIFICATION_DECIDE, MATCH_QUERY,
			CASE_TRANSFER, STATISTICS_READ), EnumSet.of(Scope.NATIONAL)),
	SERVICE_PROVIDER(EnumSet.of(REFERRAL_RESPOND, VICTIM_DATA_READ), EnumSet.of(Scope.ORGANISATION)),
	PROSECUTION_LIAISON(EnumSet.of(JUSTICE_RECORD, VICTIM_DATA_READ), EnumSet.of(Scope.ORGANISATION, Scope.PROVINCE)),
	PREVENTION_OFFICER(EnumSet.of(PREVENTION_MANAGE),
			EnumSet.of(Scope.NATIONAL, Scope.PROVINCE, Scope.ORGANISATION)),
	ANALYST(EnumSet.of(STATISTICS_READ), EnumSet.of(Scope.NATIONAL, Scope.PROVINCE)),
	AUDITOR(EnumSet.of(AUDIT_READ), EnumSet.of(Scope.NATIONAL)),
	/** Runs the system; never sees victim data. */
	SYSTEM_ADMINISTRATOR(EnumSet.of(ORGANISATION_MANAGE, USER_MANAGE, API_CLIENT_MANAGE, METRICS_READ),
			EnumSet.of(Scope.NATIONAL)),
	/**
	 * The matching index's own upkeep (re-keying after an upgrade, counting the register's names): reads and files
	 * records, nothing else. A system job's role only: no account or API client can have it.
	 */
	INDEX_UPKEEP(EnumSet.of(VICTIM_DATA_READ, VICTIM_DATA_WRITE), EnumSet.of(Scope.NATIONAL), false),
	/**
	 * Re-encrypting the data under a new key ({@code reencrypt}): reads and writes encrypted values, nothing else. A
	 * system job's role only.
	 */
	KEY_ROTATION(EnumSet.of(VICTIM_DATA_READ, VICTIM_DATA_WRITE), EnumSet.of(Scope.NATIONAL), false);

	private final Set<Permission> permissions;
	private final Set<Scope> allowedScopes;
	private final boolean assignable;

	Role(Set<Permission> permissions, Set<Scope> allowedScopes) {
		this(permissions, allowedScopes, true);
	}

	Role(Set<Permission> permissions, Set<Scope> allowedScopes, boolean assignable) {
		this.permissions = permissions;
		this.allowedScopes = allowedScopes;
		this.assignable = assignable;
	}

	/** Whether an account or an API client may be given this role; a system job's own role may not. */
	public boolean assignable() {
		return assignable;
	}

	/** A role the messages that list the roles name: one that may be given. */
	@Override
	public boolean offered() {
		return assignable;
	}

	/**
	 * Refuses, with the field and the reason for the form, to give this role with {@code scope} to an account or an
	 * API client: a system job's own role, or a scope the role does not allow.
	 */
	void mustBeGivable(Scope scope) {
		if (!assignable) {
			throw new UserInputException("role", "user.role.notAssignable");
		}
		if (!allowedScopes.contains(scope)) {
			throw new UserInputException("scope", "user.scope.notAllowed");
		}
	}

	/** The roles an administrator can give. */
	public static List<Role> assignableRoles() {
		return Stream.of(values()).filter(Role::assignable).toList();
	}

	public Set<Permission> permissions() {
		return EnumSet.copyOf(permissions);
	}

	public boolean can(Permission permission) {
		return permissions.contains(permission);
	}

	public Set<Scope> allowedScopes() {
		return EnumSet.copyOf(allowedScopes);
	}

	/** The scope a new account of this role gets unless another allowed one is chosen. */
	public Scope defaultScope() {
		return allowedScopes.iterator().next();
	}

	public String messageKey() {
		return "role." + name();
	}

}
