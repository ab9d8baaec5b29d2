package org.opennrm.organisation.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.context.i18n.LocaleContextHolder;
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

import org.opennrm.organisation.Organisation;
import org.opennrm.organisation.OrganisationFilter;
import org.opennrm.organisation.OrganisationForm;
import org.opennrm.organisation.OrganisationManagement;
import org.opennrm.organisation.OrganisationType;
import org.opennrm.reference.Province;
import org.opennrm.reference.ReferenceData;
import org.opennrm.shared.EnumNames;
import org.opennrm.shared.FilterChoice;
import org.opennrm.shared.FormMerge;
import org.opennrm.shared.FormMerge.Shown;
import org.opennrm.shared.NotFoundException;
import org.opennrm.shared.PlainText;
import org.opennrm.shared.SearchText;
import org.opennrm.shared.UserInputException;

/** The administrator's screens for organisations. */
@Controller
@RequestMapping("/admin/organisations")
@PreAuthorize("hasAuthority('ORGANISATION_MANAGE')")
class OrganisationAdminController {

	private static final String FORM = "organisation/form";


	private final OrganisationManagement organisations;
	private final ReferenceData reference;

	OrganisationAdminController(OrganisationManagement organisations, ReferenceData reference) {
		this.organisations = organisations;
		this.reference = reference;
	}

	/** The list's filter as its form sends it: the name searched for is text a person typed, as long as its box takes. */
	record Search(@Size(max = SearchText.MAX_LENGTH) @PlainText(label = "organisation.filter.text") String text,
			String type, String province, String active) {
	}

	/**
	 * A name searched for that no one could have typed (a NUL, a direction override), or longer than the box takes (an
	 * address edited by hand), is told at its field, and so is a choice that is none of its list's ({@link FilterChoice}).
	 */
	@GetMapping
	String list(@Valid @ModelAttribute("search") Search search, BindingResult errors, Model model) {
		OrganisationFilter filter = new OrganisationFilter(errors.hasFieldErrors("text") ? null : search.text(),
				FilterChoice.read(errors, "type", search.type(), OrganisationAdminController::enumOrNull),
				FilterChoice.read(errors, "province", search.province(),
						value -> reference.province(value).map(Province::code).orElse(null)),
				FilterChoice.read(errors, "active", search.active(), FilterChoice::trueOrFalse));
		model.addAttribute("filter", filter);
		model.addAttribute("refused", errors.hasErrors());
		// Sorted here as the user's language sorts (the database's collation puts Kütahya before Kırıkkale).
		model.addAttribute("organisations", errors.hasErrors() ? List.of() : organisations.list(filter).stream()
			.sorted(Comparator.comparing(Organisation::name, Collator.getInstance(LocaleContextHolder.getLocale())))
			.toList());
		addChoices(model);
		return "organisation/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", OrganisationForm.empty());
		return form(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		nameMustBeFree(form, null, errors);
		if (!errors.hasErrors()) {
			try {
				Organisation created = organisations.create(form);
				redirect.addFlashAttribute("message", "organisation.saved");
				redirect.addFlashAttribute("highlight", created.id());
				return "redirect:/admin/organisations";
			}
			catch (UserInputException ex) {
				reject(errors, ex);
			}
		}
		return form(model, null);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		Organisation organisation = organisations.find(id).orElseThrow(() -> new NotFoundException("organisation"));
		model.addAttribute("form", OrganisationForm.of(organisation));
		return editForm(model, id, FormMerge.opened(OrganisationForm.of(organisation), organisation.version()));
	}

	/**
	 * Saves the form, or, when someone else saved the organisation since it was opened, merges the two
	 * ({@link FormMerge#save}): the merged form is shown, and nothing saved, unless they changed none of its fields.
	 */
	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @RequestParam int version,
			@Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		FormMerge<OrganisationForm> edit = FormMerge.sent(request, OrganisationForm.class, form, version, this::fields);
		edit.unchosen().forEach(field -> errors.rejectValue(field, "merge.choose"));
		nameMustBeFree(form, id, errors);
		if (errors.hasErrors()) {
			return editForm(model, id, edit);
		}
		try {
			Optional<FormMerge<OrganisationForm>> merged = edit.save((at, values) -> organisations.update(id, at, values),
					() -> saved(id));
			if (merged.isPresent()) {
				model.addAttribute("form", merged.get().form());
				return editForm(model, id, merged.get());
			}
		}
		catch (UserInputException ex) {
			reject(errors, ex);
			return editForm(model, id, edit);
		}
		redirect.addFlashAttribute("message", "organisation.saved");
		redirect.addFlashAttribute("highlight", id);
		return "redirect:/admin/organisations";
	}

	private FormMerge.Saved<OrganisationForm> saved(UUID id) {
		Organisation organisation = organisations.find(id).orElseThrow(() -> new NotFoundException("organisation"));
		return new FormMerge.Saved<>(OrganisationForm.of(organisation), organisation.version());
	}

	/** The form's fields, for a merge with what someone else saved. */
	private OrganisationForm fields(FormMerge<OrganisationForm> merge) {
		return new OrganisationForm(merge.text("name", "organisation.name", OrganisationForm::name),
				merge.field("type", "organisation.type", OrganisationForm::type, t -> Shown.message(t.messageKey())),
				merge.field("provinceCode", "organisation.province", OrganisationForm::provinceCode,
						code -> code.isBlank() ? Shown.message("organisation.province.none")
								: Shown.text(reference.province(code).map(Province::name).orElse(code))),
				merge.text("address", "organisation.address", OrganisationForm::address),
				merge.text("phone", "organisation.phone", OrganisationForm::phone),
				merge.text("email", "organisation.email", OrganisationForm::email),
				merge.text("website", "organisation.website", OrganisationForm::website),
				merge.field("active", "organisation.active", OrganisationForm::active,
						active -> Shown.message(active ? "common.yes" : "common.no")));
	}

	/** The list's filter comes with the action (fields of the form), so the list comes back as it was. */
	@PostMapping("/{id}/activate")
	String activate(@PathVariable UUID id, @RequestParam(required = false) String text,
			@RequestParam(required = false) String type, @RequestParam(required = false) String province,
			@RequestParam(required = false) String active, RedirectAttributes redirect) {
		organisations.setActive(id, true);
		redirect.addFlashAttribute("message", "organisation.activated");
		redirect.addFlashAttribute("highlight", id);
		return backToList(text, type, province, active, redirect);
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable UUID id, @RequestParam(required = false) String text,
			@RequestParam(required = false) String type, @RequestParam(required = false) String province,
			@RequestParam(required = false) String active, RedirectAttributes redirect) {
		try {
			organisations.setActive(id, false);
			redirect.addFlashAttribute("message", "organisation.deactivated");
		}
		catch (UserInputException ex) {
			// one's own organisation, or the last administrators': said above the list, the organisation left active
			redirect.addFlashAttribute("error", ex.messageKey());
		}
		redirect.addFlashAttribute("highlight", id);
		return backToList(text, type, province, active, redirect);
	}

	/** The list, filtered by those of the values that are a filter's: the address is always this list's own. */
	private String backToList(String text, String type, String province, String active, RedirectAttributes redirect) {
		if (text != null && !text.isBlank()) {
			redirect.addAttribute("text", text.strip());
		}
		OrganisationType chosenType = enumOrNull(type);
		if (chosenType != null) {
			redirect.addAttribute("type", chosenType.name());
		}
		reference.province(province).ifPresent(p -> redirect.addAttribute("province", p.code()));
		if ("true".equals(active) || "false".equals(active)) {
			redirect.addAttribute("active", active);
		}
		return "redirect:/admin/organisations";
	}

	private String form(Model model, UUID id) {
		model.addAttribute("organisationId", id);
		addChoices(model);
		return FORM;
	}

	private String editForm(Model model, UUID id, FormMerge<OrganisationForm> merge) {
		model.addAttribute("merge", merge);
		return form(model, id);
	}

	private void addChoices(Model model) {
		model.addAttribute("types", OrganisationType.values());
		List<Province> provinces = reference.provinces();
		model.addAttribute("provinces", provinces);
		model.addAttribute("provinceNames",
				provinces.stream().collect(java.util.stream.Collectors.toMap(Province::code, Province::name)));
	}

	/** A taken name is told with the form's other errors, not only once they are put right. Saving checks again. */
	private void nameMustBeFree(OrganisationForm form, UUID id, BindingResult errors) {
		if (errors.hasErrors() && !errors.hasFieldErrors("name")) {
			organisations.holderOfName(form.name(), id)
				.ifPresent(holder -> errors.rejectValue("name", "organisation.name.takenBy", new Object[] { holder }, null));
		}
	}

	static void reject(BindingResult errors, UserInputException ex) {
		if (ex.field() == null) {
			errors.reject(ex.messageKey(), ex.arguments(), null);
		}
		else {
			errors.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
		}
	}

	/** A filter's type, in any case ({@link EnumNames}); null for none or one there is not. */
	private static OrganisationType enumOrNull(String value) {
		return EnumNames.find(OrganisationType.class, value).orElse(null);
	}

}
