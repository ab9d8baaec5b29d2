package org.opennrm.identity;

import java.util.Map;

/**
 * The part of a SQL {@code where} clause that limits victim data to what the acting user may see.
 * Queries over victim data add it to their own SQL, so rows outside the scope are never loaded:
 *
 * <pre>
 * ScopeFilter scope = ScopeFilter.forVictimData(user, "p.province_code", "p.organisation_id", "p.registered_by");
 * jdbc.sql("select … from person p where p.id = :id and " + scope.sql()).params(scope.params()).param("id", id)…
 * </pre>
 *
 * @param sql a boolean SQL expression with named parameters
 * @param params the values of its parameters
 */
public record ScopeFilter(String sql, Map<String, Object> params) {

	private static final ScopeFilter NOTHING = new ScopeFilter("false", Map.of());

	/**
	 * @param provinceColumn column holding the record's province plate code
	 * @param organisationColumn column holding the id of the organisation the record belongs to
	 * @param ownerColumn column holding the id of the user who created the record
	 */
	public static ScopeFilter forVictimData(CurrentUser user, String provinceColumn, String organisationColumn,
			String ownerColumn) {
		if (user == null || !user.can(Permission.VICTIM_DATA_READ)) {
			return NOTHING;
		}
		return switch (user.scope()) {
			case NATIONAL -> new ScopeFilter("true", Map.of());
			case PROVINCE -> user.provinceCode() == null ? NOTHING
					: new ScopeFilter(provinceColumn + " = :scopeProvince", Map.of("scopeProvince", user.provinceCode()));
			case ORGANISATION -> new ScopeFilter(organisationColumn + " = :scopeOrganisation",
					Map.of("scopeOrganisation", user.organisationId()));
			case OWN -> new ScopeFilter(ownerColumn + " = :scopeOwner", Map.of("scopeOwner", user.id()));
		};
	}

}
