package org.opennrm.organisation.web;

import java.util.UUID;

import org.opennrm.organisation.Organisation;
import org.opennrm.organisation.OrganisationType;

/**
 * An organisation in the API.
 *
 * @param htcdsType the IOM HTCDS 2.0 organisation type
 * @param version changes with every change; send it back as {@code If-Match} to change the organisation
 */
record OrganisationResource(UUID id, String name, OrganisationType type, String htcdsType, String provinceCode,
		String address, String phone, String email, String website, boolean active, int version) {

	static OrganisationResource of(Organisation o) {
		return new OrganisationResource(o.id(), o.name(), o.type(), o.type().htcdsType(), o.provinceCode(), o.address(),
				o.phone(), o.email(), o.website(), o.active(), o.version());
	}

}
