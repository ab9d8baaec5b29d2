package org.opennrm;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

/**
 * Deny by default, for the modules' doors as for the endpoints: every public method of a service, and of a public bean
 * of a module's own package, says who may call it — {@code @PreAuthorize} with the permission, or {@code @PermitAll}
 * where what it gives is no one's personal data (a count, the code lists, the organisations) or where it is a tool
 * whose caller decides (encryption). {@code @PermitAll} is a declaration checked here, not enforced at run time. A
 * public method that says nothing, or one a proxy cannot guard (final), fails the build.
 */
class ServicesDeclareAccessTests {

	@Test
	void everyPublicMethodOfAModulesBeansDeclaresWhoMayCallIt() throws ClassNotFoundException {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
		scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
		List<String> silent = new ArrayList<>();
		int doors = 0;
		for (BeanDefinition bean : scanner.findCandidateComponents("org.opennrm")) {
			Class<?> type = Class.forName(bean.getBeanClassName());
			if (isDoor(type)) {
				doors++;
				silent.addAll(undeclared(type));
			}
		}
		assertThat(doors).as("services and public beans of the modules' own packages").isGreaterThanOrEqualTo(10);
		assertThat(silent).as("public methods that declare no access rule, or that a proxy cannot guard").isEmpty();
	}

	@Test
	void aMethodThatSaysNothingIsFoundAndSoIsOneNoProxyCanGuard() {
		assertThat(undeclared(Silent.class)).containsExactly("Silent.find", "Silent.inherited", "Silent.total (final)");
	}

	/**
	 * A module's doors: its services, and the public beans of its own package (its API; {@code internal} and {@code web}
	 * are its own business, and the web is guarded by {@code DenyUnannotatedHandlers}).
	 */
	static boolean isDoor(Class<?> type) {
		boolean modulePackage = type.getPackageName().chars().filter(c -> c == '.').count() == 2;
		return AnnotatedElementUtils.hasAnnotation(type, Service.class)
				|| modulePackage && Modifier.isPublic(type.getModifiers());
	}

	/** The public methods of the class and of its superclasses, but Object's, that declare nothing, or are final. */
	static List<String> undeclared(Class<?> service) {
		boolean classRule = AnnotatedElementUtils.hasAnnotation(service, PreAuthorize.class)
				|| AnnotatedElementUtils.hasAnnotation(service, PermitAll.class);
		List<String> found = new ArrayList<>();
		for (Class<?> type = service; type != null && type != Object.class; type = type.getSuperclass()) {
			for (Method m : type.getDeclaredMethods()) {
				if (!Modifier.isPublic(m.getModifiers()) || Modifier.isStatic(m.getModifiers()) || m.isSynthetic()) {
					continue;
				}
				if (Modifier.isFinal(m.getModifiers())) {
					found.add(service.getSimpleName() + "." + m.getName() + " (final)");
				}
				else if (!classRule && !declares(m)) {
					found.add(service.getSimpleName() + "." + m.getName());
				}
			}
		}
		return found.stream().sorted().toList();
	}

	private static boolean declares(Method method) {
		return AnnotatedElementUtils.hasAnnotation(method, PreAuthorize.class)
				|| AnnotatedElementUtils.hasAnnotation(method, PermitAll.class);
	}

	static class Base {

		public String inherited() {
			return "";
		}

	}

	static class Silent extends Base {

		@PermitAll
		public final long total() {
			return 0;
		}

		@PreAuthorize("hasAuthority('VICTIM_DATA_READ')")
		public String read() {
			return "";
		}

		@PermitAll
		public long count() {
			return 0;
		}

		public String find() {
			return "";
		}

		String internal() {
			return "";
		}

	}

}
