package org.opennrm.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ScopeFilterTests {

	private static final UUID USER = UUID.randomUUID();
	private static final UUID ORG = UUID.randomUUID();

	private static CurrentUser user(Role role, Scope scope, String province) {
		return new CurrentUser(USER, "u", "U", role, scope, ORG, province, CurrentUser.Kind.USER);
	}

	private static ScopeFilter filter(CurrentUser user) {
		return ScopeFilter.forVictimData(user, "p.province", "p.org", "p.owner");
	}

	@Test
	void eachScopeLimitsTheQueryByItsOwnColumn() {
		assertThat(filter(user(Role.NRM_COORDINATOR, Scope.NATIONAL, "06")).sql()).isEqualTo("true");
		assertThat(filter(user(Role.FOCAL_POINT, Scope.PROVINCE, "27")))
			.isEqualTo(new ScopeFilter("p.province = :scopeProvince", Map.of("scopeProvince", "27")));
		assertThat(filter(user(Role.SERVICE_PROVIDER, Scope.ORGANISATION, "06")))
			.isEqualTo(new ScopeFilter("p.org = :scopeOrganisation", Map.of("scopeOrganisation", ORG)));
		assertThat(filter(user(Role.FRONTLINE_REPORTER, Scope.OWN, "34")))
			.isEqualTo(new ScopeFilter("p.owner = :scopeOwner", Map.of("scopeOwner", USER)));
	}

	@Test
	void rolesWithoutVictimDataSeeNothingWhateverTheirScope() {
		for (Role role : Role.values()) {
			if (!role.can(Permission.VICTIM_DATA_READ)) {
				assertThat(filter(user(role, Scope.NATIONAL, "06")).sql()).as(role.name()).isEqualTo("false");
			}
		}
		assertThat(Role.SYSTEM_ADMINISTRATOR.permissions()).doesNotContain(Permission.VICTIM_DATA_READ,
				Permission.VICTIM_DATA_WRITE, Permission.MATCH_QUERY);
	}

	@Test
	void provinceScopeWithoutAProvinceSeesNothing() {
		assertThat(filter(user(Role.FOCAL_POINT, Scope.PROVINCE, null)).sql()).isEqualTo("false");
		assertThat(filter(null).sql()).isEqualTo("false");
	}

}
