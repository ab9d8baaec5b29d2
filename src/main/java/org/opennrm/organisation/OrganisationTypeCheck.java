package org.opennrm.organisation;

/**
 * Asked before an organisation's type changes, by {@link OrganisationManagement}, of the modules whose records depend
 * on it (the roles its accounts may hold): each refuses, with a {@link org.opennrm.shared.UserInputException} at the
 * field {@code type}, a change that would leave its records wrong. Asked within the change's transaction, the
 * organisation held ({@code for update}) until it ends.
 */
public interface OrganisationTypeCheck {

	void typeMayChange(Organisation organisation, OrganisationType newType);

}
