package org.opennrm.organisation;

/**
 * Kinds of organisation in Türkiye's NRM, each mapped to the IOM Human Trafficking Case Data
 * Standard (HTCDS 2.0) organisation type for data exchange.
 */
public enum OrganisationType {

	PMM_HEADQUARTERS("CentralGovernment"),
	PROVINCIAL_MIGRATION_DIRECTORATE("ImmigrationService"),
	POLICE("LawEnforcement"),
	GENDARMERIE("LawEnforcement"),
	COAST_GUARD("LawEnforcement"),
	PROSECUTOR_OFFICE("LegalService"),
	COURT("LegalService"),
	BAR_ASSOCIATION("LegalService"),
	LABOUR_INSPECTORATE("CentralGovernment"),
	CHILD_PROTECTION_AUTHORITY("CentralGovernment"),
	MUNICIPALITY("LocalGovernment"),
	DISTRICT_GOVERNORATE("LocalGovernment"),
	NGO("NGO"),
	INTERNATIONAL_ORGANISATION("NGO"),
	SHELTER("CentralGovernment"),
	HEALTH_FACILITY("HealthServiceOrganisation"),
	EMBASSY_CONSULATE("CentralGovernment"),
	SCHOOL_OR_COLLEGE("SchoolOrCollege"),
	CORPORATE_BUSINESS("CorporateBusiness");

	private final String htcdsType;

	OrganisationType(String htcdsType) {
		this.htcdsType = htcdsType;
	}

	/** The HTCDS 2.0 organisation type value. */
	public String htcdsType() {
		return htcdsType;
	}

	public String messageKey() {
		return "organisation.type." + name();
	}

}
