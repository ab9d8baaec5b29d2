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
import org.opennrm.identity.Scope;
import org.opennrm.organisation.Organisation;
import org.opennrm.organisation.OrganisationFilter;
import org.opennrm.organisation.OrganisationManagement;
import org.opennrm.shared.EnumNames;

/** The dropdowns shared by the account and API-client screens. */
@Component
class AdminChoices {

	private final OrganisationManagement organisations;

	AdminChoices(OrganisationManagement organisations) {
		this.organisations = organisations;
	}

	/** Roles, organisations (sorted as the user's language sorts) and their names by id. */
	void addTo(Model model) {
		List<Organisation> all = organisations.list(OrganisationFilter.all()).stream()
			.sorted(Comparator.comparing(Organisation::name, Collator.getInstance(LocaleContextHolder.getLocale())))
			.toList();
		model.addAttribute("roles", Role.assignableRoles());
		model.addAttribute("organisations", all);
		model.addAttribute("activeOrganisations", all.stream().filter(Organisation::active).toList());
		model.addAttribute("organisationNames",
				all.stream().collect(Collectors.toMap(Organisation::id, Organisation::name)));
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

	/** The role and the scope of a refused form, as it sent them. */
	record Sent(Role role, Scope scope) {
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
		return new Sent(role, scope);
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
