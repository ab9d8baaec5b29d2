package org.opennrm.organisation;

import java.util.UUID;

/** An organisation as other modules and the API see it. Contact details are the organisation's own, not a person's. */
public record Organisation(UUID id, String name, OrganisationType type, String provinceCode, String address,
		String phone, String email, String website, boolean active, int version) {
}
