package org.opennrm.identity;

import java.util.UUID;

/**
 * Who holds a role in an organisation: an account or an API client. Whether the organisation's type may hold that role
 * is one rule for both ({@link RoleOrganisationTypes}, {@code RoleMisfits}).
 */
public interface RoleHolder {

	UUID id();

	Role role();

	UUID organisationId();

}
