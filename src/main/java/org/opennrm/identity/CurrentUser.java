package org.opennrm.identity;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting: a signed-in person, an API client, or a job of the system itself ({@link SystemActor}). Carries what the authorisation policy and the
 * scope filters need, and nothing else (no personal data beyond the account's own name).
 *
 * @param id the user's or API client's id
 * @param provinceCode the province of the organisation, or null for national organisations
 */
public record CurrentUser(UUID id, String username, String displayName, Role role, Scope scope, UUID organisationId,
		String provinceCode, Kind kind) implements Serializable {

	public enum Kind {
		USER, API_CLIENT,
		/** A named job with no person behind it: the first administrator's creation, the demo, scheduled work. */
		SYSTEM
	}

	public boolean can(Permission permission) {
		return role.can(permission);
	}

	/** What {@code @PreAuthorize} checks: the role and each of its permissions. */
	public List<GrantedAuthority> authorities() {
		return Stream.concat(Stream.of("ROLE_" + role.name()), role.permissions().stream().map(Enum::name))
			.<GrantedAuthority>map(SimpleGrantedAuthority::new)
			.toList();
	}

	/** The acting user of the current request, if it is authenticated through OpenNRM. */
	public static Optional<CurrentUser> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return Optional.empty();
		}
		if (authentication.getPrincipal() instanceof CurrentUser user) {
			return Optional.of(user);
		}
		if (authentication.getPrincipal() instanceof HasCurrentUser holder) {
			return Optional.of(holder.currentUser());
		}
		return Optional.empty();
	}

	/** The acting user; fails when there is none, which a scope-checked query must never run without. */
	public static CurrentUser require() {
		return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not signed in"));
	}

	/**
	 * The acting user, who must see the whole country: for work over every record at once (a batch load, re-keying,
	 * counting the register's names), which no scope filter narrows.
	 */
	public static CurrentUser requireNational() {
		CurrentUser user = require();
		if (user.scope() != Scope.NATIONAL) {
			throw new org.springframework.security.access.AccessDeniedException("this needs a national scope");
		}
		return user;
	}

	/** Implemented by principals that wrap a {@link CurrentUser}. */
	public interface HasCurrentUser {
		CurrentUser currentUser();
	}

}
