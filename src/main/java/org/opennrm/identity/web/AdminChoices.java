package org.opennrm.identity.web;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import org.opennrm.identity.Role;
import org.opennrm.identity.RoleOrganisationTypes;
import org.opennrm.identity.Scope;
import org.opennrm.organisation.Organisation;
import org.opennrm.organisation.OrganisationFilter;
import org.opennrm.organisation.OrganisationManagement;
import org.opennrm.organisation.OrganisationType;
import org.opennrm.shared.EnumNames;

/** The dropdowns shared by the account and API-client screens. */
@Component
class AdminChoices {

	private final OrganisationManagement organisations;
	private final RoleOrganisationTypes roleTypes;

	AdminChoices(OrganisationManagement organisations, RoleOrganisationTypes roleTypes) {
		this.organisations = organisations;
		this.roleTypes = roleTypes;
	}

	/** Roles, organisations (sorted as the user's language sorts) and their names and types by id. */
	void addTo(Model model) {
		List<Organisation> all = organisations.list(OrganisationFilter.all()).stream()
			.sorted(Comparator.comparing(Organisation::name, Collator.getInstance(LocaleContextHolder.getLocale())))
			.toList();
		model.addAttribute("roles", Role.assignableRoles());
		model.addAttribute("organisations", all);
		model.addAttribute("activeOrganisations", all.stream().filter(Organisation::active).toList());
		model.addAttribute("organisationNames",
				all.stream().collect(Collectors.toMap(Organisation::id, Organisation::name)));
		model.addAttribute("organisationTypes",
				all.stream().collect(Collectors.toMap(Organisation::id, Organisation::type)));
	}

	/**
	 * The roles offered for the organisation chosen (by {@code identity/fragments :: roleAndScope}): those its type may
	 * hold ({@link RoleOrganisationTypes}), every role while none is chosen. A role chosen that does not fit (a refused
	 * form, an account's role given before it was checked) is offered too, selected, for the person to see it beside the
	 * error or the mark. Called after {@link #addTo}, whose list of every role it replaces.
	 */
	void addRoles(Model model, UUID organisationId, Role chosen) {
		OrganisationType type = type(organisationId);
		EnumSet<Role> roles = EnumSet.noneOf(Role.class);
		roles.addAll(type == null ? Role.assignableRoles() : roleTypes.roles(type));
		if (chosen != null && chosen.assignable()) {
			roles.add(chosen);
		}
		model.addAttribute("roles", List.copyOf(roles));
	}

	/** The type of the organisation with this id; null for none. */
	OrganisationType type(UUID organisationId) {
		return organisationId == null ? null
				: organisations.find(organisationId).map(Organisation::type).orElse(null);
	}

	/** Whether the role is one that an organisation of this type may hold; true when there is no type to ask. */
	boolean fits(Role role, OrganisationType type) {
		return role == null || type == null || roleTypes.fits(role, type);
	}

	/**
	 * The role options for the organisation chosen, and the scope options with them, swapped into the form by htmx
	 * when the organisation changes ({@code identity/fragments :: roleOptions}): the role chosen stays chosen, with its
	 * scope, if the organisation's type may hold it; otherwise none is, to be chosen again among those offered. The
	 * options alone are swapped, not the lists: the person's focus, on the next one by then, stays where it is.
	 */
	String roleOptions(UUID organisationId, String role, String scope, Model model) {
		Role chosen = enumOrNull(Role.class, role);
		if (chosen != null && (!chosen.assignable() || !fits(chosen, type(organisationId)))) {
			chosen = null;
		}
		addRoles(model, organisationId, chosen);
		addScopes(model, chosen, chosen == null ? null : enumOrNull(Scope.class, scope));
		model.addAttribute("selectedRole", chosen);
		return "identity/fragments :: roleOptions";
	}

	/**
	 * The scopes offered for the role chosen (by the form's role and scope fragment, {@code identity/fragments ::
	 * roleAndScope}), and the one selected: the scope chosen, else the role's default. A scope chosen that the role
	 * does not allow (a refused form) is offered too, selected, for the person to see what they chose beside the error:
	 * left out, the browser showed the first scope as if it were chosen.
	 */
	static void addScopes(Model model, Role role, Scope scope) {
		List<Scope> scopes = scopesFor(role);
		if (scope != null && !scopes.contains(scope)) {
			EnumSet<Scope> withChosen = EnumSet.copyOf(scopes);
			withChosen.add(scope);
			scopes = List.copyOf(withChosen);
		}
		model.addAttribute("scopes", scopes);
		model.addAttribute("selectedScope", scope != null ? scope : role == null ? null : role.defaultScope());
	}

	/** The organisation, the role and the scope of a refused form, as it sent them. */
	record Sent(UUID organisationId, Role role, Scope scope) {
	}

	/**
	 * The role and the scope the refused form sent. A scope the role does not allow is refused at its field if nothing
	 * refused it yet (the form was refused for another field before the scope was checked), so that the form shows
	 * every error at once, the scope's beside it.
	 */
	static Sent sent(BindingResult errors) {
		Role role = chosen(errors, "role", Role.class);
		Scope scope = chosen(errors, "scope", Scope.class);
		if (role != null && scope != null && !role.allowedScopes().contains(scope) && !errors.hasFieldErrors("scope")) {
			errors.rejectValue("scope", "user.scope.notAllowed");
		}
		// an account's edit has no organisation: it stays the one the account was created in
		Object organisation = errors.getFieldType("organisationId") == null ? null
				: errors.getFieldValue("organisationId");
		return new Sent(organisation instanceof UUID id ? id : uuidOrNull(String.valueOf(organisation)), role, scope);
	}

	/** The scope options for a role, swapped into the form by htmx when the role changes. */
	static String scopeOptions(String role, Model model) {
		addScopes(model, enumOrNull(Role.class, role), null);
		return "identity/fragments :: scopeOptions";
	}

	/** A choice of the form as it was sent, whether it was bound or not. */
	static <E extends Enum<E>> E chosen(BindingResult errors, String field, Class<E> type) {
		Object value = errors.getFieldValue(field);
		return type.isInstance(value) ? type.cast(value) : enumOrNull(type, String.valueOf(value));
	}

	/** The scopes a role may have, in the order of {@link Scope}; all of them when no role is chosen yet. */
	static List<Scope> scopesFor(Role role) {
		return role == null ? Arrays.asList(Scope.values()) : List.copyOf(EnumSet.copyOf(role.allowedScopes()));
	}

	/** A filter's or a choice's value, in any case ({@link EnumNames}); null for none or one the enum lacks. */
	static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
		return EnumNames.find(type, value).orElse(null);
	}

	static UUID uuidOrNull(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
