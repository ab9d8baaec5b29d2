package org.opennrm.identity.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

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

import org.opennrm.identity.CurrentUser;
import org.opennrm.identity.NewUser;
import org.opennrm.identity.PasswordReset;
import org.opennrm.identity.Role;
import org.opennrm.identity.Scope;
import org.opennrm.identity.UserAccount;
import org.opennrm.identity.UserEdit;
import org.opennrm.identity.UserFilter;
import org.opennrm.identity.UserManagement;
import org.opennrm.identity.internal.RoleMisfits;
import org.opennrm.reference.ReferenceData;
import org.opennrm.shared.LanguageLinks;
import org.opennrm.shared.FormMerge;
import org.opennrm.shared.FormMerge.Shown;
import org.opennrm.shared.EnumNames;
import org.opennrm.shared.FilterChoice;
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
	private final RoleMisfits misfits;
	private final ReferenceData reference;

	UserAdminController(UserManagement users, AdminChoices choices, RoleMisfits misfits, ReferenceData reference) {
		this.users = users;
		this.choices = choices;
		this.misfits = misfits;
		this.reference = reference;
	}

	/**
	 * The filter as its choices send it, each read as text: a value that is none of its list's (an address edited by
	 * hand, {@code ?role=xyz}, a role no account can have) is told at its field, and nothing listed, where it was passed
	 * over and every account listed as if it were not there.
	 */
	record Filter(String organisation, String role, String scope, String active, String locked, String fit) {
	}

	@GetMapping
	String list(@ModelAttribute("form") Filter form, BindingResult errors, Model model) {
		UserFilter filter = new UserFilter(
				FilterChoice.read(errors, "organisation", form.organisation(), AdminChoices::uuidOrNull),
				FilterChoice.read(errors, "role", form.role(),
						value -> EnumNames.find(Role.class, value).filter(Role::assignable).orElse(null)),
				FilterChoice.read(errors, "scope", form.scope(), value -> AdminChoices.enumOrNull(Scope.class, value)),
				FilterChoice.read(errors, "active", form.active(), FilterChoice::trueOrFalse),
				FilterChoice.read(errors, "locked", form.locked(), FilterChoice::trueOrFalse));
		Boolean fit = FilterChoice.read(errors, "fit", form.fit(), FilterChoice::trueOrFalse);
		model.addAttribute("filter", filter);
		model.addAttribute("fit", fit);
		model.addAttribute("refused", errors.hasErrors());
		model.addAttribute("scopes", Scope.values());
		choices.addTo(model);
		List<UserAccount> listed = errors.hasErrors() ? List.of() : users.list(filter);
		// an account whose role its organisation's type may not hold (given before that was checked) is marked
		Set<UUID> marked = misfits.among(listed);
		model.addAttribute("misfits", marked);
		model.addAttribute("users",
				listed.stream().filter(u -> fit == null || fit != marked.contains(u.id())).toList());
		return "identity/users/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", new NewUser(null, null, null, null, null, null, null, null, null));
		return form(model, null, null, null);
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
		AdminChoices.Sent sent = AdminChoices.sent(errors);
		return form(model, sent.organisationId(), sent.role(), sent.scope());
	}

	/** The scope options for a role, swapped into the form by htmx when the role changes. */
	@GetMapping("/scope-options")
	String scopeOptions(@RequestParam(required = false) String role, Model model) {
		return AdminChoices.scopeOptions(role, model);
	}

	/** The role options for an organisation, with the scope options, swapped in by htmx when the organisation changes. */
	@GetMapping("/role-options")
	String roleOptions(@RequestParam(required = false) String organisationId,
			@RequestParam(required = false) String role, @RequestParam(required = false) String scope, Model model) {
		return choices.roleOptions(AdminChoices.uuidOrNull(organisationId), role, scope, model);
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		model.addAttribute("reset", new PasswordReset(null));
		return detail(id, model, null);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		UserAccount account = users.find(id).orElseThrow(() -> new NotFoundException("user"));
		UserEdit saved = UserEdit.of(account, users.contacts(id));
		model.addAttribute("form", saved);
		return editForm(model, account, FormMerge.opened(saved, account.version()), account.role(), account.scope());
	}

	/**
	 * Saves the form, or, when someone else saved the account since it was opened, merges the two
	 * ({@link FormMerge#save}): the merged form is shown, and nothing saved, unless they changed none of its fields.
	 */
	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @RequestParam int version, @Valid @ModelAttribute("form") UserEdit form,
			BindingResult errors, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		UserAccount account = users.find(id).orElseThrow(() -> new NotFoundException("user"));
		FormMerge<UserEdit> edit = FormMerge.sent(request, UserEdit.class, form, version, this::fields);
		edit.unchosen().forEach(field -> errors.rejectValue(field, "merge.choose"));
		if (!errors.hasErrors()) {
			try {
				Optional<FormMerge<UserEdit>> merged = edit.save((at, values) -> users.update(id, at, values),
						() -> saved(id));
				if (merged.isEmpty()) {
					redirect.addFlashAttribute("message", "user.saved");
					return "redirect:/admin/users/" + id;
				}
				UserEdit shown = merged.get().form();
				if (!shown.role().allowedScopes().contains(shown.effectiveScope())) {
					merged.get().conflict("role", "scope"); // their role and my scope, or mine and theirs: not together
				}
				model.addAttribute("form", shown);
				return editForm(model, users.find(id).orElseThrow(() -> new NotFoundException("user")), merged.get(),
						shown.role(), shown.effectiveScope());
			}
			catch (UserInputException ex) {
				reject(errors, ex);
			}
		}
		AdminChoices.Sent sent = AdminChoices.sent(errors);
		return editForm(model, account, edit, sent.role(), sent.scope());
	}

	private FormMerge.Saved<UserEdit> saved(UUID id) {
		UserAccount account = users.find(id).orElseThrow(() -> new NotFoundException("user"));
		return new FormMerge.Saved<>(UserEdit.of(account, users.contacts(id)), account.version());
	}

	/** The form's fields, for a merge with what someone else saved. */
	private UserEdit fields(FormMerge<UserEdit> merge) {
		Map<String, String> languageNames = languages(reference).stream()
			.collect(Collectors.toMap(LanguageChoice::code, LanguageChoice::name));
		return new UserEdit(merge.text("fullName", "user.fullName", UserEdit::fullName),
				merge.text("email", "user.email", UserEdit::email),
				merge.text("phone", "user.phone", UserEdit::phone),
				merge.field("role", "user.role", UserEdit::role, role -> Shown.message(role.messageKey())),
				merge.field("scope", "user.scope", edit -> edit.role() == null ? edit.scope() : edit.effectiveScope(),
						scope -> Shown.message("scope." + scope.name())),
				merge.field("preferredLanguage", "user.preferredLanguage", UserEdit::preferredLanguage,
						code -> Shown.text(languageNames.getOrDefault(code, code))));
	}

	/** The edit page; on one's own account, the role and the scope are shown, not offered. */
	private String editForm(Model model, UserAccount account, FormMerge<UserEdit> merge, Role role, Scope scope) {
		model.addAttribute("account", account);
		model.addAttribute("merge", merge);
		model.addAttribute("ownAccount", CurrentUser.get().map(CurrentUser::id).filter(account.id()::equals).isPresent());
		form(model, account.organisationId(), role, scope);
		model.addAttribute("misfit", misfits.misfit(account));
		return "identity/users/edit";
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
	String activate(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		try {
			users.setActive(id, true);
		}
		catch (UserInputException ex) {
			// a role that its organisation's type does not hold, to be changed first: said with the role and the type
			model.addAttribute("reset", new PasswordReset(null));
			model.addAttribute("errorArguments", ex.arguments());
			return detail(id, model, ex.messageKey());
		}
		redirect.addFlashAttribute("message", "user.activated");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		try {
			users.unlock(id);
		}
		catch (UserInputException ex) {
			model.addAttribute("reset", new PasswordReset(null));
			return detail(id, model, ex.messageKey());
		}
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
				if (ex.field() == null) { // one's own account, whose page offers no reset: said above its facts
					return detail(id, model, ex.messageKey());
				}
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
		// one's own password is changed on one's account page, and one's own lock lifted by another administrator
		model.addAttribute("ownAccount", CurrentUser.get().map(CurrentUser::id).filter(account.id()::equals).isPresent());
		model.addAttribute("contacts", users.contacts(id));
		model.addAttribute("languageNames", languages(reference).stream()
			.collect(java.util.stream.Collectors.toMap(LanguageChoice::code, LanguageChoice::name)));
		model.addAttribute("error", errorKey);
		choices.addTo(model);
		model.addAttribute("misfit", misfits.misfit(account));
		return "identity/users/detail";
	}

	/** The form's choices, its roles those that the organisation chosen (or the account's) may hold. */
	private String form(Model model, UUID organisationId, Role role, Scope scope) {
		AdminChoices.addScopes(model, role, scope);
		model.addAttribute("languages", languages(reference));
		model.addAttribute("minPasswordLength", org.opennrm.identity.PasswordPolicy.MIN_LENGTH);
		choices.addTo(model);
		choices.addRoles(model, organisationId, role);
		return "identity/users/form";
	}

	record LanguageChoice(String code, String name) {
	}

	/** The languages an account may prefer: those the staff screens are offered in ({@link SpokenLanguage}). */
	static List<LanguageChoice> languages(ReferenceData reference) {
		return SpokenLanguage.staffLanguages().stream().map(SpokenLanguage::code)
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
