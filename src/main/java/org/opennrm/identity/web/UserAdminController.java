package org.opennrm.identity.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.opennrm.identity.NewUser;
import org.opennrm.identity.PasswordReset;
import org.opennrm.identity.Role;
import org.opennrm.identity.Scope;
import org.opennrm.identity.UserAccount;
import org.opennrm.identity.UserEdit;
import org.opennrm.identity.UserFilter;
import org.opennrm.identity.UserManagement;
import org.opennrm.reference.ReferenceData;
import org.opennrm.shared.LanguageLinks;
import org.opennrm.shared.NotFoundException;
import org.opennrm.shared.SpokenLanguage;
import org.opennrm.shared.UserInputException;

/** The administrator's screens for accounts. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasAuthority('USER_MANAGE')")
class UserAdminController {

	private final UserManagement users;
	private final AdminChoices choices;
	private final ReferenceData reference;

	UserAdminController(UserManagement users, AdminChoices choices, ReferenceData reference) {
		this.users = users;
		this.choices = choices;
		this.reference = reference;
	}

	@GetMapping
	String list(@RequestParam(required = false) String organisation, @RequestParam(required = false) String role,
			@RequestParam(required = false) String scope, @RequestParam(required = false) String active,
			@RequestParam(required = false) String locked, Model model) {
		UserFilter filter = new UserFilter(AdminChoices.uuidOrNull(organisation), AdminChoices.enumOrNull(Role.class, role),
				AdminChoices.enumOrNull(Scope.class, scope), AdminChoices.booleanOrNull(active),
				AdminChoices.booleanOrNull(locked));
		model.addAttribute("filter", filter);
		model.addAttribute("users", users.list(filter));
		model.addAttribute("scopes", Scope.values());
		choices.addTo(model);
		return "identity/users/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", new NewUser(null, null, null, null, null, null, null, null, null));
		return form(model, null, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") NewUser form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				UserAccount created = users.create(form);
				redirect.addFlashAttribute("message", "user.created");
				return "redirect:/admin/users/" + created.id();
			}
			catch (UserInputException ex) {
				reject(errors, ex);
			}
		}
		return form(model, chosen(errors, "role", Role.class), chosen(errors, "scope", Scope.class));
	}

	/** The scope options for a role, swapped into the form by htmx when the role changes. */
	@GetMapping("/scope-options")
	String scopeOptions(@RequestParam(required = false) String role, Model model) {
		Role chosen = AdminChoices.enumOrNull(Role.class, role);
		model.addAttribute("scopes", AdminChoices.scopesFor(chosen));
		model.addAttribute("selectedScope", chosen == null ? null : chosen.defaultScope());
		return "identity/fragments :: scopeOptions";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		model.addAttribute("reset", new PasswordReset(null));
		return detail(id, model, null);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		UserAccount account = users.find(id).orElseThrow(() -> new NotFoundException("user"));
		model.addAttribute("form", UserEdit.of(account, users.contacts(id)));
		return editForm(model, account, account.version(), account.role(), account.scope());
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @RequestParam int version, @Valid @ModelAttribute("form") UserEdit form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		UserAccount account = users.find(id).orElseThrow(() -> new NotFoundException("user"));
		if (!errors.hasErrors()) {
			try {
				users.update(id, version, form);
				redirect.addFlashAttribute("message", "user.saved");
				return "redirect:/admin/users/" + id;
			}
			catch (UserInputException ex) {
				reject(errors, ex);
			}
			catch (OptimisticLockingFailureException ex) {
				// keep what was typed; a second save, knowing it, replaces what the other administrator saved
				model.addAttribute("conflict", true);
				return editForm(model, account, account.version(), chosen(errors, "role", Role.class),
						chosen(errors, "scope", Scope.class));
			}
		}
		return editForm(model, account, version, chosen(errors, "role", Role.class), chosen(errors, "scope", Scope.class));
	}

	private String editForm(Model model, UserAccount account, int version, Role role, Scope scope) {
		model.addAttribute("account", account);
		model.addAttribute("version", version);
		form(model, role, scope);
		return "identity/users/edit";
	}

	/** A choice of the form as it was sent, whether it was bound or not. */
	private static <E extends Enum<E>> E chosen(BindingResult errors, String field, Class<E> type) {
		Object value = errors.getFieldValue(field);
		return type.isInstance(value) ? type.cast(value) : AdminChoices.enumOrNull(type, String.valueOf(value));
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		try {
			users.setActive(id, false);
		}
		catch (UserInputException ex) {
			model.addAttribute("reset", new PasswordReset(null));
			return detail(id, model, ex.messageKey());
		}
		redirect.addFlashAttribute("message", "user.deactivated");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/activate")
	String activate(@PathVariable UUID id, RedirectAttributes redirect) {
		users.setActive(id, true);
		redirect.addFlashAttribute("message", "user.activated");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
		users.unlock(id);
		redirect.addFlashAttribute("message", "user.unlocked");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable UUID id, @Valid @ModelAttribute("reset") PasswordReset reset,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletRequest request) {
		if (!errors.hasErrors()) {
			try {
				users.resetPassword(id, reset);
				redirect.addFlashAttribute("message", "user.passwordReset");
				return "redirect:/admin/users/" + id;
			}
			catch (UserInputException ex) {
				reject(errors, ex);
			}
		}
		// the password typed is not shown again: the language links lose nothing
		LanguageLinks.leadTo(request, "/admin/users/" + id);
		return detail(id, model, null);
	}

	private String detail(UUID id, Model model, String errorKey) {
		UserAccount account = users.find(id).orElseThrow(() -> new NotFoundException("user"));
		model.addAttribute("account", account);
		model.addAttribute("contacts", users.contacts(id));
		model.addAttribute("languageNames", languages(reference).stream()
			.collect(java.util.stream.Collectors.toMap(LanguageChoice::code, LanguageChoice::name)));
		model.addAttribute("error", errorKey);
		choices.addTo(model);
		return "identity/users/detail";
	}

	private String form(Model model, Role role, Scope scope) {
		model.addAttribute("scopes", AdminChoices.scopesFor(role));
		model.addAttribute("selectedScope", scope != null ? scope : role == null ? null : role.defaultScope());
		model.addAttribute("languages", languages(reference));
		model.addAttribute("minPasswordLength", org.opennrm.identity.PasswordPolicy.MIN_LENGTH);
		choices.addTo(model);
		return "identity/users/form";
	}

	record LanguageChoice(String code, String name) {
	}

	/** The languages an account may prefer: those the user interface offers ({@link SpokenLanguage}). */
	static List<LanguageChoice> languages(ReferenceData reference) {
		return Arrays.stream(SpokenLanguage.values()).map(SpokenLanguage::code)
			.map(code -> new LanguageChoice(code, reference.language(code).map(l -> l.name()).orElse(code)))
			.toList();
	}

	static void reject(BindingResult errors, UserInputException ex) {
		if (ex.field() == null) {
			errors.reject(ex.messageKey(), ex.arguments(), null);
		}
		else {
			errors.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
		}
	}

}
