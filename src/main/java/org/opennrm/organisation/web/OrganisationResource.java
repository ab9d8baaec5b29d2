package org.opennrm.organisation.web;

import java.util.UUID;

import org.springframework.security.core.context.SecurityContextHolder;

import org.opennrm.organisation.Organisation;
import org.opennrm.organisation.OrganisationType;

/**
 * An organisation in the API. A shelter's street address is where victims live: it is given only to those who manage
 * organisations, and is null for everyone else (a focal point looking for a bed calls the shelter).
 *
 * @param htcdsType the IOM HTCDS 2.0 organisation type
 * @param version changes with every change; send it back as {@code If-Match} to change the organisation
 */
record OrganisationResource(UUID id, String name, OrganisationType type, String htcdsType, String provinceCode,
		String address, String phone, String email, String website, boolean active, int version) {

	/** The organisation as the caller may see it: {@code managesOrganisations} when they hold ORGANISATION_MANAGE. */
	static OrganisationResource of(Organisation o, boolean managesOrganisations) {
		boolean addressShown = o.type() != OrganisationType.SHELTER || managesOrganisations;
		return new OrganisationResource(o.id(), o.name(), o.type(), o.type().htcdsType(), o.provinceCode(),
				addressShown ? o.address() : null, o.phone(), o.email(), o.website(), o.active(), o.version());
	}

	/** Whether the signed-in caller may manage organisations (the permission's authority, as method security sees it). */
	static boolean callerManagesOrganisations() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities().stream()
			.anyMatch(authority -> "ORGANISATION_MANAGE".equals(authority.getAuthority()));
	}

}
