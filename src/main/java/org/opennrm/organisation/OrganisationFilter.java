package org.opennrm.organisation;

/** Optional criteria for listing organisations; null means any. */
public record OrganisationFilter(String text, OrganisationType type, String provinceCode, Boolean active) {

	public static OrganisationFilter all() {
		return new OrganisationFilter(null, null, null, null);
	}

}
