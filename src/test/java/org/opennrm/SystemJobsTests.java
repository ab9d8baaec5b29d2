package org.opennrm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.opennrm.identity.Role;
import org.opennrm.identity.SystemActor;

/**
 * A system job acts without a person, in a role of its own choosing: the application's code starts one only from the
 * places listed here, each with the role it takes. A new caller fails this test until it is added, in review.
 */
class SystemJobsTests {

	/** The classes that start system jobs, and why. */
	static final Map<String, String> CALLERS = Map.of(
			"org.opennrm.identity.internal.CreateAdminCommand", "the first administrator, from the command line",
			"org.opennrm.demo.DemoData", "the demo's organisations, accounts and people, into an empty database",
			"org.opennrm.matching.IndexRekeying", "the index filed again after an upgrade, in the background",
			"org.opennrm.matching.RegisterNameCounting", "the register's names counted, in the background",
			"org.opennrm.keyrotation.ReencryptCommand", "values re-encrypted under the active key, from the command line");

	@Test
	void onlyTheListedClassesStartASystemJob() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.opennrm");
		TreeSet<String> callers = new TreeSet<>();
		for (JavaClass type : classes) {
			// starting one: run or call (naming a job, SystemActor.nameOf and idOf, as the audit trail does, starts none)
			boolean calls = type.getMethodCallsFromSelf().stream()
				.anyMatch(call -> call.getTargetOwner().isEquivalentTo(SystemActor.class)
						&& ("run".equals(call.getName()) || "call".equals(call.getName())));
			if (calls && !type.isEquivalentTo(SystemActor.class)) {
				// a lambda or an inner class counts for the class it is written in
				callers.add(type.getName().replaceAll("\\$.*", ""));
			}
		}
		assertThat(callers).as("classes of the application that start system jobs").isNotEmpty()
			.isSubsetOf(CALLERS.keySet());
	}

	@Test
	void theImporterSeesACallWrittenInALambda() {
		JavaClasses classes = new ClassFileImporter().importClasses(Caller.class);
		assertThat(classes.get(Caller.class).getMethodCallsFromSelf())
			.anyMatch(call -> call.getTargetOwner().isEquivalentTo(SystemActor.class));
	}

	static class Caller {

		Runnable job = () -> SystemActor.run("test", Role.AUDITOR, () -> { });

	}

}
