package org.opennrm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(OpenNrmApplication.class);

	@Test
	void modulesKeepTheirBoundaries() {
		modules.verify();
	}

	/**
	 * The shared kernel is every module's, and so depends on none: a module it used would be under every other, which
	 * the verification above does not refuse (a shared module may be used by all, and use what it likes).
	 */
	@Test
	void theSharedKernelDependsOnNoModule() {
		ApplicationModule shared = modules.getModuleByName("shared").orElseThrow();
		assertThat(shared.getDirectDependencies(modules).stream()
			.map(dependency -> dependency.getSourceType().getName() + " → " + dependency.getTargetType().getName())
			.distinct())
			.isEmpty();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeDocumentation().writeIndividualModulesAsPlantUml();
	}

}
