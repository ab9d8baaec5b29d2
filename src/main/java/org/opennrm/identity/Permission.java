package org.opennrm.identity;

/**
 * What a role may do. Checked at the service and web boundary with
 * {@code @PreAuthorize("hasAuthority('VICTIM_DATA_READ')")}; the role-to-permission table is in {@link Role}.
 */
public enum Permission {

	/** Read victims' personal data, within the user's scope. */
	VICTIM_DATA_READ,
	/** Create or change victims' personal data, within the user's scope. */
	VICTIM_DATA_WRITE,
	/** Screen a person and notify the NRM. */
	NOTIFICATION_CREATE,
	/** Decide victim status. */
	IDENTIFICATION_DECIDE,
	/** Look for the same person among registered people (matching candidates). */
	MATCH_QUERY,
	/** Move cases between provinces. */
	CASE_TRANSFER,
	/** Accept, reject and record services for referrals sent to the user's organisation. */
	REFERRAL_RESPOND,
	/** Record criminal proceedings linked to cases. */
	JUSTICE_RECORD,
	/** Plan and record prevention and partnership work. */
	PREVENTION_MANAGE,
	/** Anonymised statistics. */
	STATISTICS_READ,
	/** The audit trail. */
	AUDIT_READ,
	/** Organisations. */
	ORGANISATION_MANAGE,
	/** User accounts. */
	USER_MANAGE,
	/** System-to-system API clients. */
	API_CLIENT_MANAGE,
	/** Operational metrics. */
	METRICS_READ;

}
