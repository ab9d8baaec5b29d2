package org.opennrm.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * A system-to-system client of the API. Its token is shown once, at creation; only a hash is kept.
 *
 * @param active false once revoked; {@link #status()} says whether the token works
 * @param status whether the token works now, and if not, why
 */
public record ApiClient(UUID id, String name, String tokenPrefix, Role role, Scope scope, UUID organisationId,
		boolean active, Instant expiresAt, Instant lastUsedAt, Status status) implements RoleHolder {

	/** Whether the token works, as the sign-in of a token decides it. */
	public enum Status {

		/** The token works. */
		ACTIVE,
		/** Revoked for good. */
		REVOKED,
		/** Past its expiry, for good. */
		EXPIRED,
		/** Its organisation is deactivated: refused until the organisation is active again (and the token unexpired). */
		ORGANISATION_INACTIVE,
		/**
		 * The person who issued it, or their organisation, is deactivated, or they are no longer an administrator: refused
		 * until this ends (and the token unexpired).
		 */
		ISSUER_INACTIVE;

		public String messageKey() {
			return "apiClient.status." + name();
		}

	}

	/**
	 * The last day the token works, in OpenNRM's time zone, when it expires at the end of a day (as the screen's "valid
	 * until" sets it); null when it never expires or expires at another time of day.
	 */
	public LocalDate lastValidDay() {
		if (expiresAt == null) {
			return null;
		}
		ZonedDateTime local = expiresAt.atZone(ZoneId.systemDefault());
		return local.toLocalTime().equals(LocalTime.MIDNIGHT) ? local.toLocalDate().minusDays(1) : null;
	}

}
