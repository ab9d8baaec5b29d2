package org.opennrm.identity.web;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.opennrm.identity.Role;

/**
 * The roles the API description lists: those an account or a client can have. The roles that only system jobs act in
 * ({@code INDEX_UPKEEP}, {@code KEY_ROTATION}) are refused wherever a role is given and never held by what the API
 * shows, so listing them among a field's values told integrators of values that cannot be used.
 */
@Configuration(proxyBeanMethods = false)
class ApiRoleValues {

	private static final Set<String> SYSTEM_ONLY = Arrays.stream(Role.values()).filter(role -> !role.assignable())
		.map(Role::name).collect(Collectors.toUnmodifiableSet());

	@Bean
	OpenApiCustomizer onlyRolesThatCanBeHeld() {
		return api -> {
			if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
				api.getComponents().getSchemas().values().forEach(ApiRoleValues::withoutSystemRoles);
			}
			if (api.getPaths() != null) {
				api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
					if (operation.getParameters() != null) {
						operation.getParameters().stream().map(Parameter::getSchema).forEach(ApiRoleValues::withoutSystemRoles);
					}
				}));
			}
		};
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static void withoutSystemRoles(Schema schema) {
		if (schema == null) {
			return;
		}
		List<Object> values = schema.getEnum();
		// a list of roles: the one enum that names the system jobs' roles
		if (values != null && values.stream().anyMatch(SYSTEM_ONLY::contains)) {
			schema.setEnum(values.stream().filter(value -> !SYSTEM_ONLY.contains(value)).toList());
		}
		if (schema.getProperties() != null) {
			((java.util.Map<String, Schema>) schema.getProperties()).values().forEach(ApiRoleValues::withoutSystemRoles);
		}
		withoutSystemRoles(schema.getItems());
	}

}
