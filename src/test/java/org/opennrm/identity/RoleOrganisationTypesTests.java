package org.opennrm.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;

import org.opennrm.organisation.OrganisationType;
import org.opennrm.shared.StartRefused;
import org.opennrm.shared.StartRefusedFailureAnalyzer;
import org.opennrm.shared.UserInputException;

/**
 * Which types of organisation each role may be held in: Türkiye's table, a deployment's settings that widen or narrow
 * it, and the settings that stop the start.
 */
class RoleOrganisationTypesTests {

	private final RoleOrganisationTypes turkiye = new RoleOrganisationTypes(new MockEnvironment());

	@Test
	void theRolesThatReachVictimsDataAreHeldOnlyWhereTheProductPutsTheirPeople() {
		assertThat(turkiye.types(Role.FOCAL_POINT)).containsExactly(OrganisationType.PROVINCIAL_MIGRATION_DIRECTORATE);
		assertThat(turkiye.types(Role.NRM_COORDINATOR)).containsExactly(OrganisationType.PMM_HEADQUARTERS);
		assertThat(turkiye.types(Role.PROSECUTION_LIAISON)).containsExactlyInAnyOrder(OrganisationType.PROSECUTOR_OFFICE,
				OrganisationType.COURT, OrganisationType.BAR_ASSOCIATION);
		assertThat(turkiye.types(Role.SERVICE_PROVIDER)).containsExactlyInAnyOrder(OrganisationType.SHELTER,
				OrganisationType.NGO, OrganisationType.INTERNATIONAL_ORGANISATION, OrganisationType.HEALTH_FACILITY,
				OrganisationType.CHILD_PROTECTION_AUTHORITY, OrganisationType.BAR_ASSOCIATION);
		assertThat(turkiye.types(Role.FRONTLINE_REPORTER)).containsExactlyInAnyOrder(OrganisationType.POLICE,
				OrganisationType.GENDARMERIE, OrganisationType.COAST_GUARD, OrganisationType.LABOUR_INSPECTORATE,
				OrganisationType.MUNICIPALITY, OrganisationType.DISTRICT_GOVERNORATE, OrganisationType.HEALTH_FACILITY,
				OrganisationType.NGO, OrganisationType.PMM_HEADQUARTERS, OrganisationType.PROVINCIAL_MIGRATION_DIRECTORATE);
		// the security tester's cases
		assertThat(turkiye.fits(Role.NRM_COORDINATOR, OrganisationType.NGO)).isFalse();
		assertThat(turkiye.fits(Role.NRM_COORDINATOR, OrganisationType.INTERNATIONAL_ORGANISATION)).isFalse();
		assertThat(turkiye.fits(Role.FOCAL_POINT, OrganisationType.CORPORATE_BUSINESS)).isFalse();
		// no role that reaches victims' data is held in a business, a school or an embassy
		for (Role role : Role.assignableRoles()) {
			if (role.can(Permission.VICTIM_DATA_READ)) {
				assertThat(turkiye.types(role)).as(role.name()).doesNotContain(OrganisationType.CORPORATE_BUSINESS,
						OrganisationType.SCHOOL_OR_COLLEGE, OrganisationType.EMBASSY_CONSULATE);
			}
		}
	}

	@Test
	void theRolesThatNeverSeeVictimsDataAreHeldWhereverTheDeploymentPutsThem() {
		for (Role role : List.of(Role.ANALYST, Role.AUDITOR, Role.SYSTEM_ADMINISTRATOR)) {
			assertThat(turkiye.types(role)).as(role.name()).isEqualTo(EnumSet.allOf(OrganisationType.class));
		}
		assertThat(turkiye.types(Role.PREVENTION_OFFICER)).contains(OrganisationType.PMM_HEADQUARTERS,
				OrganisationType.INTERNATIONAL_ORGANISATION, OrganisationType.MUNICIPALITY);
		// a system job's own role is held nowhere
		assertThat(turkiye.types(Role.INDEX_UPKEEP)).isEmpty();
		assertThat(turkiye.types(Role.KEY_ROTATION)).isEmpty();
	}

	@Test
	void everyTypeOfOrganisationHoldsSomeRoleAndTheRolesOfATypeAreOffered() {
		for (OrganisationType type : OrganisationType.values()) {
			assertThat(turkiye.roles(type)).as(type.name()).contains(Role.SYSTEM_ADMINISTRATOR);
		}
		assertThat(turkiye.roles(OrganisationType.PROVINCIAL_MIGRATION_DIRECTORATE)).containsExactly(
				Role.FRONTLINE_REPORTER, Role.FOCAL_POINT, Role.PREVENTION_OFFICER, Role.ANALYST, Role.AUDITOR, Role.SYSTEM_ADMINISTRATOR);
		assertThat(turkiye.roles(OrganisationType.CORPORATE_BUSINESS)).containsExactly(Role.ANALYST, Role.AUDITOR,
				Role.SYSTEM_ADMINISTRATOR);
	}

	@Test
	void aRoleGivenWhereItDoesNotFitIsRefusedAtTheRoleNamingBoth() {
		assertThatThrownBy(() -> turkiye.mustFit(Role.FOCAL_POINT, OrganisationType.NGO, "user.role.organisationType"))
			.isInstanceOfSatisfying(UserInputException.class, refused -> {
				assertThat(refused.field()).isEqualTo("role");
				assertThat(refused.messageKey()).isEqualTo("user.role.organisationType");
				assertThat(List.of(refused.arguments())).extracting(Object::toString)
					.anySatisfy(text -> assertThat(text).contains("role.FOCAL_POINT"))
					.anySatisfy(text -> assertThat(text).contains("organisation.type.NGO"));
			});
		turkiye.mustFit(Role.FOCAL_POINT, OrganisationType.PROVINCIAL_MIGRATION_DIRECTORATE, "user.role.organisationType");
	}

	@Test
	void aDeploymentWidensOrNarrowsARoleInAnyWayOfWritingItsName() {
		RoleOrganisationTypes widened = new RoleOrganisationTypes(new MockEnvironment()
			.withProperty("opennrm.roles.focal-point.organisation-types", "provincial_migration_directorate, NGO")
			.withProperty("opennrm.roles.SERVICE_PROVIDER.organisation-types", "SHELTER"));
		assertThat(widened.types(Role.FOCAL_POINT)).containsExactlyInAnyOrder(
				OrganisationType.PROVINCIAL_MIGRATION_DIRECTORATE, OrganisationType.NGO);
		assertThat(widened.fits(Role.FOCAL_POINT, OrganisationType.NGO)).isTrue();
		assertThat(widened.types(Role.SERVICE_PROVIDER)).containsExactly(OrganisationType.SHELTER);
		assertThat(widened.types(Role.NRM_COORDINATOR)).isEqualTo(turkiye.types(Role.NRM_COORDINATOR));

		// as an environment variable
		String variables = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().replace(variables, new SystemEnvironmentPropertySource(variables,
				Map.of("OPENNRM_ROLES_NRMCOORDINATOR_ORGANISATIONTYPES", "PMM_HEADQUARTERS,INTERNATIONAL_ORGANISATION")));
		ConfigurationPropertySources.attach(environment);
		assertThat(new RoleOrganisationTypes(environment).fits(Role.NRM_COORDINATOR,
				OrganisationType.INTERNATIONAL_ORGANISATION)).isTrue();
	}

	@Test
	void aSettingThatNamesNoRoleNoTypeOrATypeThereIsNotStopsTheStartNamingIt() {
		refused("opennrm.roles.focal-point.organisation-types", "PDMM",
				"opennrm.roles.focal-point.organisation-types names \"PDMM\", which is no type of organisation.");
		refused("opennrm.roles.focal-point.organisation-types", " ",
				"opennrm.roles.focal-point.organisation-types names no type of organisation.");
		refused("opennrm.roles.focal-pint.organisation-types", "NGO",
				"opennrm.roles.focal-pint.organisation-types names the role \"focal-pint\", which there is not.");
		refused("opennrm.roles.index-upkeep.organisation-types", "NGO", "names INDEX_UPKEEP, a role of the system's");
		refused("opennrm.roles.focal-point.organisation-type", "NGO",
				"opennrm.roles.focal-point.organisation-type is no setting of OpenNRM.");
	}

	@Test
	void aBadSettingStopsTheApplicationsStartWithTheReport() {
		new ApplicationContextRunner().withBean(RoleOrganisationTypes.class)
			.withPropertyValues("opennrm.roles.nrm-coordinator.organisation-types=PMM_HEADQUARTERS,IOM")
			.run(context -> {
				assertThat(context).hasFailed();
				var analysis = new StartRefusedFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).isEqualTo("opennrm.roles.nrm-coordinator.organisation-types names "
						+ "\"IOM\", which is no type of organisation.");
				assertThat(analysis.getAction()).contains("INTERNATIONAL_ORGANISATION");
			});
	}

	private static void refused(String property, String value, String description) {
		assertThatThrownBy(() -> new RoleOrganisationTypes(new MockEnvironment().withProperty(property, value)))
			.as(property + "=" + value)
			.isInstanceOfSatisfying(StartRefused.class,
					refused -> assertThat(refused.description()).contains(description));
	}

}
