package org.opennrm;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Deny by default, for the modules' doors as for the endpoints: every public method of a service says who may call
 * it — {@code @PreAuthorize} with the permission, or {@code @PermitAll} where what it gives is no one's personal data
 * (a count, the code lists, the organisations). A service method that says nothing fails the build.
 */
class ServicesDeclareAccessTests {

	@Test
	void everyPublicServiceMethodDeclaresWhoMayCallIt() throws ClassNotFoundException {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
		List<String> silent = new ArrayList<>();
		int services = 0;
		for (BeanDefinition bean : scanner.findCandidateComponents("org.opennrm")) {
			services++;
			silent.addAll(undeclared(Class.forName(bean.getBeanClassName())));
		}
		assertThat(services).as("services found").isGreaterThanOrEqualTo(6);
		assertThat(silent).as("public service methods that declare no access rule").isEmpty();
	}

	@Test
	void aMethodThatSaysNothingIsFound() {
		assertThat(undeclared(Silent.class)).containsExactly("Silent.find");
	}

	static List<String> undeclared(Class<?> service) {
		boolean classRule = AnnotatedElementUtils.hasAnnotation(service, PreAuthorize.class)
				|| AnnotatedElementUtils.hasAnnotation(service, PermitAll.class);
		return Arrays.stream(service.getDeclaredMethods())
			.filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic())
			.filter(m -> !classRule && !declares(m))
			.map(m -> service.getSimpleName() + "." + m.getName())
			.sorted()
			.toList();
	}

	private static boolean declares(Method method) {
		return AnnotatedElementUtils.hasAnnotation(method, PreAuthorize.class)
				|| AnnotatedElementUtils.hasAnnotation(method, PermitAll.class);
	}

	static class Silent {

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
