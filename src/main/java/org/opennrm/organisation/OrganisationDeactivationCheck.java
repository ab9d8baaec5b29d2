package org.opennrm.organisation;

/**
 * Asked before an organisation is deactivated, by {@link OrganisationManagement}, of the modules that know who would
 * be shut out with its accounts: each refuses, with a {@link org.opennrm.shared.UserInputException} at the field
 * {@code active}, a deactivation that would lock out the one acting or everyone who could undo it. Asked within the
 * change's transaction, the organisation held ({@code for update}) until it ends.
 */
public interface OrganisationDeactivationCheck {

	void mayDeactivate(Organisation organisation);

}
